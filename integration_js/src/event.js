// track → Intercom trackEvent(name, metadata).
import { DEFAULT_CURRENCY, METADATA_KEYS, MONEY_KEYS } from './generated/constants.js';
import { KINDS } from './fields.js';
import { flatten } from './flatten.js';
import { num, objectOr } from './values.js';

// An amount in cents Intercom accepts (a positive safe integer), or undefined.
function cents(v) {
  const amount = Math.round(num(v) * 100);
  return amount > 0 && amount < 2 ** 53 ? amount : undefined;
}

// Returns {name, metadata, dropped: the keys over the limit}, or undefined when the event has no usable name.
export function eventFromTrack(message, keyLimit = METADATA_KEYS) {
  const name = typeof message.event === 'string' && KINDS.text(message.event);
  if (!name) return undefined;
  const props = objectOr(message.properties);
  const metadata = {};
  // revenue, else total, else value, else a price with a currency → price; money goes first, within the limit.
  const candidates = props.currency == null ? MONEY_KEYS : MONEY_KEYS.concat('price');
  const money = candidates.find((key) => cents(props[key]) !== undefined);
  if (money) {
    metadata.price = { amount: cents(props[money]), currency: KINDS.text(props.currency) || DEFAULT_CURRENCY };
  }
  // The money keys used are not repeated.
  const skip = money && ((key) => key === money || key === 'currency');
  flatten(props, { into: metadata, skip, metadata: true });
  const dropped = Object.keys(metadata).slice(keyLimit);
  for (const key of dropped) delete metadata[key];
  return { name, metadata, dropped };
}
