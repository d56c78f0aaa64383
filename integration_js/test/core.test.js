// The session core (docs/architecture.md, docs/delivery.md): whole sessions played as data, time as an argument;
// no window, no timers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { changes } from '../src/core.js';
import { personFromIdentify } from '../src/person.js';
import { group, heldBy, identify, page, session } from './session.js';
import { LOGOUT_POLL_MS, PING_RESERVE, UPDATE_BUDGET, UPDATE_WINDOW_MS } from '../src/generated/constants.js';

const MINUTE = 60000;
// make mutate sets fewer runs (docs/testing.md "Mutation score"): every mutant the property reaches reruns it.
const RUNS = Number(process.env.PROPERTY_RUNS) || 1000;

// The most updates any rolling window holds.
const busiest = (updates) => Math.max(0, ...updates.map((u) => updates.filter((v) => v.at >= u.at && v.at - u.at < UPDATE_WINDOW_MS).length));

test('30 changing identifies: 20 updates, then one merged update with every key\'s latest value when a slot frees', () => {
  const s = session();
  for (let i = 0; i < 30; i++) s.play(identify('u1', { plan: `p${i}`, [`k${i % 12}`]: i, seats: i }), i * 1000);
  assert.equal(s.updates().length, UPDATE_BUDGET);
  assert.ok(s.state._pending, 'the rest waits, merged');
  assert.equal(s.state._wakeAt, UPDATE_WINDOW_MS, 'woken when the first update leaves the window');
  s.until(UPDATE_WINDOW_MS);
  const updates = s.updates();
  assert.equal(updates.length, UPDATE_BUDGET + 1);
  assert.deepEqual(updates[UPDATE_BUDGET], { at: UPDATE_WINDOW_MS, command: ['update', {
    plan: 'p29', seats: 29, k8: 20, k9: 21, k10: 22, k11: 23, k0: 24, k1: 25, k2: 26, k3: 27, k4: 28, k5: 29 }] });
  assert.deepEqual(s.intercom, personFromIdentify(identify('u1', Object.assign({ plan: 'p29', seats: 29 },
    ...Array.from({ length: 30 }, (_, i) => ({ [`k${i % 12}`]: i })))).message));
  assert.equal(s.state._pending, undefined);
  assert.equal(s.state._wakeAt, undefined, 'no timer while nothing is pending');
});

test('40 navigations over 7 minutes: never more than 20 updates in 30 minutes; the last URL is pinged in the end', () => {
  const s = session();
  for (let i = 0; i < 40; i++) s.play(page(`/p${i}`), i * (7 * MINUTE / 40));
  const pings = s.updates();
  assert.equal(pings.length, UPDATE_BUDGET - PING_RESERVE, 'pings leave the reserve to person changes');
  assert.equal(s.state._ping, '/p39', 'one ping pending: the latest URL');
  s.until(2 * UPDATE_WINDOW_MS);
  const all = s.updates();
  assert.equal(all.length, UPDATE_BUDGET - PING_RESERVE + 1);
  assert.equal(all[all.length - 1].at, UPDATE_WINDOW_MS, 'at the first free slot');
  assert.equal(s.state._pinged, '/p39');
  assert.ok(busiest(all) <= UPDATE_BUDGET);
  assert.equal(s.state._wakeAt, undefined);
});

test('the same URL twice in a row is pinged once; back to the pinged URL cancels a pending ping', () => {
  const s = session();
  s.play(page('/a'), 1).play(page('/a'), 2).play(page('/b'), 3);
  assert.deepEqual(s.updates().map((u) => u.command), [['update'], ['update']]);
  for (let i = 0; i < 20; i++) s.play(page(`/x${i}`), 10 + i);
  s.play(page('/c'), 100).play(page(s.state._pinged), 101);
  assert.equal(s.state._ping, undefined);
});

