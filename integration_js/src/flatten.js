// Intercom-safe values (docs/mapping.md "Intercom-safe values"): any object → the flat key/value pairs Intercom
// accepts as custom attributes or event metadata. Never throws, never loops, never pollutes a prototype.
import { DATE_KEY, FLATTEN_DEPTH, FORBIDDEN_KEY, KEY_MAX, STRING_MAX } from './generated/constants.js';
import { cut, isObject, memo, num, putIfAbsent, seconds } from './values.js';

// The own enumerable keys of `obj`, never throwing (a proxy whose trap throws: none).
function keysOf(obj) {
  try {
    return Object.keys(obj);
  } catch (e) {
    return [];
  }
}

// obj[key], never throwing: a throwing getter loses only its own key (undefined is never sent).
function read(obj, key) {
  try {
    return obj[key];
  } catch (e) {
    return undefined;
  }
}

// A key Intercom accepts ('' when there is none: `__proto__` never changes a prototype in whoever merges our
// objects), and whether values under it are dates (`*_at`, `*_date`). Memoised: every event brings the same keys.
const keyOf = memo((raw) => {
  const key = cut(raw, KEY_MAX).replace(FORBIDDEN_KEY, '_');
  return { key: key === '__proto__' ? '' : key, isDate: DATE_KEY.test(key) };
});

// The key Intercom accepts for `key` ('' for none).
export const safeKey = (key) => keyOf(key).key;

// A string (cut), finite number or boolean, or undefined. Dates, and under a date key (`underDateKey`) date strings
// or numbers, become unix seconds.
function safeValue(v, underDateKey) {
  if (v instanceof Date || underDateKey) {
    const date = seconds(v);
    if (date !== undefined) return date;
  }
  if (typeof v === 'string') return cut(v);
  if (typeof v === 'boolean' || num(v) === v) return v;
  return undefined;
}

// An array's primitives joined with ', ' and cut; an array holding any object or array is dropped (undefined).
function joinList(list) {
  let joined = '';
  for (const i of keysOf(list)) {
    const item = read(list, i);
    if (isObject(item) || Array.isArray(item)) return undefined;
    const value = safeValue(item);
    // Stops growing past the cut, so a huge array costs no more than a short one.
    if (value !== undefined && joined.length <= STRING_MAX) joined += (joined ? ', ' : '') + value;
  }
  return cut(joined) || undefined;
}

// The two object shapes Intercom accepts in event metadata, made safe: a rich link {url, value} or a monetary amount
// {amount: integer, currency}. Undefined for any other object.
function metadataShape(v) {
  const keys = Object.keys(v);
  const hasExactly = (a, b) => keys.length === 2 && keys.indexOf(a) >= 0 && keys.indexOf(b) >= 0;
  if (hasExactly('url', 'value')) {
    if (typeof v.url === 'string' && safeValue(v.value) !== undefined) {
      return { url: cut(v.url), value: cut(String(v.value)) };
    }
  } else if (hasExactly('amount', 'currency')) {
    if (typeof v.amount === 'number' && v.amount % 1 === 0 && typeof v.currency === 'string') {
      return { amount: v.amount, currency: cut(v.currency) };
    }
  }
  return undefined;
}

// Adds the Intercom-safe entries of `obj` to `into` (a new object by default) and returns it. Nested objects are
// flattened with `_` (`address_city`) down to FLATTEN_DEPTH. Options, for the top level only: `skip(key)` true for
// keys already mapped (not repeated), `metadata` true to keep rich links and monetary amounts (event metadata).
// Every object is expanded once (`seen`, made at the first nested object), so cycles and shared references never
// loop and the work stays linear in the input.
export function flatten(obj, { into = {}, skip, metadata = false } = {}) {
  let seen;
  const addEntries = (from, prefix, depth) => {
    const top = depth === 0;
    for (const k of keysOf(from)) {
      if (top && skip && skip(k)) continue;
      const v = read(from, k);
      const { key, isDate } = keyOf(prefix + k);
      if (!key) continue;
      if (!isObject(v)) {
        putIfAbsent(into, key, Array.isArray(v) ? joinList(v) : safeValue(v, isDate));
        continue;
      }
      const shape = top && metadata ? metadataShape(v) : undefined;
      if (shape) putIfAbsent(into, key, shape);
      else if (depth < FLATTEN_DEPTH) {
        seen = seen || new Set();
        seen.add(from);
        if (!seen.has(v)) {
          seen.add(v);
          addEntries(v, key + '_', depth + 1);
        }
      }
    }
  };
  addEntries(obj, '', 0);
  return into;
}
