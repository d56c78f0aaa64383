// When the Messenger loads (docs/page-speed.md), decided by the session core: sessions before and after the load
// played as data, time as an argument; no window, no timers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDLE_MAX_MS, LAUNCHER, LOGOUT_POLL_MS, STUB_QUEUE_MAX, UPDATE_BUDGET } from '../src/generated/constants.js';
import { group, heldBy, identify, page, session, SETTINGS, track } from './session.js';

const intent = { type: 'intent' };
const windowLoad = { type: 'windowLoad' };
const idle = { type: 'idle' };
const DEFAULT_LOOK = { side: 'right', sideOffset: LAUNCHER.offset_px, bottomOffset: LAUNCHER.offset_px,
  zIndex: LAUNCHER.z_index, color: LAUNCHER.color };
const names = (commands) => commands.map((c) => c[0]);

// The commands each mode gives at init, on a page whose load event has not fired yet (and has, where it matters).
const AT_INIT = [
  ['now', {}, false, [['settings', SETTINGS], ['inject']]],
  ['load', {}, false, [['await', 'windowLoad']]],
  ['load', {}, true, [['settings', SETTINGS], ['inject']]],
  ['idle', {}, false, [['await', 'windowLoad']]],
  ['idle', {}, true, [['await', 'idle']]],
  ['intent', {}, false, [['facade', DEFAULT_LOOK]]],
  ['intent', { hide_default_launcher: true }, false, []],
  ['intent', { hide_default_launcher: true, custom_launcher_selector: '#chat' }, false, [['launchers', '#chat']]],
  ['load', { custom_launcher_selector: '.help' }, false, [['await', 'windowLoad'], ['launchers', '.help']]],
];

for (const [mode, settings, pageLoaded, expected] of AT_INIT) {
  test(`init, loadMessenger ${mode}${pageLoaded ? ' after window load' : ''} ${JSON.stringify(settings)}: ${JSON.stringify(names(expected))}`, () => {
    const s = session({ loadMessenger: mode }, undefined, { settings, pageLoaded });
    const full = (command) => (command[0] === 'settings' ? ['settings', Object.assign({}, SETTINGS, settings)] : command);
    assert.deepEqual(s.commands(), expected.map(full));
  });
}

test('bootAnonymousVisitors: false: no facade and nothing loaded for a visitor; the first identified person gets the facade (intent) or the load (other modes)', () => {
  const intentPage = session({ loadMessenger: 'intent', bootAnonymousVisitors: false });
  assert.deepEqual(intentPage.commands(), []);
  intentPage.play(track('Viewed'), 1).play(intent, 2);
  assert.deepEqual(intentPage.commands(), [], 'nobody: the reach loads nothing, the event is dropped');
  const from = intentPage.sent.length;
  intentPage.play(identify('u1'), 3);
  // The visitor had reached already (intent at 2): the person loads at once, without a facade.
  assert.deepEqual(intentPage.commands(from), [['settings', Object.assign({}, SETTINGS, { user_id: 'u1' })], ['inject']]);

  const fresh = session({ loadMessenger: 'intent', bootAnonymousVisitors: false });
  fresh.play(identify('u1'), 1);
  assert.deepEqual(fresh.commands(), [['facade', DEFAULT_LOOK]]);

  for (const mode of ['now', 'load', 'idle']) {
    const s = session({ loadMessenger: mode, bootAnonymousVisitors: false }, undefined, { pageLoaded: true });
    s.until(IDLE_MAX_MS); // idle: the cap passes with nobody to boot
    assert.ok(!names(s.commands()).includes('inject'), mode);
    s.play(identify('u1'), IDLE_MAX_MS + 1);
    assert.deepEqual(names(s.commands()).filter((n) => n === 'settings' || n === 'inject'), ['settings', 'inject'], mode);
  }
});

test('load: the widget is requested at the page\'s load event, not before', () => {
  const s = session({ loadMessenger: 'load' });
  s.play(identify('u1'), 10).play(track('Early'), 20);
  assert.deepEqual(names(s.commands()), ['await']);
  const from = s.sent.length;
  s.play(windowLoad, 30);
  assert.deepEqual(names(s.commands(from)), ['settings', 'inject', 'trackEvent']);
});