test('a person change while pings have used their budget goes at once, and counts as the ping of its page', () => {
  const s = session();
  for (let i = 0; i < 20; i++) s.play(page(`/p${i}`), i * 1000);
  assert.equal(s.updates().length, UPDATE_BUDGET - PING_RESERVE);
  s.play(identify('u1', { plan: 'gold' }), 30000);
  const last = s.updates().pop();
  assert.deepEqual(last, { at: 30000, command: ['update', { user_id: 'u1', plan: 'gold' }] });
  assert.equal(s.state._pinged, '/p19');
  assert.equal(s.state._ping, undefined, 'the update with data was the ping of /p19');
});

test('person changes go before the pending ping', () => {
  const s = session();
  for (let i = 0; i < UPDATE_BUDGET; i++) s.play(identify('u1', { n: i }), i);
  s.play(page('/later', 'u1'), 100).play(identify('u1', { n: 'last' }), 200);
  s.until(UPDATE_WINDOW_MS + 1000);
  const after = s.updates().slice(UPDATE_BUDGET);
  assert.deepEqual(after.map((u) => u.command), [['update', { n: 'last' }]], 'the change, sent from /later, was its ping');
  assert.equal(s.state._pinged, '/later');
});

test('a switch with changes pending: shutdown, boot B with only B\'s data; A\'s pending changes are dropped', () => {
  const s = session();
  for (let i = 0; i < 25; i++) s.play(identify('A', { secret: `a${i}` }), i);
  assert.ok(s.state._pending);
  s.play(identify('B', { email: 'b@x.io' }), 100);
  assert.deepEqual(s.sent.filter((c) => c.at === 100).map((c) => c.command[0]), ['shutdown', 'settings', 'boot']);
  assert.equal(s.state._pending, undefined);
  s.until(3 * UPDATE_WINDOW_MS);
  assert.deepEqual(s.intercom, { user_id: 'B', email: 'b@x.io' });
  assert.ok(!/"a\d/.test(JSON.stringify(s.sent.filter((c) => c.at >= 100))), 'nothing of A after the switch');
});

test('a logout with changes pending: noticed by the poll within a second, nothing of A reaches the visitor', () => {
  const sdk = { userId: 'A', anonymousId: 'anon-1', context: { traits: {} } }; // what the SDK's getters hold
  const s = session({}, () => Object.assign({}, sdk));
  for (let i = 0; i < 25; i++) s.play(identify('A', { secret: `a${i}` }), i);
  assert.ok(s.state._pending);
  Object.assign(sdk, { userId: '', context: { traits: {} }, anonymousId: 'anon-2' }); // reset()
  s.until(25 + 1000);
  const logout = s.sent.filter((c) => c.at > 24);
  assert.deepEqual(logout.map((c) => c.command[0]), ['shutdown', 'settings', 'boot'], 'within a second of reset()');
  assert.deepEqual(s.intercom, {});
  assert.equal(s.state._pending, undefined);
  s.until(3 * UPDATE_WINDOW_MS);
  assert.equal(s.updates().filter((u) => u.at > 24).length, 0);
  assert.equal(s.state._wakeAt, undefined, 'a visitor: no timer');
});

test('a user held with the SDK\'s getters: one wake every LOGOUT_POLL_MS, armed once (the same wakeAt until it fires)', () => {
  const sdk = { userId: 'A', context: { traits: {} } };
  const s = session({}, () => sdk);
  s.play(identify('A'), 0);
  const armed = s.state._wakeAt;
  assert.equal(armed, LOGOUT_POLL_MS);
  s.play({ type: 'track', message: { userId: 'A', event: 'E' } }, 10);
  assert.equal(s.state._wakeAt, armed, 'an event does not move the armed wake');
});

test('group before anyone is identified joins the first identified person; group after is a person change', () => {
  const s = session();
  s.play(group('g1', { name: 'One' }), 1).play(identify('u1'), 2).play(group('g2', { name: 'Two' }, 'u1'), 3);
  assert.deepEqual(s.intercom.companies, [{ company_id: 'g1', name: 'One' }, { company_id: 'g2', name: 'Two' }]);
  s.play(identify('u1'), 4);
  assert.equal(s.updates().length, 2, 'the same person again with no new company sends nothing');
});

test('changes(): only differing keys, and only companies not already held as they are', () => {
  const avatar = () => ({ type: 'avatar', image_url: 'https://a.test/1.png' });
  assert.equal(changes({ avatar: avatar() }, { avatar: avatar() }), undefined, 'objects compared by content');
  const held = { a: 1, companies: [{ company_id: 'c1' }, { company_id: 'c2', plan: 'x' }] };
  assert.deepEqual(changes(held, { a: 1, b: 2, companies: [{ company_id: 'c1' }] }), { b: 2 });
  assert.deepEqual(changes(held, { companies: [{ company_id: 'c2', plan: 'y' }] }), { companies: [{ company_id: 'c2', plan: 'y' }] });
});

test('property: random identify/page/group sequences never exceed 20 updates in 30 minutes, and Intercom ends up with the last identify\'s person (1,000 runs unless PROPERTY_RUNS)', () => {
  const action = fc.oneof(
    fc.record({ kind: fc.constant('identify'), plan: fc.constantFrom('free', 'pro', 'gold'), n: fc.integer({ min: 0, max: 9 }) }),
    fc.record({ kind: fc.constant('page'), path: fc.constantFrom('/a', '/b', '/c', '/d') }),
    fc.record({ kind: fc.constant('group'), id: fc.constantFrom('g1', 'g2') }));
  // Bursts (gaps of seconds) as well as minutes, and long sequences: about half the runs hit the update budget.
  const gap = fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 5 * MINUTE }));
  const timed = fc.array(fc.tuple(action, gap), { minLength: 1, maxLength: 80, size: 'max' });
  fc.assert(fc.property(timed, (actions) => {
    const s = session();
    let now = 0;
    let last;
    for (const [a, gap] of actions) {
      now += gap;
      if (a.kind === 'identify') s.play(last = identify('u1', { plan: a.plan, [`k${a.n}`]: a.n }), now);
      else if (a.kind === 'page') s.play(page(a.path, 'u1'), now);
      else s.play(group(a.id, { name: a.id }, 'u1'), now);
    }
    s.until(now + 3 * UPDATE_WINDOW_MS);
    assert.ok(busiest(s.updates()) <= UPDATE_BUDGET);
    assert.equal(s.state._pending, undefined);
    assert.equal(s.state._ping, undefined);
    if (last) {
      const expected = personFromIdentify(last.message);
      for (const key of Object.keys(expected)) assert.deepEqual(s.intercom[key], expected[key], key);
    }
  }), { numRuns: RUNS });
});

