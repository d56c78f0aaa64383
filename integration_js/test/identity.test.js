import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changes, isSamePerson, isUser } from '../src/identity.js';

test('users are keyed by user_id, else email; a visitor is neither', () => {
  assert.equal(isUser({ user_id: 'a' }), true);
  assert.equal(isUser({ email: 'a@b.c' }), true);
  assert.equal(isUser({ anonymous_id: 'x', plan: 'gold' }), false);
});

test('the same person: same user_id, same email for an email-keyed user, anyone for a visitor', () => {
  assert.equal(isSamePerson({ user_id: 'a', email: 'a@b.c' }, { user_id: 'a', email: 'new@b.c' }), true);
  assert.equal(isSamePerson({ user_id: 'a' }, { user_id: 'b' }), false);
  assert.equal(isSamePerson({ user_id: 'a' }, { email: 'a@b.c' }), false, 'no user id while a user is held');
  assert.equal(isSamePerson({ user_id: 'a' }, {}), false);
  assert.equal(isSamePerson({ email: 'a@b.c' }, { user_id: 'a', email: 'a@b.c' }), true, 'an email user gains an id');
  assert.equal(isSamePerson({ email: 'a@b.c' }, { user_id: 'a' }), false);
  assert.equal(isSamePerson({ email: 'a@b.c' }, { email: 'z@b.c' }), false);
  assert.equal(isSamePerson({ anonymous_id: 'x' }, { user_id: 'a' }), true, 'Intercom turns the visitor into the user');
  assert.equal(isSamePerson({}, {}), true);
});

test('changes: only what Intercom has not heard, nested values compared by content', () => {
  const held = { user_id: 'a', plan: 'gold', companies: [{ company_id: 'c1' }], avatar: { type: 'avatar', image_url: 'u' } };
  assert.deepEqual(changes(held, { user_id: 'a', plan: 'gold', companies: [{ company_id: 'c1' }], avatar: { type: 'avatar', image_url: 'u' } }), {});
  assert.deepEqual(changes(held, { user_id: 'a', plan: 'platinum', companies: [{ company_id: 'c2' }] }),
    { plan: 'platinum', companies: [{ company_id: 'c2' }] });
  assert.deepEqual(changes(held, { user_id: 'a', user_hash: 'h' }), { user_hash: 'h' });
  assert.deepEqual(changes({}, { plan: 0, vip: false }), { plan: 0, vip: false });
});