test('idle: at the first idle period after the load event, else at most IDLE_MAX_MS after it', () => {
  const early = session({ loadMessenger: 'idle' });
  early.play(windowLoad, 100);
  assert.deepEqual(early.commands(1), [['await', 'idle']]);
  assert.equal(early.state._wakeAt, 100 + IDLE_MAX_MS, 'a wake at the cap');
  early.play(idle, 400);
  assert.deepEqual(names(early.commands(2)), ['settings', 'inject']);
  assert.equal(early.state._wakeAt, undefined, 'no wake left for the cap');

  const busy = session({ loadMessenger: 'idle' });
  busy.play(windowLoad, 100).until(100 + IDLE_MAX_MS - 1);
  assert.ok(!names(busy.commands()).includes('inject'));
  busy.until(100 + IDLE_MAX_MS);
  assert.deepEqual(busy.sent.slice(2).map((c) => [c.at, c.command[0]]), [[100 + IDLE_MAX_MS, 'settings'], [100 + IDLE_MAX_MS, 'inject']]);
  busy.play(idle, 100 + IDLE_MAX_MS + 50);
  assert.equal(names(busy.commands()).filter((n) => n === 'inject').length, 1, 'a late idle period loads nothing again');
});

test('idle with a stored user: the logout polls before the idle moment load nothing; the cap does', () => {
  const s = session({ loadMessenger: 'idle' }, () => heldBy('u1'));
  s.play(windowLoad, 100).until(100 + IDLE_MAX_MS - 1);
  assert.ok(s.sent.filter((c) => c.at > 100).length === 0 && !names(s.commands()).includes('inject'),
    'woken every LOGOUT_POLL_MS, and still waiting for an idle period');
  s.until(100 + IDLE_MAX_MS);
  assert.deepEqual(names(s.commands()).slice(-2), ['settings', 'inject']);
});

test('intent: nothing but the facade until the visitor reaches; then the settings, the script and what was kept; a second reach adds nothing', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play(identify('u1', { plan: 'pro' }), 1).play(windowLoad, 2).play(idle, 3).until(60000);
  assert.deepEqual(s.commands(), [['facade', DEFAULT_LOOK]]);
  s.play(intent, 60001);
  assert.deepEqual(s.commands(1), [['settings', Object.assign({}, SETTINGS, { user_id: 'u1', plan: 'pro' })], ['inject']]);
  s.play(intent, 60002);
  assert.equal(s.sent.length, 3, 'a reach after the load is nothing new (the facade goes when Intercom has booted)');
});

test('a switch before the load boots only the second person; the first person\'s kept trackEvents go with them', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play(identify('A', { secret: 'a-only', company: { id: 'company-of-a', name: 'A Co' } }), 1).play(track('A did'), 2);
  s.play(identify('B', { email: 'b@x.io' }), 3).play(track('B did'), 4);
  s.play(intent, 5);
  assert.deepEqual(s.commands(1), [['log', 'debug', '1 trackEvents of the previous person dropped before the load'],
    ['settings', Object.assign({}, SETTINGS, { user_id: 'B', email: 'b@x.io' })], ['inject'], ['trackEvent', 'B did', {}]]);
  assert.deepEqual(s.intercom, { user_id: 'B', email: 'b@x.io' });
  assert.ok(!/a-only|company-of-a|A did/.test(JSON.stringify(s.commands())), 'nothing of A reaches B');
});

test('the user the page started with switches before the load: the load shuts that session down, then boots only the next', () => {
  const getters = heldBy('A', { plan: 'a-plan' }); // a reload: the SDK stores A, whose session Intercom's cookies may hold
  const s = session({ loadMessenger: 'intent' }, () => getters);
  assert.deepEqual(s.commands(), [['facade', DEFAULT_LOOK]]);
  Object.assign(getters, heldBy('B'));
  s.play(identify('B', { email: 'b@x.io' }), 1).play(intent, 2);
  const B = Object.assign({}, SETTINGS, { user_id: 'B', email: 'b@x.io' });
  const withoutApp = Object.assign({}, B);
  delete withoutApp.app_id;
  assert.deepEqual(s.commands(1), [['settings', withoutApp], ['inject'], ['shutdown'], ['boot', B]]);
  assert.deepEqual(s.intercom, { user_id: 'B', email: 'b@x.io' });
});

test('the user the page started with stays: the load boots them, with no shutdown', () => {
  const s = session({ loadMessenger: 'intent' }, () => heldBy('A', { plan: 'gold' }));
  s.play(identify('A', { plan: 'platinum' }), 1).play(intent, 2);
  assert.deepEqual(names(s.commands(1)), ['settings', 'inject']);
  assert.deepEqual(s.intercom, { user_id: 'A', plan: 'platinum' });
});

