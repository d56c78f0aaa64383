// The company table (docs/mapping.md "identify → the person" companies and "group → a company"): one case per row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { companyFrom } from '../src/company.js';

test('company_id: groupId first, else id / company_id, else md5 of the name (the official rule)', () => {
  assert.equal(companyFrom({ id: 'x', name: 'N' }, 'g1').company_id, 'g1');
  assert.equal(companyFrom({ id: 'x', name: 'N' }, 42).company_id, '42');
  assert.equal(companyFrom({ id: 'x', company_id: 'y' }).company_id, 'x');
  assert.equal(companyFrom({ company_id: 'y' }).company_id, 'y');
  assert.equal(companyFrom({ companyId: 'z' }).company_id, 'z');
  assert.equal(companyFrom({ name: 'Techno Group' }).company_id, 'ea0331050f91c1aa1b0be9a8727b1eb9');
  assert.equal(companyFrom('Techno Group').company_id, 'ea0331050f91c1aa1b0be9a8727b1eb9');
});

test('company_id from a name: md5 of the name as given (untrimmed), while the name sent is trimmed', () => {
  const md5 = (text) => createHash('md5').update(text, 'utf8').digest('hex');
  assert.deepEqual(companyFrom({ name: ' Acme ' }), { company_id: md5(' Acme '), name: 'Acme' });
  assert.equal(companyFrom(' Acme ').company_id, md5(' Acme '));
  assert.notEqual(md5(' Acme '), md5('Acme'));
});

test('neither id nor name: no company', () => {
  for (const input of [{}, { plan: 'pro' }, '', '  ', null, undefined, [], { name: {} }]) {
    assert.equal(companyFrom(input), undefined, JSON.stringify(input));
  }
});

test('name, plan, website, industry as trimmed strings', () => {
  assert.deepEqual(companyFrom({ id: 1, name: ' Acme ', plan: 'pro', website: 'https://acme.test', industry: 'Tools' }),
    { company_id: '1', name: 'Acme', plan: 'pro', website: 'https://acme.test', industry: 'Tools' });
});

test('created_at → unix seconds', () => {
  assert.equal(companyFrom({ id: 1, createdAt: '2019-05-19T18:34:24Z' }).created_at, 1558290864);
  assert.equal(companyFrom({ id: 1, created_at: 1558290864000 }).created_at, 1558290864);
});

test('monthly_spend and size as integers', () => {
  const c = companyFrom({ id: 1, monthlySpend: '99.6', employees: 12 });
  assert.equal(c.monthly_spend, 100);
  assert.equal(c.size, 12);
  assert.equal(companyFrom({ id: 1, monthly_spend: 5, size: '7' }).size, 7);
  assert.equal('size' in companyFrom({ id: 1, size: 'big' }), false);
});

test('remove: true detaches', () => {
  assert.deepEqual(companyFrom({ id: 'c', remove: true }), { company_id: 'c', remove: true });
});

test('custom attributes: every other key made Intercom-safe', () => {
  assert.deepEqual(companyFrom({ id: 'c', tier: 'gold', hq: { city: 'Oslo' }, 'a$b': 1, list: [{ x: 1 }] }),
    { company_id: 'c', tier: 'gold', hq_city: 'Oslo', a_b: 1 });
});
