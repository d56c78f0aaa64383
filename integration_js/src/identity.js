// Whom Intercom holds, as pure functions. The held person is the data Intercom was booted and updated with:
// `user_id` marks a user, `email` alone a user keyed by email, neither an anonymous visitor; nobody is `null`.

export const isUser = (person) => !!(person.user_id || person.email);

// True when `person` is the one Intercom holds. A visitor is anyone's: Intercom turns it into whoever identifies.
export function isSamePerson(held, person) {
  return held.user_id ? held.user_id === person.user_id : held.email ? held.email === person.email : true;
}

// What Intercom has not heard yet: only these keys go into `update`, so an identical identify sends nothing.
export function changes(held, person) {
  const out = {};
  for (const key of Object.keys(person)) {
    const value = person[key]; // Intercom-safe values: primitives compare with ===, objects as JSON
    if (value !== held[key] && (typeof value !== 'object' || JSON.stringify(value) !== JSON.stringify(held[key]))) {
      out[key] = value;
    }
  }
  return out;
}