test('a user keyed by email alone: the same email is the same person (update), another email a switch', () => {
  const byEmail = (email) => ({ type: 'identify', message: { context: { traits: { email } } } });
  const sdk = { context: { traits: { email: 'a@x.io' } } };
  const same = session({}, () => sdk).play(byEmail('a@x.io'), 1);
  let from = same.sent.length;
  same.play(identify('A', { email: 'a@x.io' }), 2);
  assert.deepEqual(same.sent.slice(from).map((c) => c.command), [['update', { user_id: 'A' }]]);
  const other = session({}, () => sdk).play(byEmail('a@x.io'), 1);
  sdk.context.traits.email = 'b@x.io';
  from = other.sent.length;
  other.play(byEmail('b@x.io'), 2);
  assert.deepEqual(other.sent.slice(from).map((c) => c.command[0]), ['shutdown', 'settings', 'boot']);
});

test('a company dropped by the mapping is reported as a log command of the step', () => {
  const s = session();
  s.play(identify('u1', { companies: [{ plan: 'pro' }] }), 1);
  assert.ok(s.sent.some((c) => c.command.join() === 'log,warn,company without id or name skipped'));
});

test('bootAnonymousVisitors: false: a group with a user id while nobody is held is remembered for the first person', () => {
  const s = session({ bootAnonymousVisitors: false });
  s.play(group('g1', { name: 'One' }, 'u1'), 1);
  assert.equal(s.intercom, null);
  s.play(identify('u1'), 2);
  assert.deepEqual(s.intercom.companies, [{ company_id: 'g1', name: 'One' }]);
});

