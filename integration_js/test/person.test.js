// docs/mapping.md "identify → the person": one case per row, plus consumed keys and the anonymous/email rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { companiesFrom, isIdentified, personFromIdentify } from '../src/person.js';

const identify = (traits, extra = {}, options) => personFromIdentify(
  Object.assign({ userId: 'u1' }, extra, { context: Object.assign({ traits }, extra.context) }), options);

test('user_id: userId as a string, numbers stringified, an empty value never sent', () => {
  assert.equal(identify({}).user_id, 'u1');
  assert.equal(identify({}, { userId: 42 }).user_id, '42');
  assert.equal(identify({}, { userId: ' u2 ' }).user_id, 'u2');
  for (const empty of ['', '  ', null, undefined, NaN, {}]) assert.equal('user_id' in identify({}, { userId: empty }), false);
});

test('email and phone from traits', () => {
  const p = identify({ email: 'a@b.c', phone: '+49 30 1234' });
  assert.equal(p.email, 'a@b.c');
  assert.equal(p.phone, '+49 30 1234');
});

test('name: traits.name, else firstName + lastName with missing parts skipped (never "undefined")', () => {
  assert.equal(identify({ name: 'Ada Lovelace', firstName: 'X' }).name, 'Ada Lovelace');
  assert.equal(identify({ firstName: 'Chris', lastName: 'Doe' }).name, 'Chris Doe');
  assert.equal(identify({ firstName: 'Chris' }).name, 'Chris');
  assert.equal(identify({ lastName: 'Doe' }).name, 'Doe');
  assert.equal(identify({ first_name: 'Chris', last_name: 'Doe' }).name, 'Chris Doe');
  assert.equal('name' in identify({ firstName: '', lastName: null }), false);
});

test('created_at: ISO, JS date string, unix ms, unix s and Date → integer unix seconds; unparseable dropped', () => {
  const forms = ['2019-05-19T18:34:24Z', 'Sun May 19 2019 18:34:24 GMT+0000 (UTC)', 1558290864000, 1558290864,
    '1558290864', new Date(Date.UTC(2019, 4, 19, 18, 34, 24)), 1558290864.9];
  for (const createdAt of forms) assert.equal(identify({ createdAt }).created_at, 1558290864, String(createdAt));
  assert.equal(identify({ created_at: '2019-05-19T18:34:24Z' }).created_at, 1558290864);
  for (const bad of ['soon', '', null, true, {}, [], new Date(NaN), Infinity]) {
    assert.equal('created_at' in identify({ createdAt: bad }), false, String(bad));
  }
});

test('avatar: a URL → {type: avatar, image_url}; an object with image_url kept', () => {
  assert.deepEqual(identify({ avatar: 'https://x/a.png' }).avatar, { type: 'avatar', image_url: 'https://x/a.png' });
  assert.deepEqual(identify({ avatar: { image_url: 'https://x/b.png', other: 1 } }).avatar,
    { type: 'avatar', image_url: 'https://x/b.png' });
  assert.equal('avatar' in identify({ avatar: { url: 'x' } }), false);
});

test('unsubscribed_from_emails: from context (where the RudderStack destination doc puts it), or traits; booleans only', () => {
  assert.equal(identify({}, { context: { unsubscribedFromEmails: true } }).unsubscribed_from_emails, true);
  assert.equal(identify({ unsubscribedFromEmails: false }).unsubscribed_from_emails, false);
  assert.equal(identify({ unsubscribed_from_emails: true }).unsubscribed_from_emails, true);
  assert.equal('unsubscribed_from_emails' in identify({ unsubscribedFromEmails: 'yes' }), false);
});

test('language_override from traits.languageOverride / language_override', () => {
  assert.equal(identify({ languageOverride: 'fr' }).language_override, 'fr');
  assert.equal(identify({ language_override: 'de' }).language_override, 'de');
});

test('user_hash from context.Intercom or integrations.Intercom, user_hash or userHash', () => {
  assert.equal(identify({}, { context: { Intercom: { user_hash: 'h1' } } }).user_hash, 'h1');
  assert.equal(identify({}, { context: { Intercom: { userHash: 'h2' } } }).user_hash, 'h2');
  assert.equal(identify({}, { integrations: { Intercom: { user_hash: 'h3' } } }).user_hash, 'h3');
  assert.equal(identify({}, { integrations: { Intercom: { userHash: 'h4' } } }).user_hash, 'h4');
  assert.equal(identify({}, { integrations: { Intercom: true } }).user_hash, undefined);
});