test('a logout before the load boots a visitor, after shutting down the session the page started with', () => {
  const getters = heldBy('A', { plan: 'gold' });
  const s = session({ loadMessenger: 'intent' }, () => getters);
  s.play(track('A did'), 1);
  Object.assign(getters, heldBy('')); // reset()
  s.until(1 + LOGOUT_POLL_MS).play(track('Visitor did'), 2000).play(intent, 3000);
  const withoutApp = Object.assign({}, SETTINGS);
  delete withoutApp.app_id;
  assert.deepEqual(s.commands(2), [['settings', withoutApp], ['inject'], ['shutdown'], ['boot', SETTINGS],
    ['trackEvent', 'Visitor did', {}]]);
  assert.equal(s.commands()[1][0], 'log', 'A\'s trackEvent went with A');
  assert.deepEqual(s.intercom, {});
  assert.equal(s.state._wakeAt, undefined, 'a visitor: no timer');
});

test('a logout before the load of the user the page started with loads the widget at once to end their session, whatever the mode; with bootAnonymousVisitors: false nobody is booted after', () => {
  const getters = heldBy('A');
  const s = session({ loadMessenger: 'intent', bootAnonymousVisitors: false }, () => getters);
  s.play(track('A did'), 1);
  Object.assign(getters, heldBy(''));
  s.until(1 + LOGOUT_POLL_MS);
  // Intercom's cookies may hold A's session from an earlier page: it ends now, not on some later page.
  assert.deepEqual(names(s.commands()), ['facade', 'log', 'settings', 'inject', 'shutdown', 'facade']);
  assert.equal(s.commands()[2][1].app_id, undefined, 'the widget does not boot itself');
  assert.deepEqual(s.commands()[5], ['facade', null]);
  s.play(track('Nobody did'), 2000).play(intent, 2001);
  assert.equal(s.sent.length, 6, 'nobody: nothing is sent, the event is dropped');
  Object.assign(getters, heldBy('B'));
  s.play(identify('B'), 3000);
  assert.deepEqual(names(s.commands(6)), ['settings', 'boot']);
  assert.equal(s.commands(6)[1][1].user_id, 'B');
});

test('a logout before the load with a visitor to boot: the widget loads at once, ends the session, boots the visitor', () => {
  const getters = heldBy('A');
  const s = session({ loadMessenger: 'intent' }, () => getters);
  Object.assign(getters, heldBy(''));
  s.until(LOGOUT_POLL_MS);
  // The facade stays until Intercom has booted (the class takes it away then).
  assert.deepEqual(names(s.commands()), ['facade', 'settings', 'inject', 'shutdown', 'boot']);
  assert.equal(s.commands()[4][1].user_id, undefined, 'a fresh visitor');
});

test('50 events before the load arrive in order after the boot, with identify and group merged into it', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play(identify('u1', { plan: 'free' }), 1).play(group('g1', { name: 'One' }, 'u1'), 2);
  for (let i = 0; i < 50; i++) s.play(track(`E${i}`, 'u1', { i }), 10 + i);
  s.play(identify('u1', { plan: 'pro' }), 100).play(intent, 200);
  const after = s.commands(1);
  assert.deepEqual(after[0], ['settings', Object.assign({}, SETTINGS,
    { user_id: 'u1', plan: 'pro', companies: [{ company_id: 'g1', name: 'One' }] })]);
  assert.deepEqual(after[1], ['inject']);
  assert.deepEqual(after.slice(2), Array.from({ length: 50 }, (_, i) => ['trackEvent', `E${i}`, { i }]));
  assert.equal(s.updates().length, 0, 'the boot carries every change: no update');
});

test('before the load: at most STUB_QUEUE_MAX trackEvents are kept, the first ones, with one warning', () => {
  const s = session({ loadMessenger: 'intent' });
  for (let i = 0; i < STUB_QUEUE_MAX + 50; i++) s.play(track(`E${i}`), i + 1);
  const warnings = s.commands().filter((c) => c[0] === 'log');
  assert.deepEqual(warnings, [['log', 'warn', `Intercom not loaded yet: trackEvents past the first ${STUB_QUEUE_MAX} dropped`]]);
  s.play(intent, 1000);
  const events = s.commands().filter((c) => c[0] === 'trackEvent');
  assert.equal(events.length, STUB_QUEUE_MAX);
  assert.deepEqual([events[0][1], events[STUB_QUEUE_MAX - 1][1]], ['E0', `E${STUB_QUEUE_MAX - 1}`]);
});

