import { test } from 'node:test';
import assert from 'node:assert/strict';
import { subscribe } from '../src/messenger.js';
import { MESSENGER_EVENTS } from '../src/generated/constants.js';

function setUp() {
  const callbacks = {};
  const tracked = [];
  subscribe((name, fn) => { assert.equal(callbacks[name], undefined); callbacks[name] = fn; }, (name, props) => tracked.push([name, props]));
  return { callbacks, tracked };
}

test('every Messenger callback of the spec is registered once', () => {
  const { callbacks } = setUp();
  assert.deepEqual(Object.keys(callbacks), Object.keys(MESSENGER_EVENTS));
});

test('opens, closes and email captures become track events without properties (no email)', () => {
  const { callbacks, tracked } = setUp();
  callbacks.onShow();
  callbacks.onHide();
  callbacks.onUserEmailSupplied('someone@example.com');
  assert.deepEqual(tracked, [['Intercom Messenger Opened', {}], ['Intercom Messenger Closed', {}], ['Intercom Email Supplied', {}]]);
});

test('unread counts: only changes, not the first report of 0, numbers only', () => {
  const { callbacks, tracked } = setUp();
  for (const n of [0, 0, 2, 2, '3', NaN, undefined, 5, 0]) callbacks.onUnreadCountChange(n);
  assert.deepEqual(tracked.map(([, props]) => props), [{ unread_count: 2 }, { unread_count: 5 }, { unread_count: 0 }]);
});
