// BEHAVIOUR.md "page → ping" and "group → company" through the INTERCOM class, with a fake window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayPing, recentUpdates } from '../src/budget.js';
import { INTERCOM } from '../src/index.js';

const MINUTE = 60000;

test('recentUpdates keeps the last 30 minutes', () => {
  assert.deepEqual(recentUpdates([0, 10 * MINUTE, 11 * MINUTE, 31 * MINUTE], 40 * MINUTE), [11 * MINUTE, 31 * MINUTE]);
});

test('pings leave 5 of the 20 updates to person changes', () => {
  const now = 100 * MINUTE;
  assert.equal(mayPing(Array(14).fill(now), now), true);
  assert.equal(mayPing(Array(15).fill(now), now), false);
  assert.equal(mayPing(Array(15).fill(now - 30 * MINUTE), now), true);
});

// A plugin on a fake page: window.Intercom records calls.
function plugin(config = {}) {
  const calls = [];
  globalThis.window = { Intercom: (...args) => calls.push(args), location: { href: 'https://site.test/' } };
  const intercom = new INTERCOM(Object.assign({ appId: 'abc123xy' }, config), { logLevel: 'NONE' });
  intercom._ready = true; // skips init(): no document here
  intercom._held = {}; // what init() boots: an anonymous visitor
  return { intercom, calls };
}
// A page call after the site moved to `url`.
function page(url) {
  window.location.href = url;
  return { message: { type: 'page', context: { page: { url } } } };
}

test('page: an update ping per URL; the same URL again is not re-sent', () => {
  const { intercom, calls } = plugin();
  intercom.page(page('https://site.test/a'));
  intercom.page(page('https://site.test/a'));
  intercom.page(page('https://site.test/b'));
  intercom.page(page('https://site.test/a'));
  assert.deepEqual(calls, [['update'], ['update'], ['update']]);
});

test('page: pings stop at the reserve; person updates still go and count', () => {
  const { intercom, calls } = plugin();
  for (let i = 0; i < 30; i++) intercom.page(page('https://site.test/' + i));
  assert.equal(calls.length, 15);
  intercom.identify({ message: { userId: 'u1', context: { traits: { plan: 'pro' } } } });
  assert.equal(calls.length, 16);
  assert.deepEqual(calls[15], ['update', { user_id: 'u1', plan: 'pro' }]);
  assert.equal(intercom._updates.length, 16);
});

test('group: with an identified person → update with the company', () => {
  const { intercom, calls } = plugin();
  intercom.group({ message: { userId: 'u1', groupId: 'g1', traits: { name: 'Acme', plan: 'pro' } } });
  assert.deepEqual(calls, [['update', { companies: [{ company_id: 'g1', name: 'Acme', plan: 'pro' }] }]]);
});

test('group: without an identified person → remembered, then attached to the next identify', () => {
  const { intercom, calls } = plugin();
  intercom.group({ message: { groupId: 'g1', traits: { name: 'Acme' } } });
  intercom.group({ message: { groupId: 'g1', traits: { name: 'Acme Inc' } } });
  intercom.identify({ message: { context: { traits: { plan: 'free' } } } }); // still a visitor
  assert.deepEqual(calls, [['update', { plan: 'free' }]]);
  intercom.identify({ message: { userId: 'u1', context: { traits: { company: { id: 'c2' } } } } });
  assert.deepEqual(calls[1], ['update', { user_id: 'u1', companies: [{ company_id: 'c2' }, { company_id: 'g1', name: 'Acme Inc' }] }]);
  intercom.identify({ message: { userId: 'u1', context: { traits: {} } } });
  assert.equal(calls.length, 2); // nothing new: neither the companies nor the person are sent again
});

test('group: neither groupId nor name → nothing sent', () => {
  const { intercom, calls } = plugin();
  intercom.group({ message: { userId: 'u1', traits: { plan: 'pro' } } });
  assert.deepEqual(calls, []);
});

test('track: a bad event is skipped and the next one delivered', () => {
  const { intercom, calls } = plugin();
  intercom.track({ message: { event: '  ' } });
  intercom.track({ message: { event: 'Bought', get properties() { throw new Error('boom'); } } });
  intercom.track({ message: { event: 'Next', properties: { a: 1 } } });
  assert.deepEqual(calls, [['trackEvent', 'Next', { a: 1 }]]);
});
