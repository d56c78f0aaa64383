// track → Intercom trackEvent(name, metadata).
import { DEFAULT_CURRENCY, METADATA_KEYS, MONEY_KEYS } from './generated/constants.js';
import { flatten, KINDS, num, objectOr } from './safe.js';

// An amount in cents Intercom accepts (a positive safe integer), or false.
const cents = (v) => (v = Math.round(num(v) * 100)) > 0 && v < 2 ** 53 && v;

const MONEY_OR_PRICE = MONEY_KEYS.concat('price');

// Returns {name, metadata, dropped: the keys over the limit}, or undefined when the event has no usable name.
export function eventFromTrack(message, keyLimit = METADATA_KEYS) {
  const name = typeof message.event === 'string' && KINDS.text(message.event);
  if (!name) return;
  const props = objectOr(message.properties);
  const meta = {};
  // revenue, else total, else value, else price with a currency → price; money goes first, within the limit.
  const money = (props.currency == null ? MONEY_KEYS : MONEY_OR_PRICE).find((key) => cents(props[key]));
  if (money) meta.price = { amount: cents(props[money]), currency: KINDS.text(props.currency) || DEFAULT_CURRENCY };
  flatten(props, meta, money && ((key) => key === money || key === 'currency'), true);
  const dropped = Object.keys(meta).slice(keyLimit);
  for (const key of dropped) delete meta[key];
  return { name, metadata: meta, dropped };
}
