// Plays one session through a built file and prints what it did, as JSON: `node run_scenario.cjs FILE browser|npm`.
// tests/unit/test_builds.py compares the minified browser files (whose internal property names are shortened,
// docs/architecture.md) with the npm build (names kept): any difference is a minifier that changed behaviour.
const fs = require('node:fs');
const vm = require('node:vm');

const [file, kind] = process.argv.slice(2);
const code = fs.readFileSync(file, 'utf8');

// Functions, undefined and arguments objects as JSON can show them.
const plain = (v) => JSON.parse(JSON.stringify(v, (k, x) => (typeof x === 'function' ? '[function]'
  : x === undefined ? '[undefined]' : Object.prototype.toString.call(x) === '[object Arguments]' ? Array.from(x) : x)));

// A page: a window with a document, a console and timers that record what the plugin does with them.
function page(globals = {}) {
  const log = [];
  const timers = [];
  const record = (what) => (...args) => { log.push([what, ...plain(args)]); };
  const document = { readyState: 'complete', querySelector: () => null, createElement: (tag) => ({ tag }),
    head: { appendChild: record('append') } };
  const window = Object.assign({ location: { href: 'https://site.test/' }, document }, globals);
  const context = { window, console: { debug: record('debug'), warn: record('warn'), error: record('error') },
    setTimeout: (fn, ms) => timers.push(fn) && log.push(['setTimeout', ms]) && timers.length,
    clearTimeout: record('clearTimeout'), module: { exports: {} }, now: 1700000000000 };
  context.Date = class extends Date { static now() { return context.now; } };
  vm.createContext(context);
  vm.runInContext(code, context);
  const INTERCOM = kind === 'npm' ? context.module.exports.INTERCOM : window.INTERCOM_RS.INTERCOM;
  return { window, log, timers, INTERCOM, context, wake: () => timers[timers.length - 1]() };
}

const out = {};
const scene = (name, play) => {
  try { out[name] = plain(play()); } catch (err) { out[name] = { threw: String(err && err.message) }; }
};

scene('every feature', () => {
  const p = page();
  const tracked = [];
  let userId = 'u9';
  const analytics = { logLevel: 'DEBUG', track: (...args) => tracked.push(args), getUserId: () => userId,
    getAnonymousId: () => 'anon-1', getUserTraits: () => ({ email: 'x@y.z', firstName: 'Ann', plan_date: 1600000000 }),
    loadOnlyIntegrations: { All: true, Intercom: { themeMode: 'light', zIndex: 'high', sessionDuration: 60000 } } };
  const config = { appId: ' App1 ', apiServer: 'EU', hideDefaultLauncher: 'true', customLauncherSelector: '#help',
    alignment: 'left', horizontalPadding: '30', verticalPadding: 5, actionColor: '#abc', backgroundColor: 'red;',
    themeMode: 'dark', zIndex: 7, metadataKeyLimit: 4, sendAnonymousId: true, trackMessengerEvents: true };
  const plugin = new p.INTERCOM(config, analytics, {});
  plugin.init();
  const queue = p.window.Intercom.q;
  plugin.page({ message: {} });
  p.window.location.href = 'https://site.test/2';
  plugin.group({ message: { userId: 'u9', groupId: 'g1', traits: { name: 'G', employees: '12', deep: { a: { b: 1 } } } } });
  plugin.identify({ message: { userId: 'u9', anonymousId: 'anon-2', context: { traits: { email: 'x@y.z', phone: 555,
    avatar: 'https://i.test/a.png', createdAt: '2020-01-02T03:04:05Z', companies: [{ id: 'c1', monthly_spend: 9.7 }, 'By Name', {}],
    'odd.key$': 'v', list: ['a', 1, true] }, Intercom: { userHash: 'h1' } }, integrations: { Intercom: { hideDefaultLauncher: false } } } });
  plugin.track({ message: { event: ' Bought ', userId: 'u9', properties: { price: '3.50', currency: 'eur',
    link: { url: 'https://l.test', value: 2 }, k1: 1, k2: 2, k3: 3, when_at: '2020-01-01' } } });
  plugin.track({ message: { event: '', userId: 'u9' } });
  plugin.track(null);
  for (const call of Array.from(queue)) if (typeof call[1] === 'function') [0, 3, 3].forEach((n) => call[1](n));
  for (let i = 0; i < 25; i++) {
    p.window.location.href = `https://site.test/p${i}`;
    p.context.now += 1000;
    plugin.page({ message: { userId: 'u9' } });
  }
  userId = null; // reset(): noticed by the logout poll
  analytics.getUserTraits = () => ({});
  p.context.now += 600;
  p.wake();
  plugin.identify({ message: { userId: 'u10', context: { traits: { first_name: 'Bo', company: 'Solo' } } } });
  p.context.now += 1800001;
  p.wake();
  return { queue, settings: p.window.intercomSettings, tracked, log: p.log };
});

scene('refused', () => {
  const p = page();
  const errors = [];
  for (const appId of ['not valid!', 'first1', 'second2']) {
    try { new p.INTERCOM({ appId, apiServer: 'constructor' }, { logLevel: 'WARN' }, {}); } catch (err) { errors.push(err.message); }
  }
  return { errors, log: p.log };
});

scene("the site's own Intercom", () => {
  const calls = [];
  const p = page({ Intercom() { calls.push(arguments); }, intercomSettings: { app_id: 'site', alignment: 'right' } });
  const plugin = new p.INTERCOM({ appId: 'abc', bootAnonymousVisitors: false }, { logLevel: 'WARN', loadIntegration: false }, {});
  plugin.init();
  plugin.identify({ message: { anonymousId: 'a1', context: { traits: { email: 'e@e.test', company: 'Ünïcode Co' } } } });
  p.window.intercomSettings = { mine: 1 };
  plugin.identify({ message: { userId: 'z', context: { traits: { name: 'A'.repeat(300), createdAt: 1e12 } } } });
  return { calls, settings: p.window.intercomSettings, log: p.log };
});

process.stdout.write(JSON.stringify(out, null, 1));
