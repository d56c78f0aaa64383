// docs/mapping.md "Intercom-safe values": one case per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatten, safeKey } from '../src/flatten.js';

const safe = (obj) => flatten(obj);

test('kept: strings cut to 255 without splitting a surrogate pair, finite numbers, booleans', () => {
  assert.deepEqual(safe({ s: 'x', n: 1.5, t: true, f: false }), { s: 'x', n: 1.5, t: true, f: false });
  assert.equal(safe({ s: 'y'.repeat(300) }).s.length, 255);
  const emoji = 'a'.repeat(254) + '😀';
  assert.equal(safe({ s: emoji }).s, 'a'.repeat(254));
  assert.equal(safe({ s: 'z'.repeat(1 << 20) }).s.length, 255);
});

test('dropped: undefined, functions, symbols, NaN, Infinity, null', () => {
  assert.deepEqual(safe({ u: undefined, f() {}, s: Symbol('x'), n: NaN, i: Infinity, m: -Infinity, z: null, b: 10n }), {});
});

test('nested objects flattened with _ to a bounded depth', () => {
  assert.deepEqual(safe({ address: { city: 'Berlin', geo: { lat: 1, deep: { deeper: { deepest: 1 } } } } }),
    { address_city: 'Berlin', address_geo_lat: 1 });
});

test('arrays of primitives joined with ", " then cut; arrays of objects dropped', () => {
  assert.deepEqual(safe({ tags: ['a', 1, true, null] }), { tags: 'a, 1, true' });
  assert.equal(safe({ big: Array(1000).fill('abc') }).big.length, 255);
  assert.deepEqual(safe({ objs: [{ a: 1 }], mixed: ['a', { b: 1 }], nested: [[1]], none: [] }), {});
});

test('circular structures never loop', () => {
  const a = { name: 'a' };
  a.self = a;
  a.child = { parent: a, x: 1 };
  assert.deepEqual(safe(a), { name: 'a', child_x: 1 });
});

test('keys: forbidden characters replaced with _, at most 190 characters, empty dropped, collisions keep the first', () => {
  assert.equal(safeKey('a.b$c~d`e!f@g#h%i^j&k*l\'m{n}o|p\\q"r\0s'), 'a_b_c_d_e_f_g_h_i_j_k_l_m_n_o_p_q_r_s');
  assert.equal(safeKey('k'.repeat(500)).length, 190);
  assert.deepEqual(safe({ '': 1, 'a.b': 1, a_b: 2 }), { a_b: 1 });
});

test('__proto__ and constructor never pollute', () => {
  const out = safe(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "x": 1}'));
  assert.deepEqual(out, { constructor_prototype_polluted: 1, x: 1 });
  assert.equal({}.polluted, undefined);
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
});

test('a throwing getter loses only its own key', () => {
  const obj = { a: 1, get b() { throw new Error('no'); }, c: 3 };
  assert.deepEqual(safe(obj), { a: 1, c: 3 });
});
