// Small value helpers every mapper shares: type checks, numbers, strings, dates, comparison. Pure, never throwing.
import { STRING_MAX } from './generated/constants.js';

// A plain object: not null, not an array, not a Date.
export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

// `v` when it is a plain object, else an empty one (shared and frozen, so no object is made per read): optional parts
// of a message are read without checks.
const EMPTY = Object.freeze({});
export const objectOr = (v) => (isObject(v) ? v : EMPTY);

export const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// Sets out[key] unless it is set already (the first value of colliding keys wins) or `value` is undefined (nothing to
// send). Returns `out`.
export function putIfAbsent(out, key, value) {
  if (value !== undefined && !hasOwn(out, key)) out[key] = value;
  return out;
}

// `fn` of one string argument, memoised for up to 999 short inputs (no megabyte key is kept): every event brings the
// same few keys and dates, and a regex replace or a date parse is slow.
export function memo(fn) {
  const cache = Object.create(null); // `__proto__` is an ordinary key here
  let size = 0;
  return (key) => {
    let out = cache[key];
    if (out === undefined) {
      out = fn(key);
      if (key.length < 256 && size < 999) {
        cache[key] = out;
        size += 1;
      }
    }
    return out;
  };
}

// createdAt → created_at.
export const snake = memo((key) => key.replace(/[A-Z]/g, '_$&').toLowerCase());

// Cuts to `max` characters without leaving half a surrogate pair.
export function cut(s, max = STRING_MAX) {
  if (s.length <= max) return s;
  const endsInHighSurrogate = /[\ud800-\udbff]/.test(s[max - 1]);
  return s.slice(0, endsInHighSurrogate ? max - 1 : max);
}

// A finite number from a number or a plain decimal string, or undefined.
export function num(v) {
  const isNumeric = typeof v === 'number' || (typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v));
  if (!isNumeric) return undefined;
  const n = +v;
  return isFinite(n) ? n : undefined;
}

// A trimmed non-empty string (finite numbers stringified), or undefined. Not cut: ids and tokens stay whole.
export function text(v) {
  let s = '';
  if (typeof v === 'string') s = v.trim();
  else if (typeof v === 'number' && isFinite(v)) s = String(v);
  return s || undefined;
}

// Date strings repeat from event to event (a person's createdAt), and parsing one is slow.
const parseDate = memo(Date.parse);

// Strings this long are no dates: the cap keeps Date.parse off megabyte strings.
const DATE_STRING_MAX = 99;

// Numbers above this are unix milliseconds, below it unix seconds (1e11 s is the year 5138, 1e11 ms 1973).
const MILLISECONDS_FROM = 1e11;

// Date, date string, unix ms or unix seconds → integer unix seconds; anything else → undefined.
export function seconds(v) {
  const n = num(v);
  let ms;
  if (n !== undefined) ms = n > MILLISECONDS_FROM ? n : n * 1000;
  else if (typeof v === 'string') ms = v.length < DATE_STRING_MAX ? parseDate(v) : NaN;
  else if (v instanceof Date) ms = v.getTime();
  else return undefined;
  ms = new Date(ms).getTime(); // NaN past the range a Date can hold
  return isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

// Same content, keys in the same order (what equal JSON says of Intercom-safe values, without serialising both;
// an attribute is an array, `companies`, in both or in neither).
export function same(a, b) {
  if (a === b || !a || !b || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const keysOfB = Object.keys(b);
  let i = 0;
  for (const key in a) {
    if (key !== keysOfB[i] || !same(a[key], b[key])) return false;
    i += 1;
  }
  return i === keysOfB.length;
}
