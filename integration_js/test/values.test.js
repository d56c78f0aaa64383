// The value helpers (values.js) the mappers share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cut, memo, num, same, seconds, snake, text } from '../src/values.js';

test('cut and seconds helpers', () => {
  assert.equal(cut('abc', 2), 'ab');
  assert.equal(seconds('x'.repeat(200)), undefined);
  assert.equal(seconds(8.64e15 * 10), undefined);
});

test('num: numbers and plain decimal strings; text: trimmed non-empty strings, numbers stringified', () => {
  assert.deepEqual(['1', ' -2.5 ', 3, '1e3', '', 'x', NaN, Infinity, null].map(num), [1, -2.5, 3, undefined, undefined,
    undefined, undefined, undefined, undefined]);
  assert.deepEqual([' a ', '  ', 4, NaN, null].map(text), ['a', undefined, '4', undefined, undefined]);
});

test('seconds: numbers up to 1e11 are unix seconds (the year 5138), above it unix milliseconds', () => {
  assert.equal(seconds(1e11), 1e11);
  assert.equal(seconds(1e11 + 1), 1e8);
});

test('seconds: strings of 99 characters and more are no dates, however Date.parse reads them', () => {
  const date = (length) => {
    const s = 'Sun May 19 2019 18:34:24 GMT+0000 (';
    return s + 'x'.repeat(length - s.length - 1) + ')'; // a parenthesised comment, which Date.parse skips
  };
  assert.equal(seconds(date(98)), 1558290864);
  assert.equal(seconds(date(99)), undefined);
});

test('seconds: Date, date string, unix ms and unix s', () => {
  const at = 1558290864;
  for (const v of [new Date(at * 1000), '2019-05-19T18:34:24Z', at * 1000, at, String(at)]) assert.equal(seconds(v), at, String(v));
  for (const v of [new Date(NaN), 'soon', true, {}, null]) assert.equal(seconds(v), undefined, String(v));
});

test('same: same content with keys in the same order; snake', () => {
  assert.equal(same({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 2 }] }), true);
  assert.equal(same({ a: 1, b: 2 }, { b: 2, a: 1 }), false);
  assert.equal(same({ a: 1 }, { a: 1, b: 2 }), false);
  // Values of different types differ, as their JSON does (and nothing throws).
  const pairs = [[null, {}], [{}, null], [undefined, {}], ['ab', { 0: 'a', 1: 'b' }], [{ 0: 'a', 1: 'b' }, 'ab'], [{}, 5],
    [0, {}], ['', []]];
  for (const [a, b] of pairs) assert.equal(same(a, b), false, JSON.stringify([a, b]));
  for (const v of [null, 0, '', 'x', 5, {}, []]) assert.equal(same(v, JSON.parse(JSON.stringify(v))), true, JSON.stringify(v));
  assert.equal(snake('createdAt'), 'created_at');
});

test('memo: each input under 256 characters computed once, for the first 999 of them; longer or later ones every time', () => {
  const computed = [];
  const length = memo((key) => { computed.push(key); return key.length; });
  const twice = (key) => [length(key), length(key)];
  assert.deepEqual(twice('a'), [1, 1]);
  assert.deepEqual(twice('b'.repeat(255)), [255, 255]);
  assert.deepEqual(twice('c'.repeat(256)), [256, 256]); // no megabyte key is kept
  assert.equal(computed.length, 4);
  for (let i = 0; i < 997; i++) length(`k${i}`); // 999 kept now
  computed.length = 0;
  twice('a');
  twice('k996');
  twice('one more');
  assert.deepEqual(computed, ['one more', 'one more']);
});