test('intercom_user_jwt from context.Intercom or integrations.Intercom, never cut', () => {
  const jwt = 'eyJ' + 'a'.repeat(600);
  assert.equal(identify({}, { context: { Intercom: { intercom_user_jwt: jwt } } }).intercom_user_jwt, jwt);
  assert.equal(identify({}, { integrations: { Intercom: { intercomUserJwt: 'j2' } } }).intercom_user_jwt, 'j2');
});

test('hide_default_launcher from context.Intercom: true and false', () => {
  assert.equal(identify({}, { context: { Intercom: { hideDefaultLauncher: true } } }).hide_default_launcher, true);
  assert.equal(identify({}, { context: { Intercom: { hide_default_launcher: false } } }).hide_default_launcher, false);
});

test('companies: traits.company (object or name) and traits.companies, remove: true, md5 of the name', () => {
  const p = identify({ company: 'Techno Group', companies: [{ id: 7, name: 'Seven', plan: 'pro' }, { company_id: 'c9', remove: true }] });
  assert.deepEqual(p.companies, [
    { company_id: 'ea0331050f91c1aa1b0be9a8727b1eb9', name: 'Techno Group' },
    { company_id: '7', name: 'Seven', plan: 'pro' },
    { company_id: 'c9', remove: true },
  ]);
  assert.deepEqual(identify({ company: { id: 'c1', name: 'One' } }).companies, [{ company_id: 'c1', name: 'One' }]);
});

test('a company with neither id nor name is dropped with a warning; an empty or absent company is none, without one', () => {
  const warnings = [];
  assert.deepEqual(companiesFrom({ companies: [{ plan: 'pro' }, { name: 'Ok' }] }, (w) => warnings.push(w)).length, 1);
  assert.equal(warnings.length, 1);
  for (const company of ['', null, undefined]) {
    assert.deepEqual(companiesFrom({ company }, (w) => warnings.push(w)), [], String(company));
  }
  assert.equal(warnings.length, 1);
});

test('a field whose first spelling holds no usable value is read from the next one', () => {
  assert.equal(identify({ createdAt: 'soon', created_at: 1558290864 }).created_at, 1558290864);
  assert.equal(identify({}, { context: { Intercom: { user_hash: '  ' } }, integrations: { Intercom: { userHash: 'h3' } } })
    .user_hash, 'h3');
});

test('custom attributes: every other trait made Intercom-safe', () => {
  const p = identify({ plan: 'pro', seats: 3, vip: true, address: { city: 'Berlin' }, 'a.b': 1, tags: ['x', 'y'], gone: null });
  assert.deepEqual(p, { user_id: 'u1', plan: 'pro', seats: 3, vip: true, address_city: 'Berlin', a_b: 1, tags: 'x, y' });
  // Only top-level traits are mapped fields: nested keys of the same names are custom attributes.
  assert.deepEqual(identify({ billing: { email: 'billing@x.io', name: 'Accounts', createdAt: 'today' } }),
    { user_id: 'u1', billing_email: 'billing@x.io', billing_name: 'Accounts', billing_createdAt: 'today' });
});

test('consumed keys are not repeated as custom attributes', () => {
  const p = identify({ firstName: 'A', lastName: 'B', createdAt: 1, company: 'C', companies: [], avatar: 'https://x',
    unsubscribedFromEmails: true, languageOverride: 'fr', id: 'i', userId: 'u', anonymousId: 'a', app_id: 'evil',
    api_base: 'https://evil', email: 'e@x', custom: 1 });
  assert.deepEqual(Object.keys(p).sort(), ['avatar', 'companies', 'created_at', 'custom', 'email', 'language_override',
    'name', 'unsubscribed_from_emails', 'user_id']);
});

test('anonymous_id only with sendAnonymousId', () => {
  assert.equal('anonymous_id' in identify({}, { anonymousId: 'anon-1' }), false);
  assert.equal(identify({}, { anonymousId: 'anon-1' }, { sendAnonymousId: true }).anonymous_id, 'anon-1');
});

test('without userId: an email keys the user; with neither the attributes go on the visitor', () => {
  assert.deepEqual(identify({ email: 'a@b.c' }, { userId: undefined }), { email: 'a@b.c' });
  assert.deepEqual(identify({ plan: 'free' }, { userId: undefined }), { plan: 'free' });
  assert.equal(isIdentified({ userId: 'u' }), true);
  assert.equal(isIdentified({ context: { traits: { email: 'a@b.c' } } }), true);
  assert.equal(isIdentified({ context: { traits: {} } }), false);
});
