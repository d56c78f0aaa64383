// Field rows (PERSON_FIELDS, COMPANY_FIELDS, generated from destination.toml's [[person]] and [[company]] tables):
// how each Intercom field is read from a message or a company. A row is {field: the Intercom field, kind: how its
// value converts (a key of KINDS), paths: where to look (paths of objects from the mapped root, in order), keys: the
// keys to read there (camelCase and snake_case spellings, in order)}.
import { cut, isObject, num, objectOr, seconds, snake, text } from './values.js';

// The converters of the field kinds: a value Intercom accepts, or undefined.
export const KINDS = {
  // A trimmed string (numbers stringified), never cut: ids and tokens stay whole.
  id: text,
  text: (v) => {
    const s = text(v);
    return s && cut(s);
  },
  date: seconds,
  integer: (v) => {
    const n = num(v);
    return n === undefined ? undefined : Math.round(n);
  },
  boolean: (v) => (typeof v === 'boolean' ? v : undefined),
  // A URL, or an object with `image_url` (what Intercom itself sends).
  avatar: (v) => {
    const url = text(isObject(v) ? v.image_url : v);
    return url && { type: 'avatar', image_url: url };
  },
};

// Maps `rows` from `root` (a message, a company) into `out` and returns it. A field already set in `out` (a group
// call's company_id) is not read again.
export function mapFields(out, root, rows) {
  for (const row of rows) {
    if (out[row.field] !== undefined) continue;
    const value = readField(root, row);
    if (value !== undefined) out[row.field] = value;
  }
  return out;
}

// The row's value in `root`: the first of its keys, in the first of the objects at its paths, whose value converts.
function readField(root, { kind, paths, keys }) {
  const convert = KINDS[kind];
  for (const path of paths) {
    let from = root;
    for (const step of path) from = objectOr(from[step]);
    for (const key of keys) {
      if (from[key] === undefined) continue; // most keys are absent
      const value = convert(from[key]);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

// A test for keys not to repeat as custom attributes: the keys of `rows`, and `more` (snake_case), in either spelling.
export function consumedBy(rows, more = []) {
  const consumed = new Set(more);
  for (const row of rows) for (const key of row.keys) consumed.add(snake(key));
  return (key) => consumed.has(snake(key));
}
