// Intercom-safe values: what Intercom accepts as an attribute or event metadata value, for any input.
import { DATE_KEY, FLATTEN_DEPTH, FORBIDDEN_KEY, KEY_MAX, SOURCES, STRING_MAX } from './generated/constants.js';


export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);

// `v` when it is a plain object, else an empty one (shared and frozen: no object per read), so optional parts of a
// message are read without checks.
const EMPTY = Object.freeze({});
export const objectOr = (v) => (isObject(v) ? v : EMPTY);

// Memoised (up to 999 inputs, short ones: no megabyte key is kept): every event brings the same few keys, and
// a regex replace is slow.
function memo(fn) {
  const cache = Object.create(null); // `__proto__` is an ordinary key here
  let size = 0;
  return (key) => {
    let out = cache[key];
    if (out === undefined) {
      out = fn(key);
      if (key.length < 256 && size++ < 999) cache[key] = out;
    }
    return out;
  };
}

// createdAt → created_at: keys are read, and consumed, in both spellings.
export const snake = memo((key) => key.replace(/[A-Z]/g, '_$&').toLowerCase());

// The own enumerable keys of `obj`, never throwing (proxies and the like: none).
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
  } catch (e) { /* dropped */ }
}

export const hasOwn = (obj, key) => ({}).hasOwnProperty.call(obj, key);

// A collision keeps the first value. Keys are never empty nor `__proto__` (keyOf drops them), so assignment is safe.
export function put(out, key, value) {
  if (value !== undefined && !hasOwn(out, key)) out[key] = value;
  return out;
}

// Cuts to `max` characters without leaving half a surrogate pair.
export const cut = (s, max = STRING_MAX) => (s.length > max ? s.slice(0, /[\ud800-\udbff]/.test(s[max - 1]) ? max - 1 : max) : s);

// A finite number from a number or a plain decimal string, or undefined.
export const num = (v) => ((typeof v === 'number' || typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v))
  && isFinite(v = +v) ? v : undefined);

// A trimmed non-empty string (finite numbers stringified), or undefined. Not cut: ids and tokens stay whole.
export const text = (v) => (typeof v === 'string' ? v.trim() : typeof v === 'number' && isFinite(v) ? '' + v : '') || undefined;

// Date strings repeat from event to event (a person's createdAt), and parsing one is slow.
const parseDate = memo(Date.parse);

// Date, date string, unix ms or unix seconds → integer unix seconds; anything else → undefined.
// (Long strings are no dates: the length cap keeps Date.parse off megabyte strings.)
export function seconds(v) {
  const n = num(v);
  // A date string: Date.parse's time value as it is (memoised), no Date object made per event.
  const t = n === undefined && typeof v === 'string' ? (v.length < 99 ? parseDate(v) : NaN)
    : +new Date(n !== undefined ? (n > 1e11 ? n : n * 1000) : v instanceof Date ? v : NaN);
  return t === t ? Math.floor(t / 1000) : undefined; // NaN: no date
}

// A key Intercom accepts ('' when there is none: `__proto__` never changes a prototype in whoever merges our
// objects), and whether values under it are dates (`*_at`, `*_date`). Memoised: every event brings the same keys.
const keyOf = memo((key) => {
  key = cut(key, KEY_MAX).replace(FORBIDDEN_KEY, '_');
  return { key: key === '__proto__' ? '' : key, date: DATE_KEY.test(key) };
});

export const safeKey = (key) => keyOf(key).key;

// A string, finite number or boolean, or undefined. Dates, and (`date`: under a date key) date strings or numbers,
// become unix seconds.
function safeValue(v, date) {
  date = v instanceof Date || date ? seconds(v) : undefined;
  return date !== undefined ? date : typeof v === 'string' ? cut(v) : typeof v === 'boolean' || num(v) === v ? v : undefined;
}

// Primitives joined with ', ' and cut; an array holding any object or array is dropped.
function joinList(list) {
  let joined = '';
  for (const i of keysOf(list)) {
    const item = read(list, i);
    if (isObject(item) || Array.isArray(item)) return;
    const value = safeValue(item);
    // Stops growing past the cut, so a huge array costs no more than a short one.
    if (value !== undefined && joined.length <= STRING_MAX) joined += (joined ? ', ' : '') + value;
  }
  return cut(joined) || undefined;
}