// A logout is a transition the SDK's getters show (docs/mapping.md "Identity lifecycle"): they held the booted user
// since the boot and now hold nobody. `getters` is what they hold, changed by the test as the SDK would.
const track = (event, userId) => ({ type: 'track', message: { event, userId } });
const commandsOf = (s, from = 0) => s.sent.slice(from).map((c) => c.command[0]);

test('storage none: the getters never hold anyone; the user identified stays booted and gets later events', () => {
  const getters = heldBy('');
  const s = session({}, () => getters);
  s.play(identify('u1', { plan: 'pro' }), 1);
  assert.deepEqual(s.sent.map((c) => c.command), [['settings', s.sent[0].command[1]], ['inject'],
    ['update', { user_id: 'u1', plan: 'pro' }]]);
  const from = s.sent.length;
  s.play(track('Clicked'), 2000); // no userId: the SDK keeps none
  s.play({ type: 'identify', message: { context: { traits: { seats: 3 } } } }, 3000); // traits for the same user
  s.until(10 * MINUTE);
  assert.deepEqual(s.sent.slice(from).map((c) => c.command), [['trackEvent', 'Clicked', {}], ['update', { seats: 3 }]]);
  assert.equal(s.intercom.user_id, 'u1');
  assert.ok(s.state._wakeAt > 10 * MINUTE && s.state._wakeAt <= 10 * MINUTE + LOGOUT_POLL_MS, 'still polling');
});

test('pre-consent: identify and track delivered while the getters are empty, and they stay empty: no logout', () => {
  const s = session({}, () => heldBy(''));
  s.play(identify('u1'), 100).play(track('Viewed'), 101).play(page('/next'), 102);
  s.until(5 * MINUTE);
  assert.deepEqual(commandsOf(s, 2), ['update', 'trackEvent', 'update']);
  assert.equal(s.intercom.user_id, 'u1');
});

test('pre-consent, then consent: once the getters hold the user, their emptying is a logout', () => {
  const getters = heldBy('');
  const s = session({}, () => getters);
  s.play(identify('u1'), 100).play(track('Viewed'), 101);
  s.until(10000);
  assert.ok(!commandsOf(s).includes('shutdown'));
  Object.assign(getters, heldBy('u1')); // consent: the SDK now stores the user
  s.until(10000 + LOGOUT_POLL_MS);
  Object.assign(getters, heldBy('')); // reset()
  const from = s.sent.length;
  s.until(10000 + 2 * LOGOUT_POLL_MS);
  assert.deepEqual(commandsOf(s, from), ['shutdown', 'settings', 'boot']);
  assert.deepEqual(s.intercom, {});
});

test('reset() where the SDK stores the user: noticed by the next poll, with no further event', () => {
  const getters = heldBy('');
  const s = session({}, () => getters);
  Object.assign(getters, heldBy('u1')); // identify('u1'): the SDK stores the user, then hands the event over
  s.play(identify('u1'), 100);
  Object.assign(getters, heldBy('')); // reset() right after the identify, before any poll
  const at = s.state._wakeAt;
  assert.ok(at <= 100 + LOGOUT_POLL_MS);
  s.until(at);
  assert.deepEqual(s.sent.filter((c) => c.command[0] === 'shutdown').map((c) => c.at), [at]);
});

