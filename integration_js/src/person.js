// identify → the Intercom person (data attributes, identity tokens, companies, custom attributes).
import { CONSUMED_TRAITS, PERSON_TRAITS } from './generated/constants.js';
import { flattenSafe, put, safeString, toUnixSeconds, isObject } from './safe.js';
import { companyFrom } from './company.js';

const str = (v) => (typeof v === 'string' ? (v.trim() ? safeString(v.trim()) : undefined) : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const first = (obj, keys) => { for (const k of keys) if (obj[k] != null && obj[k] !== '') return obj[k]; return undefined; };

// The Intercom options a site passes as `context.Intercom` or `integrations.Intercom`.
export function intercomOptions(message) {
  const ctx = message.context || {};
  const ig = message.integrations || {};
  return { ...(isObject(ig.Intercom) ? ig.Intercom : {}), ...(isObject(ctx.Intercom) ? ctx.Intercom : {}) };
}

// Companies from traits.company and traits.companies; `warn` hears about entries without id or name.
export function companiesFromTraits(traits, warn) {
  const list = [];
  if (traits.company != null && traits.company !== '') list.push(traits.company);
  if (Array.isArray(traits.companies)) list.push(...traits.companies);
  const out = [];
  for (const entry of list) {
    const company = companyFrom(entry);
    if (company) out.push(company);
    else warn && warn('company without id or name dropped');
  }
  return out;
}

export function personFromIdentify(message, { sendAnonymousId, warn } = {}) {
  const traits = isObject(message.context?.traits) ? message.context.traits : {};
  const ctx = message.context || {};
  const opts = intercomOptions(message);
  const person = {};
  put(person, 'user_id', str(message.userId));
  for (const [field, keys] of PERSON_TRAITS) put(person, field, str(first(traits, keys)));
  if (!person.name) {
    const name = [str(traits.firstName), str(traits.lastName)].filter(Boolean).join(' ');
    put(person, 'name', name || undefined);
  }
  put(person, 'created_at', toUnixSeconds(first(traits, ['createdAt', 'created_at'])));
  const avatar = traits.avatar;
  if (typeof avatar === 'string' && avatar.trim()) person.avatar = { type: 'avatar', image_url: safeString(avatar.trim()) };
  else if (isObject(avatar) && typeof avatar.image_url === 'string') person.avatar = { type: 'avatar', image_url: safeString(avatar.image_url) };
  const unsubscribed = [ctx.unsubscribedFromEmails, traits.unsubscribedFromEmails, traits.unsubscribed_from_emails]
    .find((v) => typeof v === 'boolean');
  put(person, 'unsubscribed_from_emails', unsubscribed);
  put(person, 'user_hash', str(first(opts, ['user_hash', 'userHash'])));
  put(person, 'intercom_user_jwt', str(first(opts, ['intercom_user_jwt', 'intercomUserJwt'])));
  const hide = first(opts, ['hideDefaultLauncher', 'hide_default_launcher']);
  if (typeof hide === 'boolean') person.hide_default_launcher = hide;
  const companies = companiesFromTraits(traits, warn);
  if (companies.length) person.companies = companies;
  if (sendAnonymousId) put(person, 'anonymous_id', str(message.anonymousId));
  return flattenSafe(traits, CONSUMED_TRAITS, person);
}
