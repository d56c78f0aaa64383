// The INTERCOM class (index.js) running the core's commands on a fake page (fake-page.js): when the widget script is
// added for each loadMessenger mode (docs/page-speed.md), the facade and the site's launchers, the page's own calls,
// one Intercom per page, and what is logged. lifecycle.test.js covers identities through the class.
import { afterEach, beforeEach, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { INTERCOM } from '../src/index.js';
import { IDLE_MAX_MS, LOGOUT_POLL_MS, STUB_QUEUE_MAX, WIDGET_URL } from '../src/generated/constants.js';
import { withConsole } from './console.js';
import { element, fakePage } from './fake-page.js';

// Timers and the clock are mocked (the core reads Date.now): no real timer outlives a test.
beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'] }));
afterEach(() => mock.timers.reset());

const SCRIPT = `${WIDGET_URL}abc123xy`;

// A page the plugin starts on (the site has no Intercom of its own), the console's output, and the plugin.
function setUp(config = {}, page = {}, logLevel = 'WARN', analytics = {}) {
  const fake = fakePage(Object.assign({ intercom: false, readyState: 'interactive' }, page));
  globalThis.window = fake.win;
  const logged = [];
  const plugin = new INTERCOM(Object.assign({ appId: 'abc123xy' }, config), Object.assign({ logLevel }, analytics));
  return { fake, plugin, logged, start: () => withConsole(logged, () => plugin.init()) };
}

const identify = (userId, context = {}) => ({ message: { userId, context: Object.assign({ traits: {} }, context) } });

test('isLoaded and isReady: false until init, then true', () => {
  const { plugin, start } = setUp();
  assert.deepEqual([plugin.isLoaded(), plugin.isReady()], [false, false]);
  start();
  assert.deepEqual([plugin.isLoaded(), plugin.isReady()], [true, true]);
});

test('loadMessenger load: the script is added at the page\'s load event; at init when the page has loaded already', () => {
  const { fake, start } = setUp({ loadMessenger: 'load' });
  start();
  assert.deepEqual(fake.scripts(), []);
  fake.load();
  assert.deepEqual(fake.scripts(), [SCRIPT]);
  const loaded = setUp({ loadMessenger: 'load' }, { readyState: 'complete' });
  loaded.start();
  assert.deepEqual(loaded.fake.scripts(), [SCRIPT]);
});

test('loadMessenger now: the script at init; an SDK that loads no integration scripts (loadIntegration: false) gets none', () => {
  const now = setUp();
  now.start();
  assert.deepEqual(now.fake.scripts(), [SCRIPT]);
  const fake = fakePage({ intercom: false });
  globalThis.window = fake.win;
  new INTERCOM({ appId: 'abc123xy' }, { loadIntegration: false }).init();
  assert.deepEqual(fake.scripts(), []);
});

test('loadMessenger idle: the script at the first idle period after the load event, else at the cap', () => {
  const { fake, start } = setUp({ loadMessenger: 'idle' });
  start();
  fake.load();
  assert.deepEqual(fake.scripts(), []);
  fake.idle();
  assert.deepEqual(fake.scripts(), [SCRIPT]);
  const old = setUp({ loadMessenger: 'idle' }, { idle: false }); // no requestIdleCallback
  old.start();
  old.fake.load();
  mock.timers.tick(IDLE_MAX_MS - 1);
  assert.deepEqual(old.fake.scripts(), []);
  mock.timers.tick(1);
  assert.deepEqual(old.fake.scripts(), [SCRIPT]);
});

test('loadMessenger intent: the facade until the visitor reaches for it; the script then; the facade goes once Intercom has booted', () => {
  const { fake, start } = setUp({ loadMessenger: 'intent' });
  start();
  fake.load();
  fake.idle();
  const [facade] = fake.body.children;
  assert.equal(facade.tag, 'button');
  assert.deepEqual(fake.scripts(), []);
  facade.fire('mouseenter');
  facade.fire('mouseleave');
  assert.deepEqual(fake.scripts(), [SCRIPT]);
  fake.loadWidget();
  assert.deepEqual(fake.body.children, []);
});

test('loadMessenger intent: the page\'s own Intercom(\'show\') loads the widget, which then shows the Messenger', () => {
  const { fake, start } = setUp({ loadMessenger: 'intent' });
  start();
  window.Intercom('show');
  assert.deepEqual(fake.scripts(), [SCRIPT]);
  fake.loadWidget();
  assert.equal(fake.shows(), 1);
});

test('loadMessenger intent: the site\'s own launchers are watched; a reach loads the widget, and the watch ends at the boot', () => {
  const { fake, start } = setUp({ loadMessenger: 'intent', hideDefaultLauncher: true, customLauncherSelector: '#help' });
  start();
  assert.deepEqual(fake.body.children, [], 'the launcher is hidden: no facade');
  fake.dispatch('mouseover', element('a', ['#help']));
  assert.deepEqual(fake.scripts(), [SCRIPT]);
  fake.loadWidget();
  assert.deepEqual(Object.values(fake.listeners).flat(), []);
});

test('a person whose launcher is hidden takes the facade away before the load', () => {
  const { fake, plugin, start } = setUp({ loadMessenger: 'intent' });
  start();
  assert.equal(fake.body.children.length, 1);
  plugin.identify(identify('u1', { Intercom: { hideDefaultLauncher: true } }));
  assert.deepEqual(fake.body.children, []);
});

test('group calls reach Intercom', () => {
  const { fake, plugin, start } = setUp();
  start();
  fake.loadWidget();
  plugin.identify(identify('u1'));
  plugin.group({ message: { userId: 'u1', groupId: 'g1', traits: { name: 'One' } } });
  assert.deepEqual(fake.calls.filter((c) => c[0] === 'update').at(-1),
    ['update', { companies: [{ company_id: 'g1', name: 'One' }] }]);
});

test('one Intercom per page: a second instance refuses to exist, naming both App IDs', () => {
  const { start, logged } = setUp();
  start();
  withConsole(logged, () => assert.throws(() => new INTERCOM({ appId: 'other1' }, {}),
    /one Intercom per page: other1 refused, abc123xy already loaded/));
  assert.deepEqual(logged, [['error', '[Intercom]', 'one Intercom per page: other1 refused, abc123xy already loaded']]);
});

test('events before init are dropped; an event that fails is logged and skipped, never thrown', () => {
  const { fake, plugin, start, logged } = setUp();
  withConsole(logged, () => plugin.group({ message: { groupId: 'early', traits: {} } }));
  start();
  fake.loadWidget();
  const hostile = { message: { userId: 'u1', get context() { throw new Error('boom'); } } };
  withConsole(logged, () => plugin.identify(hostile));
  assert.deepEqual(logged, [['error', '[Intercom]', 'event failed:', 'boom']]);
  assert.deepEqual(fake.calls.filter((c) => c[0] !== 'ready'), [], 'nothing of either reached Intercom');
  plugin.identify(identify('u1'));
  assert.deepEqual(fake.calls.at(-1), ['update', { user_id: 'u1' }], 'the group before init joined no one');
});

test('what the core logs reaches the console at its level, once per problem for the widget', () => {
  const { fake, plugin, start, logged } = setUp();
  start();
  withConsole(logged, () => {
    plugin.track({ message: { properties: {} } });
    for (let i = 0; i <= STUB_QUEUE_MAX; i++) window.Intercom('trackEvent', `e${i}`); // the stub's queue overflows
    fake.head.children[0].onerror(); // and the script fails
  });
  assert.deepEqual(logged, [['warn', '[Intercom]', 'track without event name skipped'],
    ['warn', '[Intercom]', 'Intercom widget not loaded: calls dropped']]);
  const failed = setUp();
  failed.start();
  withConsole(failed.logged, () => failed.fake.head.children[0].onerror());
  assert.deepEqual(failed.logged, [['warn', '[Intercom]', 'Intercom widget failed to load']]);
});

test('one timer, armed only when the core\'s wake moves: kept through a user\'s events, none left after a logout', () => {
  let armed = 0;
  const mocked = globalThis.setTimeout;
  globalThis.setTimeout = (...args) => { armed += 1; return mocked(...args); };
  try {
    const sdk = { userId: 'u1' };
    const { fake, plugin, start } = setUp({}, {}, 'WARN', { getUserId: () => sdk.userId, getUserTraits: () => ({}) });
    start(); // a reload: the SDK stores u1, polled for a logout
    fake.loadWidget();
    assert.equal(armed, 1);
    for (let i = 0; i < 10; i++) plugin.track({ message: { event: 'Clicked', userId: 'u1' } });
    assert.equal(armed, 1, 'the armed wake still serves');
    sdk.userId = ''; // reset(), noticed by the next event
    plugin.track({ message: { event: 'Clicked' } });
    assert.equal(fake.calls.filter((c) => c[0] === 'shutdown').length, 1);
    mock.timers.tick(10 * LOGOUT_POLL_MS);
    assert.equal(armed, 1, 'a visitor: no timer');
  } finally {
    globalThis.setTimeout = mocked;
  }
});