test('an event the SDK buffered from before the login: no logout; a buffered anonymous identify is skipped', () => {
  const s = session({}, () => heldBy('u1', { plan: 'new' })); // a reload: the SDK stores u1
  assert.equal(s.intercom.user_id, 'u1');
  const from = s.sent.length;
  s.play({ type: 'identify', message: { context: { traits: { plan: 'old' } } } }, 1).play(track('Before login'), 2);
  assert.deepEqual(s.sent.slice(from).map((c) => c.command), [['trackEvent', 'Before login', {}]]);
  assert.equal(s.intercom.plan, 'new');
});

test('a reset() is noticed by an event without a user id as well as by the poll', () => {
  const getters = heldBy('');
  const s = session({}, () => getters);
  Object.assign(getters, heldBy('u1')); // identify('u1'): the SDK stores the user, then hands the event over
  s.play(identify('u1'), 1);
  Object.assign(getters, heldBy(''));
  const from = s.sent.length;
  s.play(track('After reset'), 2);
  assert.deepEqual(commandsOf(s, from), ['shutdown', 'settings', 'boot', 'trackEvent']);
});

test('a person change and a ping waiting for the same freed slots: one update with the change, which is the ping', () => {
  const s = session();
  for (let i = 0; i < UPDATE_BUDGET; i++) s.play(identify('u1', { n: i }), 0); // the whole budget at one moment
  s.play(page('/later', 'u1'), 100).play(identify('u1', { n: 'last' }), 200);
  s.until(UPDATE_WINDOW_MS + 1000); // every slot frees at once
  const after = s.updates().slice(UPDATE_BUDGET);
  assert.deepEqual(after, [{ at: UPDATE_WINDOW_MS, command: ['update', { n: 'last' }] }], 'no bare ping before it');
  assert.equal(s.state._pinged, '/later');
  assert.equal(s.state._ping, undefined);
});

test('companies merge by company_id, the latest entry winning: group calls before anyone is identified, and changes waiting for a slot', () => {
  const early = session();
  early.play(group('g1', { name: 'One', plan: 'free' }), 1).play(group('g2', { name: 'Two' }), 2)
    .play(group('g1', { name: 'One', plan: 'pro' }), 3).play(identify('u1'), 4);
  assert.deepEqual(early.updates().map((u) => u.command), [['update', { user_id: 'u1',
    companies: [{ company_id: 'g2', name: 'Two' }, { company_id: 'g1', name: 'One', plan: 'pro' }] }]]);

  const s = session();
  for (let i = 0; i < UPDATE_BUDGET; i++) s.play(identify('u1', { n: i }), i);
  s.play(identify('u1', { n: 19, company: { id: 'c1', plan: 'free' } }), 100);
  s.play(identify('u1', { n: 19, companies: [{ id: 'c1', plan: 'pro' }, { id: 'c2' }] }), 200);
  s.until(UPDATE_WINDOW_MS);
  assert.deepEqual(s.updates().slice(UPDATE_BUDGET).map((u) => u.command),
    [['update', { companies: [{ company_id: 'c1', plan: 'pro' }, { company_id: 'c2' }] }]], 'one entry per company');
});

test('what the core cannot use is logged and skipped: an event without a message, a track without a name, a group without an id; metadata keys over the limit are logged', () => {
  const s = session({ metadataKeyLimit: 2 });
  s.play(identify('u1'), 1);
  const from = s.sent.length;
  s.play({ type: 'track', message: undefined }, 2).play(track('', 'u1'), 3).play(group('', { plan: 'pro' }, 'u1'), 4);
  s.play({ type: 'track', message: { event: 'E', userId: 'u1', properties: { a: 1, b: 2, c: 3, d: 4 } } }, 5);
  assert.deepEqual(s.commands(from), [['log', 'warn', 'track: no message'], ['log', 'warn', 'track without event name skipped'],
    ['log', 'warn', 'group without id skipped'], ['log', 'debug', 'over key limit:', ['c', 'd']],
    ['trackEvent', 'E', { a: 1, b: 2 }]]);
});

