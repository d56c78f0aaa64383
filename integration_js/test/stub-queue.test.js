// The stub queue's bound (docs/architecture.md, the loader): a page whose widget never loads keeps the first
// STUB_QUEUE_MAX calls and nothing of any later one, however many events the site sends. Here with 10,000 events,
// through installStub and through the INTERCOM class as the SDK drives it; tests/e2e/test_hardening.py shows the same
// through the real v3 SDK in Chromium with fewer events.
import { afterEach, beforeEach, test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { installStub } from '../src/loader.js';
import { INTERCOM } from '../src/index.js';
import { STUB_QUEUE_MAX } from '../src/generated/constants.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const EVENTS = 10_000;
// What the plugin may add to the heap over EVENTS events (100 bytes an event): an unbounded queue keeps every
// event's metadata, about 1 kB each here.
const GROWTH_BOUND = 1024 * 1024;

// The heap after a full collection, once the current job is over (WeakRef targets live until it ends).
async function heapAfterGc() {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

// A site's event as the SDK hands it over: every one new, with strings long enough to show if one is kept.
const properties = (i) => ({ i, note: `tick ${i} ${'n'.repeat(200)}`, at: new Date(i).toISOString(), plan: `plan ${i}` });

beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'] }));
afterEach(() => { mock.timers.reset(); mock.restoreAll(); });

// Calls the stub EVENTS times; returns a WeakRef to each call's metadata. A function of its own: an async test's
// suspended frame could still hold the last one.
function callWithWeakRefs(win) {
  const refs = [];
  for (let i = 0; i < EVENTS; i++) {
    const meta = properties(i);
    refs.push(new WeakRef(meta));
    win.Intercom('trackEvent', `Tick ${i}`, meta);
  }
  return refs;
}

test('the stub keeps the first STUB_QUEUE_MAX calls and lets every later one be collected', async () => {
  const win = {};
  let overflows = 0;
  assert.equal(installStub(win, STUB_QUEUE_MAX, () => overflows++), true);
  const refs = callWithWeakRefs(win);
  assert.equal(win.Intercom.q.length, STUB_QUEUE_MAX);
  assert.deepEqual(win.Intercom.q.map((args) => args[1]), Array.from({ length: STUB_QUEUE_MAX }, (_, i) => `Tick ${i}`));
  assert.equal(overflows, EVENTS - STUB_QUEUE_MAX);
  await heapAfterGc();
  const alive = refs.map((ref) => ref.deref() !== undefined);
  assert.deepEqual(alive.slice(0, STUB_QUEUE_MAX), Array(STUB_QUEUE_MAX).fill(true));
  assert.equal(alive.slice(STUB_QUEUE_MAX).filter(Boolean).length, 0, 'a dropped call is still referenced');
});

// The plugin on a page where nothing loads the widget (loadIntegration: false: no document needed), its warnings
// collected as the site's console would show them.
function pluginOnAPageWithoutWidget() {
  globalThis.window = { location: { href: 'https://site.test/' } };
  const warnings = [];
  mock.method(console, 'warn', (...args) => warnings.push(args.join(' ')));
  const analytics = { loadIntegration: false, logLevel: 'WARN', getUserId: () => '', getUserTraits: () => ({}),
    getAnonymousId: () => 'anon-1' };
  const plugin = new INTERCOM({ appId: 'abc123xy' }, analytics);
  plugin.init();
  return { plugin, warnings };
}

const send = (plugin, from, count) => {
  for (let i = from; i < from + count; i++) {
    plugin.track({ message: { type: 'track', event: 'Tick', properties: properties(i), anonymousId: 'anon-1' } });
  }
};

test(`${EVENTS} events through the plugin with no widget: the queue stays at its bound, the heap flat, one warning`, async () => {
  const { plugin, warnings } = pluginOnAPageWithoutWidget();
  send(plugin, 0, 2 * STUB_QUEUE_MAX); // the queue fills up and the plugin's code paths are warm
  const before = await heapAfterGc();
  send(plugin, 2 * STUB_QUEUE_MAX, EVENTS);
  const after = await heapAfterGc();
  assert.equal(window.Intercom.q.length, STUB_QUEUE_MAX);
  assert.deepEqual(window.Intercom.q.map((args) => [args[0], args[2].i]),
    Array.from({ length: STUB_QUEUE_MAX }, (_, i) => ['trackEvent', i]));
  assert.ok(after - before < GROWTH_BOUND, `the heap grew ${after - before} bytes over ${EVENTS} events`);
  assert.deepEqual(warnings, ['[Intercom] Intercom widget not loaded: calls dropped']);
});
