// Intercom-safe values: what Intercom accepts as a custom attribute or event metadata value.
import { STRING_MAX, KEY_MAX, FLATTEN_DEPTH } from './generated/constants.js';

const FORBIDDEN_KEY_CHARS = /[.$~`!@#%^&*'{}|\\"\u0000]/g;
export const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

export const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// Own enumerable entries that never throw (getters may).
export function entriesOf(obj) {
  const out = [];
  try {
    for (const k of Object.keys(obj)) {
      try { out.push([k, obj[k]]); } catch (e) { /* a throwing getter loses only its own key */ }
    }
  } catch (e) { /* proxies and the like */ }
  return out;
}

// Defines rather than assigns, so `__proto__` stays an ordinary key; a collision keeps the first.
export function put(out, key, value) {
  if (value !== undefined && key && !hasOwn(out, key)) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

export function safeKey(key) {
  return String(key).replace(FORBIDDEN_KEY_CHARS, '_').slice(0, KEY_MAX);
}

// Cuts to STRING_MAX characters without leaving half a surrogate pair.
export function safeString(s) {
  if (s.length <= STRING_MAX) return s;
  const code = s.charCodeAt(STRING_MAX - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? STRING_MAX - 1 : STRING_MAX);
}

// A primitive Intercom accepts, or undefined.
export function safePrimitive(v) {
  if (typeof v === 'string') return safeString(v);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (v instanceof Date) return toUnixSeconds(v);
  return undefined;
}

// Date, ISO/JS date string, unix ms or unix s → integer unix seconds; anything else → undefined.
export function toUnixSeconds(v) {
  let ms;
  if (v instanceof Date) ms = v.getTime();
  else if (typeof v === 'number' || (typeof v === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(v))) {
    const n = Number(v);
    ms = n > 1e11 ? n : n * 1000;
  } else if (typeof v === 'string') ms = Date.parse(v);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

// Flattens nested objects with `_`, joins arrays of primitives, drops the rest.
export function flattenSafe(obj, skip, out = {}, prefix = '', depth = 0, seen = []) {
  if (seen.indexOf(obj) >= 0 || depth > FLATTEN_DEPTH) return out;
  seen.push(obj);
  for (const [k, v] of entriesOf(obj)) {
    if (skip && !prefix && skip.indexOf(k) >= 0) continue;
    const key = safeKey(prefix + k);
    if (Array.isArray(v)) {
      const parts = v.map(safePrimitive);
      if (parts.every((p) => p !== undefined)) put(out, key, safeString(parts.join(', ')));
    } else if (isObject(v) && !(v instanceof Date)) {
      flattenSafe(v, null, out, key + '_', depth + 1, seen);
    } else put(out, key, safePrimitive(v));
  }
  seen.pop();
  return out;
}