test('sendAnonymousId with bootAnonymousVisitors: false: a visitor\'s events send nothing; the person booted carries the anonymous id', () => {
  const s = session({ sendAnonymousId: true, bootAnonymousVisitors: false });
  s.play({ type: 'track', message: { event: 'Viewed', anonymousId: 'anon-1' } }, 1);
  s.play({ type: 'page', message: { anonymousId: 'anon-1' }, url: '/next' }, 2);
  assert.deepEqual(s.commands(), []);
  s.play({ type: 'identify', message: { userId: 'u1', anonymousId: 'anon-1', context: { traits: {} } } }, 3);
  assert.deepEqual(s.intercom, { user_id: 'u1', anonymous_id: 'anon-1' });
});

test('the SDK\'s getters are read only when a decision needs them: not by events carrying the booted user\'s id', () => {
  let reads = 0;
  const getters = heldBy(''); // before consent: the SDK holds nobody yet
  const s = session({}, () => { reads += 1; return getters; });
  reads = 0; // init reads them: whom the SDK stored
  s.play(identify('u1'), 1);
  assert.equal(reads, 1, 'after an identify: do the getters hold the user yet?');
  for (let i = 0; i < 10; i++) s.play(track('Clicked', 'u1'), 2 + i).play(page(`/p${i}`, 'u1'), 2 + i);
  assert.equal(reads, 1);
  s.play(track('No id'), 20); // an event without a user id: a logout?
  assert.equal(reads, 2);
});

test('storage none: a switch to another user keeps them booted (getters that never held them show no logout)', () => {
  const s = session({}, () => heldBy(''));
  s.play(identify('A'), 1).play(identify('B'), 2);
  const from = s.sent.length;
  s.play(track('Clicked'), 3).until(10 * MINUTE);
  assert.deepEqual(s.commands(from), [['trackEvent', 'Clicked', {}]]);
  assert.equal(s.intercom.user_id, 'B');
});

test('a visitor who used up the update budget logs in: polled from the login on, their change goes the moment a slot frees', () => {
  const login = () => {
    const getters = heldBy('');
    const s = session({}, () => getters);
    for (let i = 0; i <= UPDATE_BUDGET; i++) s.play(identify('', { n: i }), 100 + i); // the last one waits for a slot
    Object.assign(getters, heldBy('u1')); // identify('u1'): the SDK stores the user
    s.play(identify('u1'), 1234);
    return { s, getters };
  };
  const out = login();
  Object.assign(out.getters, heldBy('')); // reset()
  out.s.until(1234 + LOGOUT_POLL_MS);
  assert.deepEqual(out.s.sent.filter((c) => c.command[0] === 'shutdown').map((c) => c.at), [1234 + LOGOUT_POLL_MS]);

  const { s } = login(); // stays: the change goes as the first update leaves the window, between two polls
  s.until(100 + UPDATE_WINDOW_MS);
  assert.deepEqual(s.updates().pop(), { at: 100 + UPDATE_WINDOW_MS, command: ['update', { n: UPDATE_BUDGET, user_id: 'u1' }] });
});

test('bootAnonymousVisitors: false: while nobody is booted, navigation sends nothing and arms no wake', () => {
  const getters = heldBy('A');
  const s = session({ bootAnonymousVisitors: false }, () => getters);
  s.play(page('/a'), 1);
  Object.assign(getters, heldBy('')); // reset()
  s.until(1 + LOGOUT_POLL_MS);
  assert.equal(s.intercom, null);
  const from = s.sent.length;
  s.play(page('/b'), 1000).play(page('/c'), 2000);
  assert.deepEqual(s.commands(from), []);
  assert.equal(s.state._wakeAt, undefined);
  const nobody = session({ bootAnonymousVisitors: false }).play(page('/a'), 1);
  assert.deepEqual([nobody.commands(), nobody.state._wakeAt], [[], undefined]);
});
