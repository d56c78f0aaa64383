// Property-based tests (fast-check): for any traits or properties, the mapping never throws and every output
// obeys Intercom's rules. Over 10,000 generated objects per run; a failure prints its seed and the shrunk input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { personFromIdentify } from '../src/person.js';
import { eventFromTrack } from '../src/event.js';
import { companyFrom } from '../src/company.js';
import { assertSafeCompany, assertSafeMetadata, assertSafePerson } from './intercom-safe.js';

const RUNS = Number(process.env.PROPERTY_RUNS) || 4000; // per property below: traits, properties, group traits (> 10,000 objects in all)
const HUGE = 'h'.repeat(1 << 20); // 1 MB
const LONG_LIST = Array.from({ length: 1000 }, (_, i) => 'item' + i);
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'a.b', '$ref',
  'x'.repeat(400), '😀.key', 'created_at', 'createdAt', 'paid_at', 'due_date', 'revenue', 'total', 'value', 'price',
  'currency', 'company', 'companies', 'avatar', 'email', 'name', 'id', 'userId', 'url', 'amount'];

const key = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom(...ODD_KEYS));
const leaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 260 }), // lone surrogates included
  fc.double(), // NaN, ±Infinity, -0 included
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined, HUGE, LONG_LIST, '2020-01-01T00:00:00Z', 'Mon May 19 2019 18:34:24 GMT+0000',
    1558290864000, Symbol('s'), () => 1, 10n, new Date(NaN)),
  fc.date({ noInvalidDate: false }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('object'), tie('array'), tie('shape')),
  object: fc.dictionary(key, tie('value'), { maxKeys: 8 }),
  array: fc.array(tie('value'), { maxLength: 5 }),
  // Near-misses of the metadata shapes: rich links, money, avatar, companies.
  shape: fc.oneof(
    fc.record({ url: tie('value'), value: tie('value') }),
    fc.record({ amount: fc.oneof(fc.integer(), fc.double()), currency: tie('value') }),
    fc.record({ image_url: tie('value') }),
    fc.record({ id: tie('value'), name: tie('value'), remove: tie('value') }),
  ),
}));

// A top-level object, sometimes made circular (itself, or a child pointing back), sometimes with a shared child.
const input = fc.tuple(fc.dictionary(key, value, { maxKeys: 25 }), fc.nat(3)).map(([obj, twist]) => {
  const children = Object.values(obj).filter((v) => v && typeof v === 'object');
  if (twist === 1) obj.self = obj;
  if (twist === 2 && children[0]) children[0].parent = obj;
  if (twist === 3 && children[0]) obj.again = children[0];
  return obj;
});

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).join();
const PROTO = protoKeys();

function assertUnpolluted() {
  assert.equal(protoKeys(), PROTO);
  assert.equal({}.polluted, undefined);
}

test(`identify: any traits → an Intercom-safe person (${RUNS} runs)`, () => {
  fc.assert(fc.property(input, fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), (traits, userId) => {
    const person = personFromIdentify({ userId, context: { traits, Intercom: traits.Intercom } }, { sendAnonymousId: true });
    assertSafePerson(person);
    JSON.stringify(person);
    assertUnpolluted();
  }), { numRuns: RUNS });
});

test(`track: any properties → Intercom-safe metadata within the key cap (${RUNS} runs)`, () => {
  fc.assert(fc.property(input, fc.integer({ min: 1, max: 20 }), (properties, limit) => {
    const result = eventFromTrack({ event: 'E', properties }, limit);
    const { metadata: meta, dropped } = result;
    assert.ok(Object.keys(meta).length <= limit);
    assert.ok(Array.isArray(dropped));
    assertSafeMetadata(meta);
    JSON.stringify(meta);
    assertUnpolluted();
  }), { numRuns: RUNS });
});

test(`group: any traits → an Intercom-safe company or none (${RUNS} runs)`, () => {
  fc.assert(fc.property(input, fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)), (traits, groupId) => {
    const company = companyFrom(traits, groupId);
    if (company !== undefined) {
      assertSafeCompany(company);
      JSON.stringify(company);
    }
    assertUnpolluted();
  }), { numRuns: RUNS });
});
