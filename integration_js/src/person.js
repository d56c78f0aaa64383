// identify → the Intercom person: data attributes, identity tokens, companies, custom attributes.
import { CONSUMED_BY_CODE, PERSON_FIELDS } from './generated/constants.js';
import { consumedBy, KINDS, mapFields } from './fields.js';
import { flatten } from './flatten.js';
import { objectOr, putIfAbsent, text } from './values.js';
import { companyFrom } from './company.js';

// Traits not repeated as custom attributes: those read by code and by the rows.
const consumed = consumedBy(PERSON_FIELDS, CONSUMED_BY_CODE);

const traitsOf = (message) => objectOr(objectOr(message.context).traits);

// Companies from traits.company (an object or a name) and traits.companies; `warn` hears of dropped entries.
export function companiesFrom(traits, warn) {
  const list = (traits.company != null && traits.company !== '' ? [traits.company] : [])
    .concat(Array.isArray(traits.companies) ? traits.companies : []);
  const out = list.map((entry) => companyFrom(entry)).filter(Boolean);
  if (out.length < list.length && warn) warn('company without id or name skipped');
  return out;
}

// The first of a trait's two spellings that is a non-empty string, else ''.
const trait = (traits, camel, snakeCase) => text(traits[camel]) || text(traits[snakeCase]) || '';

export function personFromIdentify(message, { sendAnonymousId, warn } = {}) {
  const traits = traitsOf(message);
  const person = mapFields({}, message, PERSON_FIELDS);
  if (!person.name) {
    // firstName + lastName; a missing part is '' and the trim drops its space.
    const joined = trait(traits, 'firstName', 'first_name') + ' ' + trait(traits, 'lastName', 'last_name');
    putIfAbsent(person, 'name', KINDS.text(joined));
  }
  const companies = companiesFrom(traits, warn);
  if (companies.length) person.companies = companies;
  if (sendAnonymousId) putIfAbsent(person, 'anonymous_id', text(message.anonymousId));
  return flatten(traits, { into: person, skip: consumed });
}

// Who the message is from, as Intercom keys a person: {user_id, email}, each as the identify mapping reads it.
export const identityOf = (message) => ({ user_id: KINDS.id(message.userId), email: KINDS.text(traitsOf(message).email) });

// Is the message from an identified person: a user id, or an email Intercom keys a user by?
export const isIdentified = (message) => !!(text(message.userId) || text(traitsOf(message).email));
