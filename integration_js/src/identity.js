// Whom Intercom holds, as pure functions. The held person is the data Intercom was booted and updated with:
// `user_id` marks a user, `email` alone a user keyed by email, neither an anonymous visitor; nobody is `null`.

export const isUser = (person) => !!(person.user_id || person.email);

// True when `person` is the one Intercom holds. A visitor is anyone's: Intercom turns it into whoever identifies.
export function isSamePerson(held, person) {
  return held.user_id ? held.user_id === person.user_id : held.email ? held.email === person.email : true;
}

// Same content, keys in the same order (what equal JSON says of Intercom-safe values, without serialising both).
function same(a, b) {
  if (a === b || !a || !b || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const keys = Object.keys(a);
  const other = Object.keys(b);
  return Array.isArray(a) === Array.isArray(b) && keys.length === other.length
    && keys.every((key, i) => key === other[i] && same(a[key], b[key]));
}

// What Intercom has not heard yet: only these keys go into `update`, so an identical identify sends nothing.
export function changes(held, person) {
  const out = {};
  for (const key of Object.keys(person)) if (!same(person[key], held[key])) out[key] = person[key];
  return out;
}