test('Intercom\'s update budget starts with the load: none of it is spent before', () => {
  const s = session({ loadMessenger: 'intent' });
  for (let i = 0; i < 30; i++) s.play(identify('u1', { n: i }), i).play(page(`/p${i}`), i);
  assert.equal(s.updates().length, 0);
  s.play(intent, 100);
  assert.equal(s.state._sent.length, 0, 'the boot is not counted');
  for (let i = 0; i < UPDATE_BUDGET; i++) s.play(identify('u1', { after: i }), 200 + i);
  assert.equal(s.updates().length, UPDATE_BUDGET, 'the whole budget is there after the load');
  assert.equal(s.state._pending, undefined);
});

test('the boot pings the page the visitor is on: a page() before the load adds no ping, a later navigation does', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play(page('/a'), 1).play(page('/b'), 2).play(intent, 3);
  assert.deepEqual(names(s.commands(1)), ['settings', 'inject']);
  s.play(page('/b'), 4);
  assert.equal(s.updates().length, 0, 'the boot was the ping of /b');
  s.play(page('/c'), 5);
  assert.deepEqual(s.updates().map((u) => u.command), [['update']]);
});

test('without a page() before the load, the first page() after it pings, as a boot at init does', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play(intent, 1).play(page('/'), 2);
  assert.deepEqual(s.updates().map((u) => u.command), [['update']]);
});

test('after the load everything is as with loadMessenger now: updates, trackEvents and switches go at once', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play(intent, 1);
  const from = s.sent.length;
  s.play(identify('u1'), 2).play(track('Now'), 3).play(identify('u2'), 4);
  assert.deepEqual(names(s.commands(from)), ['update', 'trackEvent', 'shutdown', 'settings', 'boot']);
});

test('the facade\'s look: alignment, paddings, z-index and action colour of the Messenger settings', () => {
  const settings = { alignment: 'left', horizontal_padding: 40, vertical_padding: 64, z_index: 10, action_color: '#ff0066' };
  const s = session({ loadMessenger: 'intent' }, undefined, { settings });
  assert.deepEqual(s.commands(), [['facade', { side: 'left', sideOffset: 40, bottomOffset: 64, zIndex: 10, color: '#ff0066' }]]);
  const zero = session({ loadMessenger: 'intent' }, undefined, { settings: { z_index: 0 } });
  assert.equal(zero.commands()[0][1].zIndex, 0, 'z_index 0 is a z-index');
});

test('a person whose launcher is hidden (context.Intercom.hideDefaultLauncher) takes the facade away before the load', () => {
  const s = session({ loadMessenger: 'intent' });
  s.play({ type: 'identify', message: { userId: 'u1', context: { Intercom: { hideDefaultLauncher: true } } } }, 1);
  assert.deepEqual(s.commands(), [['facade', DEFAULT_LOOK], ['facade', null]]);
});

test('the site\'s launchers are watched from init to the load in the deferred modes; not with loadMessenger now', () => {
  const settings = { custom_launcher_selector: '#help' };
  assert.deepEqual(session({ loadMessenger: 'now' }, undefined, { settings }).commands().filter((c) => c[0] === 'launchers'), []);
  const s = session({ loadMessenger: 'idle' }, undefined, { settings });
  s.play(intent, 1);
  assert.deepEqual(names(s.commands()), ['await', 'launchers', 'settings', 'inject'], 'a reach loads in any deferred mode');
});

test('idle: a reach before the page\'s load event loads at once; the load event then asks for nothing more', () => {
  const s = session({ loadMessenger: 'idle' });
  s.play(intent, 10).play(windowLoad, 20).until(20 + IDLE_MAX_MS);
  assert.deepEqual(names(s.commands()), ['await', 'settings', 'inject']);
  assert.equal(s.state._wakeAt, undefined);
});

test('the site loads Intercom itself: nothing to defer in any mode (no wait, no facade); the SDK\'s stored user reaches it as an update', () => {
  for (const mode of ['now', 'load', 'idle', 'intent']) {
    const visitor = session({ loadMessenger: mode }, undefined, { ownIntercom: true, settings: { custom_launcher_selector: '#chat' } });
    assert.deepEqual(visitor.commands(), [['settings', Object.assign({}, SETTINGS, { custom_launcher_selector: '#chat' })]], mode);
    const user = session({ loadMessenger: mode }, () => heldBy('A', { plan: 'gold' }), { ownIntercom: true });
    // Such an Intercom never reads intercomSettings again: A's data goes as an update.
    assert.deepEqual(user.commands(), [['settings', Object.assign({}, SETTINGS, { user_id: 'A', plan: 'gold' })],
      ['update', { user_id: 'A', plan: 'gold' }]], mode);
    user.play(track('Clicked', 'A'), 1);
    assert.equal(user.commands().at(-1)[0], 'trackEvent', `${mode}: events go at once`);
  }
});
