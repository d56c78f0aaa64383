// docs/mapping.md "Identity lifecycle" and "Messenger events" through the INTERCOM class, with a fake page whose
// window.Intercom records calls and a fake SDK whose getters the test changes (as reset() and identify() do).
import { afterEach, beforeEach, test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { INTERCOM } from '../src/index.js';
import { LOGOUT_POLL_MS } from '../src/generated/constants.js';
import { withConsole } from './console.js';

// Timers and the clock are mocked (the core reads Date.now): no real timer outlives a test, even a failing one.
beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'] }));
afterEach(() => mock.timers.reset());

function setUp(config = {}, stored = {}, more = {}) {
  const calls = [];
  const tracked = [];
  const sdk = Object.assign({ userId: '', traits: {}, anonymousId: 'anon-1' }, stored);
  globalThis.window = { location: { href: 'https://site.test/' }, document: { readyState: 'complete' } };
  const analytics = {
    loadIntegration: false, // no document needed: nothing is injected
    logLevel: 'NONE',
    getUserId: () => sdk.userId,
    getUserTraits: () => sdk.traits,
    getAnonymousId: () => sdk.anonymousId,
    track: (...args) => tracked.push(args),
    ...more, // more of what the SDK passes (loadOnlyIntegrations, getters)
  };
  const plugin = new INTERCOM(Object.assign({ appId: 'abc123xy' }, config), analytics);
  plugin.init(); // installs the plugin's own stub; what it queued at init is what the widget would replay
  calls.push(...window.Intercom.q.map((args) => Array.from(args)));
  window.Intercom = (...args) => calls.push(args);
  return { plugin, calls, tracked, sdk };
}

// What the SDKs deliver: the message carries the SDK's user id and stored traits.
function identify(sdk, userId, traits, intercom) {
  sdk.userId = userId;
  sdk.traits = Object.assign({}, sdk.traits, traits);
  return { message: { userId, anonymousId: sdk.anonymousId, context: { traits: sdk.traits, Intercom: intercom } } };
}
const reset = (sdk) => Object.assign(sdk, { userId: '', traits: {} });
const event = (sdk) => ({ message: { event: 'Clicked', userId: sdk.userId, anonymousId: sdk.anonymousId } });

test('init boots a visitor from intercomSettings, without any call', () => {
  const { plugin, calls } = setUp();
  assert.deepEqual(calls, []);
  assert.equal(window.intercomSettings.app_id, 'abc123xy');
  assert.equal('user_id' in window.intercomSettings, false);
  assert.deepEqual(plugin._state._held, {});
});

test('a user the SDK remembers (a reload) is in intercomSettings from the start', () => {
  const { plugin, sdk, calls } = setUp({}, { userId: 'A', traits: { email: 'a@x.io', plan: 'gold' } });
  assert.equal(window.intercomSettings.user_id, 'A');
  assert.equal(window.intercomSettings.plan, 'gold');
  plugin.identify(identify(sdk, 'A', {}));
  assert.deepEqual(calls, [], 'nothing new');
  plugin.identify(identify(sdk, 'A', {}, { user_hash: 'hA' }));
  assert.equal(calls.length, 1);
  assert.equal(calls[0][0], 'boot', 'booted again with the token: no shutdown, the same person');
  assert.equal(calls[0][1].user_hash, 'hA');
  assert.equal(calls[0][1].plan, 'gold');
});

test('visitor → user: update; the same user: only what changed; another user: shutdown then only their data', () => {
  const { plugin, sdk, calls } = setUp();
  plugin.identify(identify(sdk, 'A', { email: 'a@x.io', plan: 'gold', company: { id: 'c1' } }, { user_hash: 'hA' }));
  assert.deepEqual(calls, [['update', { user_id: 'A', email: 'a@x.io', user_hash: 'hA', companies: [{ company_id: 'c1' }], plan: 'gold' }]]);
  plugin.identify(identify(sdk, 'A', { plan: 'gold' }, { user_hash: 'hA' }));
  plugin.identify(identify(sdk, 'A', { plan: 'platinum' }, { user_hash: 'hA' }));
  assert.deepEqual(calls.slice(1), [['update', { plan: 'platinum' }]]);
  sdk.traits = {}; // the SDKs reset on a new user id
  plugin.identify(identify(sdk, 'B', { email: 'b@x.io' }));
  assert.deepEqual(calls.slice(2).map((c) => c[0]), ['shutdown', 'boot']);
  const booted = calls[3][1];
  assert.equal(booted.app_id, 'abc123xy');
  assert.deepEqual([booted.user_id, booted.email, booted.plan, booted.companies, booted.user_hash], ['B', 'b@x.io', undefined, undefined, undefined]);
  assert.deepEqual(window.intercomSettings, booted);
});

test('reset(): noticed by the timer with no further event; nothing runs while a visitor is booted', () => {
  const { plugin, sdk, calls } = setUp();
  assert.equal(plugin._wakeAt, undefined, 'no timer for a visitor');
  plugin.identify(identify(sdk, 'A', { email: 'a@x.io' }));
  mock.timers.tick(LOGOUT_POLL_MS * 3);
  assert.equal(calls.length, 1, 'still logged in: nothing sent');
  reset(sdk);
  mock.timers.tick(LOGOUT_POLL_MS);
  assert.deepEqual(calls.slice(1).map((c) => c[0]), ['shutdown', 'boot']);
  assert.equal(calls[2][1].user_id, undefined);
  assert.equal(calls[2][1].email, undefined);
  assert.equal(plugin._wakeAt, undefined, 'the timer stopped with the user');
});

test('an event without a user id: a logout when the SDK agrees, else a buffered event from before the login', () => {
  const { plugin, sdk, calls } = setUp({}, { userId: 'A' });
  plugin.track({ message: { event: 'Before login', anonymousId: 'anon-1' } }); // the SDK still holds A
  plugin.identify({ message: { anonymousId: 'anon-1', context: { traits: { plan: 'old' } } } });
  assert.deepEqual(calls.map((c) => c[0]), ['trackEvent']);
  reset(sdk);
  plugin.track(event(sdk));
  assert.deepEqual(calls.slice(1).map((c) => c[0]), ['shutdown', 'boot', 'trackEvent']);
});

test('bootAnonymousVisitors: false: nobody and nothing sent until someone identifies; after logout nothing more', () => {
  const { plugin, sdk, calls } = setUp({ bootAnonymousVisitors: false });
  assert.equal(plugin._state._held, null);
  plugin.page({ message: {} });
  plugin.track(event(sdk));
  plugin.identify(identify(sdk, '', { plan: 'free' })); // still anonymous
  assert.deepEqual(calls, []);
  plugin.identify(identify(sdk, 'A', { email: 'a@x.io' }));
  assert.deepEqual(calls.map((c) => c[0]), ['boot']);
  assert.equal(calls[0][1].user_id, 'A');
  reset(sdk);
  plugin.track(event(sdk));
  plugin.page({ message: {} });
  assert.deepEqual(calls.map((c) => c[0]), ['boot', 'shutdown']);
  assert.equal(window.intercomSettings.app_id, undefined, 'a widget still loading boots nobody');
});

test('Messenger events: reported through analytics.track, kept away from Intercom, registered once', () => {
  const { plugin, sdk, calls, tracked } = setUp({ trackMessengerEvents: true });
  plugin.identify(identify(sdk, 'A', { email: 'a@x.io' }));
  sdk.traits = {};
  plugin.identify(identify(sdk, 'B', { email: 'b@x.io' })); // shutdown + boot
  const registered = calls.filter((c) => typeof c[1] === 'function');
  assert.deepEqual(registered.map((c) => c[0]), ['onShow', 'onHide', 'onUnreadCountChange', 'onUserEmailSupplied']);
  registered[0][1]();
  registered[2][1](4);
  assert.deepEqual(tracked, [
    ['Intercom Messenger Opened', {}, { integrations: { Intercom: false } }],
    ['Intercom Unread Count Changed', { unread_count: 4 }, { integrations: { Intercom: false } }],
  ]);
});

test('sendAnonymousId: the visitor carries it, a new one is sent with the next event', () => {
  const { plugin, sdk, calls } = setUp({ sendAnonymousId: true });
  assert.equal(window.intercomSettings.anonymous_id, 'anon-1');
  sdk.anonymousId = 'anon-2';
  plugin.track(event(sdk));
  assert.deepEqual(calls, [['update', { anonymous_id: 'anon-2' }], ['trackEvent', 'Clicked', {}]]);
});

test('page options (v1.1 names the destination INTERCOM) win over the config: bootAnonymousVisitors: false boots nobody', () => {
  const page = { loadOnlyIntegrations: { All: true, INTERCOM: { bootAnonymousVisitors: false, alignment: 'left' } } };
  const { plugin, calls } = setUp({ bootAnonymousVisitors: true, alignment: 'right' }, {}, page);
  assert.equal(plugin._state._held, null);
  assert.deepEqual(calls, []);
  assert.equal(window.intercomSettings.alignment, 'left');
  assert.equal(window.intercomSettings.user_id, undefined);
});

test("a real hosted config (appId and the SDK's filtering and consent keys) logs nothing, even at DEBUG", () => {
  const logged = [];
  withConsole(logged, () => {
    globalThis.window = { location: { href: 'https://site.test/' }, document: { readyState: 'complete' } };
    const hosted = { appId: 'abc123xy', blacklistedEvents: [{ eventName: '' }], whitelistedEvents: [{ eventName: '' }],
      eventFilteringOption: 'disable', oneTrustCookieCategories: [], consentManagement: [], connectionMode: 'device',
      useNativeSDK: { web: true } };
    const plugin = new INTERCOM(hosted, { loadIntegration: false, logLevel: 'DEBUG',
      loadOnlyIntegrations: { All: true, Intercom: { sendAnonymousId: true } } });
    plugin.init();
    assert.equal(plugin._state.options.sendAnonymousId, true);
  });
  assert.deepEqual(logged, []);
});

test("storage none / before consent: getUserId() always '' — the user identified stays booted and gets the events", () => {
  const { plugin, sdk, calls } = setUp({}, {}, { getUserId: () => '', getUserTraits: () => ({}) });
  plugin.identify({ message: { userId: 'u1', anonymousId: sdk.anonymousId, context: { traits: { plan: 'pro' } } } });
  plugin.track({ message: { event: 'Clicked', anonymousId: sdk.anonymousId } }); // no userId: the SDK keeps none
  mock.timers.tick(LOGOUT_POLL_MS * 20);
  window.location.href = 'https://site.test/next';
  plugin.page({ message: { anonymousId: sdk.anonymousId } });
  assert.deepEqual(calls.map((c) => c[0]), ['update', 'trackEvent', 'update']);
  assert.deepEqual(calls[0][1], { user_id: 'u1', plan: 'pro' });
  assert.equal(plugin._state._held.user_id, 'u1');
  assert.notEqual(plugin._wakeAt, undefined, 'still polling: a consent later may store the user');
});
