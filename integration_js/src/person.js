// identify → the Intercom person: data attributes, identity tokens, companies, custom attributes.
import { CONSUMED_BY_CODE, PERSON_FIELDS } from './generated/constants.js';
import { consumedBy, fieldRows, flatten, KINDS, mapFields, objectOr, put, snake, text } from './safe.js';
import { companyFrom } from './company.js';

const ROWS = fieldRows(PERSON_FIELDS);
// Traits not repeated as custom attributes: those read by code and by the rows.
const consumed = consumedBy(ROWS, CONSUMED_BY_CODE);

const traitsOf = (message) => objectOr(objectOr(message.context).traits);

// Companies from traits.company (an object or a name) and traits.companies; `warn` hears of dropped entries.
export function companiesFrom(traits, warn) {
  const list = (traits.company != null && traits.company !== '' ? [traits.company] : [])
    .concat(Array.isArray(traits.companies) ? traits.companies : []);
  const out = list.map((entry) => companyFrom(entry)).filter(Boolean);
  if (out.length < list.length && warn) warn('company without id or name skipped');
  return out;
}

export function personFromIdentify(message, { sendAnonymousId, warn } = {}) {
  const traits = traitsOf(message);
  const person = mapFields({}, message, ROWS);
  // Else firstName + lastName; a missing part is '' and the trim drops its space.
  const part = (key) => text(traits[key]) || text(traits[snake(key)]) || '';
  if (!person.name) put(person, 'name', KINDS.text(part('firstName') + ' ' + part('lastName')));
  const companies = companiesFrom(traits, warn);
  if (companies.length) person.companies = companies;
  if (sendAnonymousId) put(person, 'anonymous_id', text(message.anonymousId));
  return flatten(traits, person, consumed);
}

// Is the message from an identified person: a user id, or an email Intercom keys a user by?
export const isIdentified = (message) => !!(text(message.userId) || text(traitsOf(message).email));
