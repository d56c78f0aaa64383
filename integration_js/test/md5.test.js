import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { md5 } from '../src/md5.js';

test('RFC 1321 vectors', () => {
  assert.equal(md5(''), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.equal(md5('abc'), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal(md5('message digest'), 'f96b697d7cb7938d525a2f31aaf161d0');
  assert.equal(md5('12345678901234567890123456789012345678901234567890123456789012345678901234567890'),
    '57edf4a22be3c955ac49da2e2107b67a');
});

test('the official plugin company id for "Techno Group"', () => {
  assert.equal(md5('Techno Group'), 'ea0331050f91c1aa1b0be9a8727b1eb9');
});

test('UTF-8 and block-boundary lengths agree with node:crypto', () => {
  for (const s of ['héllo 😀 ünï', '日本語の会社', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'y'.repeat(1000)]) {
    assert.equal(md5(s), createHash('md5').update(s, 'utf8').digest('hex'), s.slice(0, 20));
  }
});