// A rich link {url, value} or a monetary amount {amount: integer, currency}: the two object shapes
// Intercom accepts in event metadata.
function metadataShape(v) {
  const keys = Object.keys(v);
  const are = (a, b) => keys.length === 2 && keys.indexOf(a) >= 0 && keys.indexOf(b) >= 0;
  return are('url', 'value') ? typeof v.url === 'string' && safeValue(v.value) !== undefined
    && { url: cut(v.url), value: cut(String(v.value)) }
    : are('amount', 'currency') && typeof v.amount === 'number' && v.amount % 1 === 0 && typeof v.currency === 'string'
    && { amount: v.amount, currency: cut(v.currency) };
}

// Adds the Intercom-safe entries of `obj` to `out`, skipping top-level keys for which `skip(key)` is true. Nested
// objects are flattened with `_` down to FLATTEN_DEPTH. Every object is expanded once (`seen`, made at the first
// nested object), so cycles and shared references never loop and the work stays linear in the input. `metadata`
// keeps rich links and monetary amounts.
export function flatten(obj, out, skip, metadata, prefix = '', depth = 0, seen) {
  for (const k of keysOf(obj)) {
    if (skip && skip(k)) continue;
    const v = read(obj, k);
    const { key, date } = keyOf(prefix + k);
    if (!key) continue;
    let shape;
    if (!isObject(v)) put(out, key, Array.isArray(v) ? joinList(v) : safeValue(v, date));
    else if (shape = metadata && metadataShape(v)) put(out, key, shape);
    else if (depth < FLATTEN_DEPTH && !(seen = seen || new Set()).add(obj).has(v)) {
      seen.add(v);
      flatten(v, out, 0, 0, key + '_', depth + 1, seen); // skip and metadata: top level only
    }
  }
  return out;
}

// Converters of the field `kind`s in destination.toml: a value Intercom accepts, or undefined.
export const KINDS = {
  id: text,
  text: (v) => (v = text(v)) && cut(v),
  date: seconds,
  integer: (v) => (v = num(v)) && Math.round(v), // 0 stays 0
  boolean: (v) => (typeof v === 'boolean' ? v : undefined),
  avatar: (v) => (v = text(isObject(v) ? v.image_url : v)) && { type: 'avatar', image_url: v },
};

// Generated field rows (PERSON_FIELDS, COMPANY_FIELDS) as mapFields reads them: the Intercom field (by default
// the snake_case of the first key), the paths of the objects its `source` names (no source: the object mapped
// itself), every key in its camelCase and snake_case spelling, in order (a one-word key twice: reading it again
// costs less than the code to drop it), and the converter of its kind. Once, at load.
export const fieldRows = (rows) => rows.map(({ field, kind, source, keys }) => ({ field: field || snake(keys[0]),
  paths: SOURCES[source] || [[]], keys: [].concat(...keys.map((k) => [k, snake(k)])), convert: KINDS[kind] }));

// A test for the keys of `rows` and of `more` (snake_case), in either spelling: the keys not repeated as custom
// attributes.
export function consumedBy(rows, more = []) {
  const keys = new Set(more.concat(...rows.map((row) => row.keys)));
  return (key) => keys.has(snake(key));
}

// Maps field rows (fieldRows()) from `root` (a message, a company): for each row, the first of its keys, in the
// first of the objects at its paths, whose value converts. Once a field is set (also before: a group call's
// company_id), its other keys are not read.
export function mapFields(out, root, rows) {
  for (const { field, paths, keys, convert } of rows) {
    if (out[field] !== undefined) continue;
    row: for (const path of paths) {
      let from = root;
      for (const key of path) from = objectOr(from[key]);
      for (const key of keys) {
        const value = from[key] === undefined ? undefined : convert(from[key]); // most keys are absent
        if (value !== undefined) {
          out[field] = value;
          break row;
        }
      }
    }
  }
  return out;
}

// Same content, keys in the same order (what equal JSON says of Intercom-safe values, without serialising both;
// an attribute is an array, `companies`, in both or in neither).
export function same(a, b) {
  if (a === b || !a || !b || typeof a !== 'object' || typeof b !== 'object') return a === b;
  const other = Object.keys(b);
  let i = 0; // one array, not two: it runs for every object value of every identify
  for (const key in a) if (key !== other[i++] || !same(a[key], b[key])) return false;
  return i === other.length;
}
