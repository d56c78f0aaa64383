// docs/mapping.md "track → trackEvent": one case per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventFromTrack } from '../src/event.js';

const track = (event, properties, limit) => eventFromTrack({ event, properties }, limit);

test('name: the trimmed event name; a non-string or empty name sends nothing', () => {
  assert.equal(track('  Signed Up ', {}).name, 'Signed Up');
  for (const bad of ['', '   ', 42, null, undefined, {}, ['x']]) assert.equal(track(bad, {}), undefined, String(bad));
});

test('money: revenue (else total, else value) with currency → price in integer cents; sources not repeated', () => {
  assert.deepEqual(track('Order', { revenue: 349.99, currency: 'eur', total: 400 }).metadata,
    { price: { amount: 34999, currency: 'eur' }, total: 400 });
  assert.deepEqual(track('Order', { total: '19.95' }).metadata, { price: { amount: 1995, currency: 'USD' } });
  assert.deepEqual(track('Order', { value: 1.005, currency: 'GBP' }).metadata, { price: { amount: 100, currency: 'GBP' } });
});

test('money: cents are rounded, not floored (19.99 * 100 is 1998.999... in floating point)', () => {
  assert.deepEqual(track('Order', { revenue: 19.99 }).metadata, { price: { amount: 1999, currency: 'USD' } });
  assert.equal(track('Added', { price: 0.29, currency: 'EUR' }).metadata.price.amount, 29);
});

test('money: revenue wins over a price property, also when a currency is given', () => {
  assert.deepEqual(track('Order', { price: 5, revenue: 19.99, currency: 'EUR' }).metadata.price,
    { amount: 1999, currency: 'EUR' });
  assert.deepEqual(track('Order', { price: 5, total: 12, currency: 'EUR' }).metadata.price, { amount: 1200, currency: 'EUR' });
});

test('money: a price with a currency and no revenue → the same monetary amount', () => {
  assert.deepEqual(track('Added', { price: 199.95, currency: 'USD', sku: 'x' }).metadata,
    { price: { amount: 19995, currency: 'USD' }, sku: 'x' });
  assert.deepEqual(track('Added', { price: 5 }).metadata, { price: 5 });
});

test('money: a negative or zero revenue (a refund, a free order) stays a plain number, not a monetary amount', () => {
  assert.deepEqual(track('Refund', { revenue: -10, currency: 'USD' }).metadata, { revenue: -10, currency: 'USD' });
  assert.deepEqual(track('Free order', { revenue: 0, currency: 'USD' }).metadata, { revenue: 0, currency: 'USD' });
  assert.deepEqual(track('Tiny', { revenue: 0.004 }).metadata, { revenue: 0.004 }, 'rounds to 0 cents');
});

test('money: an amount of cents past the safe integers stays a plain number', () => {
  assert.deepEqual(track('Order', { revenue: 90071992547409.91 }).metadata.price,
    { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' });
  for (const revenue of [90071992547409.92, 1e300]) {
    assert.deepEqual(track('Order', { revenue }).metadata, { revenue }, String(revenue));
  }
});

test('rich links {url, value} and monetary amounts {amount: integer, currency} are kept, their keys in any order', () => {
  assert.deepEqual(track('Read', { article: { url: 'https://x/a', value: 'Article A' } }).metadata,
    { article: { url: 'https://x/a', value: 'Article A' } });
  assert.deepEqual(track('Read', { article: { value: 'Article A', url: 'https://x/a' } }).metadata,
    { article: { url: 'https://x/a', value: 'Article A' } });
  assert.deepEqual(track('Paid', { discount: { amount: 500, currency: 'EUR' }, fee: { currency: 'EUR', amount: 0 } }).metadata,
    { discount: { amount: 500, currency: 'EUR' }, fee: { amount: 0, currency: 'EUR' } });
});

test('objects of any other shape are flattened like any object, and only top-level properties are kept whole', () => {
  const metadata = track('E', {
    more: { url: 'https://x/a', value: 'A', extra: 1 }, // a third key
    half: { amount: 5.5, currency: 'EUR' }, // cents must be an integer
    text: { amount: '500', currency: 'EUR' },
    code: { amount: 500, currency: 978 },
    noted: { amount: 500, currency: 'EUR', note: 'x' }, // a third key
    nested: { link: { url: 'https://x/b', value: 'B' } },
  }).metadata;
  assert.deepEqual(metadata, { more_url: 'https://x/a', more_value: 'A', more_extra: 1, half_amount: 5.5,
    half_currency: 'EUR', text_amount: '500', text_currency: 'EUR', code_amount: 500, code_currency: 978,
    noted_amount: 500, noted_currency: 'EUR', noted_note: 'x',
    nested_link_url: 'https://x/b', nested_link_value: 'B' });
});

test('Date values and *_at / *_date date strings → unix seconds', () => {
  assert.deepEqual(track('E', { when: new Date(Date.UTC(2020, 0, 1)), paid_at: '2020-01-01T00:00:00Z',
    due_date: '2020-01-02', note_at: 'not a date' }).metadata,
  { when: 1577836800, paid_at: 1577836800, due_date: 1577923200, note_at: 'not a date' });
});

test('everything else made Intercom-safe; falsy values kept', () => {
  assert.deepEqual(track('E', { zero: 0, no: false, empty: '', nested: { a: 1 }, list: [1, 2], objs: [{}], f() {},
    nan: NaN, nil: null }).metadata, { zero: 0, no: false, empty: '', nested_a: 1, list: '1, 2' });
});

test('no keys of our own in the metadata', () => {
  assert.deepEqual(track('E', { a: 1 }).metadata, { a: 1 });
});

test('at most metadataKeyLimit keys, money first, then in the order given; the rest reported', () => {
  const props = { a: 1, b: 2, c: 3, revenue: 10 };
  const { metadata: meta, dropped } = track('E', props, 3);
  assert.deepEqual(Object.keys(meta), ['price', 'a', 'b']);
  assert.deepEqual(dropped, ['c']);
  const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => ['k' + i, i]));
  assert.equal(Object.keys(track('E', many).metadata).length, 20);
});
