// A page session played against the session core (docs/architecture.md): data in, commands out, time as a number.
// Shared by the core's test files; not a test file itself.
import assert from 'node:assert/strict';
import { init, merge, start, step } from '../src/core.js';

export const SETTINGS = { app_id: 'abc123xy', api_base: 'https://api-iam.intercom.io' };

// A page session: `play(input, at)` steps the core at time `at`, first waking it at every wakeAt that came due.
// `sent` lists every command with its time; `intercom` is what Intercom holds after them (null: nobody).
// `options` are the plugin's (loadMessenger 'now' unless given), `sdk()` what the SDK's getters hold (called only when
// the core reads them, as the class's getter does), `page` the page at init: {settings (more Messenger settings),
// pageLoaded (window load has fired), ownIntercom (the site loaded Intercom itself: the plugin's stub not installed)}.
export function session(options = {}, sdk, page = {}) {
  const settings = Object.assign({}, SETTINGS, page.settings);
  // Messenger settings are not person data.
  const strip = (all) => {
    const person = Object.assign({}, all);
    for (const key in settings) delete person[key];
    return person;
  };
  const sent = [];
  let intercom = null;
  const run = (out, at) => {
    assert.ok(out.wakeAt === undefined || out.wakeAt >= at, `a wake is a time to come, not ${out.wakeAt} at ${at}`);
    for (const command of out.commands) {
      sent.push({ at, command });
      // Settings without an app_id (a logout with bootAnonymousVisitors: false) boot nobody.
      if (command[0] === 'boot' || command[0] === 'settings') intercom = command[1].app_id ? strip(command[1]) : null;
      if (command[0] === 'update' && command[1]) intercom = merge(intercom, command[1]);
      if (command[0] === 'shutdown') intercom = null;
    }
    return out.state;
  };
  let now = 0;
  let state = run(init(start(settings, Object.assign({ bootAnonymousVisitors: true, loadMessenger: 'now' }, options)),
    { sdk: sdk && sdk(), site: {}, ownStub: !page.ownIntercom, inject: !page.ownIntercom, pageLoaded: !!page.pageLoaded,
      url: '/' }, now), now);
  // What every step offers the core, read only if a decision needs it (docs/architecture.md).
  const lazy = { get sdk() { return sdk && sdk(); } };
  // A wake that sends nothing and asks to be woken at once again would spin a browser's timer: it fails here.
  const wakeUntil = (at) => {
    while (state._wakeAt !== undefined && state._wakeAt <= at) {
      const before = sent.length;
      now = state._wakeAt;
      state = run(step(state, Object.assign(Object.create(lazy), { type: 'wake', url: s.url }), now), now);
      assert.ok(sent.length > before || !(state._wakeAt <= now), `a wake at ${now} sent nothing and asked to wake at once`);
    }
  };
  const s = {
    sent,
    url: '/',
    get state() { return state; },
    get intercom() { return intercom; },
    play(input, at) {
      wakeUntil(at);
      now = at;
      if (input.url) s.url = input.url;
      state = run(step(state, Object.assign(Object.create(lazy), { url: s.url }, input), at), at);
      return s;
    },
    // Lets time pass: every wake that comes due runs.
    until(at) { wakeUntil(at); return s; },
    updates: () => sent.filter((c) => c.command[0] === 'update'),
    // The commands sent from index `from` on (sent.length before a step: that step's and later ones).
    commands: (from = 0) => sent.slice(from).map((c) => c.command),
  };
  return s;
}

// What the SDK's getters hold: `heldBy('u1')` after identify('u1'), `heldBy('')` after reset().
export const heldBy = (userId, traits = {}) => ({ userId, anonymousId: 'anon-1', context: { traits } });

export const identify = (userId, traits = {}) => ({ type: 'identify', message: { userId, context: { traits } } });
export const page = (url, userId) => ({ type: 'page', message: { userId }, url });
export const group = (groupId, traits, userId) => ({ type: 'group', message: { groupId, traits, userId } });
export const track = (event, userId, properties) => ({ type: 'track', message: { event, userId, properties } });
