// track → Intercom trackEvent(name, metadata).
import { METADATA_KEYS } from './generated/constants.js';
import { entriesOf, flattenSafe, put, safeKey, safeString, toUnixSeconds, isObject } from './safe.js';

const MONEY_SOURCES = ['revenue', 'total', 'value'];
const DATE_KEY = /(_at|_date)$/;

const cents = (x) => (x !== '' && x !== null && typeof x !== 'boolean' && Number.isFinite(+x) ? Math.round(+x * 100) : undefined);
const currencyOf = (v) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 8) : 'USD');

// The monetary amount of a track call and the property keys it consumed.
export function moneyFrom(props) {
  for (const key of MONEY_SOURCES) {
    const amount = cents(props[key]);
    if (amount !== undefined) return [{ amount, currency: currencyOf(props.currency) }, [key, 'currency']];
  }
  if (props.currency != null && !isObject(props.price)) {
    const amount = cents(props.price);
    if (amount !== undefined) return [{ amount, currency: currencyOf(props.currency) }, ['price', 'currency']];
  }
  return [undefined, []];
}

// Returns [name, metadata] for Intercom, or a string saying why nothing can be sent.
export function eventFromTrack(message, keyLimit = METADATA_KEYS) {
  const name = typeof message.event === 'string' ? message.event.trim() : '';
  if (!name) return 'track without a usable event name skipped';
  const props = isObject(message.properties) ? message.properties : {};
  const [money, consumed] = moneyFrom(props);
  const meta = {};
  if (money) meta.price = money;
  for (const [k, v] of entriesOf(props)) {
    if (consumed.indexOf(k) >= 0) continue;
    const key = safeKey(k);
    if (isObject(v) && typeof v.url === 'string' && v.value != null && Object.keys(v).length === 2) {
      put(meta, key, { url: safeString(v.url), value: safeString(String(v.value)) });
    } else if (isObject(v) && Number.isInteger(v.amount) && typeof v.currency === 'string') {
      put(meta, key, { amount: v.amount, currency: v.currency });
    } else if (DATE_KEY.test(key) && typeof v === 'string' && toUnixSeconds(v) !== undefined) {
      put(meta, key, toUnixSeconds(v));
    } else flattenSafe({ [k]: v }, null, meta);
  }
  const keys = Object.keys(meta);
  const limited = {};
  for (const k of keys.slice(0, keyLimit)) put(limited, k, meta[k]);
  return [safeString(name), limited, keys.length - Object.keys(limited).length];
}
