// Hostile pages, configs and inputs against the loader and the pure modules (the browser tests cover the seams).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installStub, holdSettings, injectWidget } from '../src/loader.js';
import { settingsFrom } from '../src/settings.js';
import { eventFromTrack } from '../src/event.js';
import { personFromIdentify } from '../src/person.js';
import { companyFrom } from '../src/company.js';
import { INTERCOM } from '../src/index.js';
import { STRING_MAX, WIDGET_URL } from '../src/generated/constants.js';
import { assertSafeCompany, assertSafeMetadata, assertSafePerson } from './intercom-safe.js';

// Just enough of window/document for the loader: scripts it adds, listeners it registers.
function fakeWindow(readyState = 'interactive') {
  const scripts = [];
  const listeners = {};
  const document = {
    readyState,
    head: { appendChild: (s) => scripts.push(s) },
    createElement: (tag) => ({ tag }),
    querySelector: (selector) => {
      const prefix = /^script\[src\^="(.*)"\]$/.exec(selector)[1];
      return scripts.find((s) => s.src.startsWith(prefix)) || null;
    },
    addEventListener: (type, fn) => { (listeners[type] = listeners[type] || []).push(fn); },
  };
  return { win: { document }, scripts, fire: (type) => (listeners[type] || []).forEach((fn) => fn()) };
}

const prototypesSnapshot = () => JSON.stringify([Object.prototype, Array.prototype, Function.prototype]
  .map((p) => Object.getOwnPropertyNames(p).sort()));

test('the stub queue is bounded and never replaces an Intercom the page already has', () => {
  const { win } = fakeWindow();
  let overflows = 0;
  assert.equal(installStub(win, 3, () => overflows++), true);
  for (let i = 0; i < 10; i++) win.Intercom('trackEvent', `e${i}`);
  assert.deepEqual(win.Intercom.q.map((args) => args[1]), ['e0', 'e1', 'e2']);
  assert.equal(overflows, 7);
  const sites = function () {};
  win.Intercom = sites;
  assert.equal(installStub(win, 3, () => {}), false);
  assert.equal(win.Intercom, sites);
  win.Intercom = { tagName: 'DIV' }; // <div id="Intercom"> shows up as window.Intercom
  assert.equal(installStub(win, 3, () => {}), true);
  assert.equal(typeof win.Intercom, 'function');
});

test("settings merge into the site's own intercomSettings object; the site's values win", () => {
  const { win } = fakeWindow();
  const site = { app_id: 'site1', alignment: 'left', hide_default_launcher: null };
  win.intercomSettings = site;
  holdSettings(win, { app_id: 'ours1', alignment: 'right', theme_mode: 'dark', hide_default_launcher: true });
  assert.equal(win.intercomSettings, site);
  assert.deepEqual(site, { app_id: 'site1', alignment: 'left', hide_default_launcher: null, theme_mode: 'dark' });
  for (const junk of [undefined, 'app_id=x', ['x'], 42, null]) {
    const page = fakeWindow().win;
    page.intercomSettings = junk;
    holdSettings(page, { app_id: 'ours1' });
    assert.deepEqual(page.intercomSettings, { app_id: 'ours1' }, String(junk));
  }
});

test("a site snippet that assigns intercomSettings after us keeps its object and values; ours fill in", () => {
  const { win } = fakeWindow();
  const put = holdSettings(win, { app_id: 'ours1', theme_mode: 'dark' });
  const site = { app_id: 'site1', alignment: 'left' };
  win.intercomSettings = site;
  assert.equal(win.intercomSettings, site);
  assert.deepEqual(site, { app_id: 'site1', alignment: 'left', theme_mode: 'dark' });
  put({ app_id: 'ours1', user_id: 'B' }); // a new person: nothing of the previous settings stays
  assert.deepEqual(win.intercomSettings, { app_id: 'ours1', user_id: 'B' });
  const later = { site_marker: 1 };
  win.intercomSettings = later;
  assert.deepEqual(later, { site_marker: 1, app_id: 'ours1', user_id: 'B' });
});

test('intercomSettings stays what a plain global is to the site: listed, and deletable or redefinable', () => {
  const { win } = fakeWindow();
  holdSettings(win, { app_id: 'ours1' });
  assert.ok(Object.keys(win).includes('intercomSettings'));
  Object.defineProperty(win, 'intercomSettings', { value: { app_id: 'site1' }, writable: true, configurable: true });
  assert.equal(win.intercomSettings.app_id, 'site1');
  assert.equal(delete win.intercomSettings, true);
});

test('a site that declared `var intercomSettings` (a global that cannot be redefined) gets ours by plain assignment', () => {
  for (const declared of [undefined, { alignment: 'left' }]) { // `var intercomSettings;`, `var intercomSettings = {...}`
    const { win } = fakeWindow();
    Object.defineProperty(win, 'intercomSettings', { value: declared, writable: true, enumerable: true, configurable: false });
    const put = holdSettings(win, { app_id: 'ours1', alignment: 'right' });
    assert.deepEqual(win.intercomSettings, { app_id: 'ours1', alignment: declared ? 'left' : 'right' });
    put({ app_id: 'ours1', user_id: 'B' });
    assert.deepEqual(win.intercomSettings, { app_id: 'ours1', user_id: 'B' });
  }
});

test('the widget script is added once, URL-encoded, at DOMContentLoaded while the page is loading', () => {
  const loading = fakeWindow('loading');
  let failures = 0;
  injectWidget(loading.win, 'abc123xy', () => failures++);
  injectWidget(loading.win, 'abc123xy', () => {}); // a second request while the page is still loading
  assert.equal(loading.scripts.length, 0);
  loading.win.document.readyState = 'interactive';
  loading.fire('DOMContentLoaded');
  injectWidget(loading.win, 'abc123xy', () => {}); // and one once the page is ready
  assert.equal(loading.scripts.length, 1);
  assert.equal(loading.scripts[0].tag, 'script');
  assert.equal(loading.scripts[0].src, `${WIDGET_URL}abc123xy`);
  assert.equal(loading.scripts[0].async, true);
  loading.scripts[0].onerror();
  assert.equal(failures, 1);
  const loaded = fakeWindow('complete'); // the SDK arrived after window.onload: nothing left to wait for
  injectWidget(loaded.win, 'a/b?c', () => {});
  injectWidget(loaded.win, 'a/b?c', () => {});
  assert.equal(loaded.scripts.length, 1);
  assert.equal(loaded.scripts[0].src, `${WIDGET_URL}a%2Fb%3Fc`);
});

test('a bad App ID: the class refuses to exist (the SDKs catch it and mark the destination failed)', () => {
  const bad = ['', '   ', null, undefined, 'a'.repeat(65), 'abc/def', 'abc?x', 'abc#x', '..', "abc'x", 'abc"x',
    '<script>alert(1)</script>', 'ünïcode1', '١٢٣', 12345678, { id: 'abc123xy' }, ['abc123xy'], true];
  const original = console.error;
  const logged = [];
  console.error = (...args) => logged.push(args.join(' '));
  try {
    for (const appId of bad) {
      assert.throws(() => new INTERCOM({ appId }, { logLevel: 'ERROR' }, {}), /appId must be 1-64 letters and digits/, String(appId));
    }
    assert.throws(() => new INTERCOM(null, undefined, undefined), /appId/);
    assert.throws(() => new INTERCOM('abc123xy', {}, {}), /appId/);
  } finally {
    console.error = original;
  }
  assert.equal(logged.length, bad.length + 2);
  assert.ok(logged.every((line) => line === '[Intercom] appId must be 1-64 letters and digits'));
});

test('apiServer: only the known regions, never an inherited key or an object that throws when printed', () => {
  const before = prototypesSnapshot();
  for (const apiServer of ['constructor', 'toString', '__proto__', 'hasOwnProperty', { toString: 1 }, ['eu'], 5, true]) {
    const logged = [];
    const log = { warn: (w) => logged.push(w), error: (e) => logged.push(e) };
    const { settings } = settingsFrom({ config: { appId: 'abc', apiServer } }, log);
    assert.equal(settings.api_base, 'https://api-iam.intercom.io', JSON.stringify(apiServer));
    assert.deepEqual(logged, ['invalid apiServer from the destination config ignored']);
  }
  assert.equal(prototypesSnapshot(), before);
});

test('the REST apiKey is read into nothing', () => {
  const secret = 'rest-api-key-7Hq2Zx9Lw4';
  const logged = [];
  const log = { warn: (...w) => logged.push(w), error: (...e) => logged.push(e) };
  const config = { appId: 'abc', apiKey: secret, mobileApiKeyIOS: secret, mobileApiKeyAndroid: secret,
    alignment: secret, themeMode: secret };
  const out = settingsFrom({ config, page: config }, log);
  assert.ok(logged.length > 0);
  assert.equal(JSON.stringify([out, logged]).includes(secret), false);
});

// (Proxies whose traps throw, or getters that throw, can still throw out of some reads in the pure modules: the SDKs
// never hand one over, as they clone every message, and the class's guard logs and skips such an event; the browser
// tests feed the plugin those too.)
test('circular, prototype-polluting, throwing and huge inputs: no throw, nothing polluted, safe outputs', () => {
  const before = prototypesSnapshot();
  const loop = { name: 'loop' };
  loop.self = loop;
  loop.list = [loop, 1];
  loop.deep = { a: { b: { c: loop } } };
  const evil = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "prototype": {"polluted": 1}}');
  const trap = new Proxy({}, { ownKeys() { throw new Error('trap'); } });
  // Keys that cannot be listed give nothing, whatever the object answers when read.
  const unlisted = new Proxy({}, { ownKeys() { throw new Error('trap'); }, get: () => 'read anyway' });
  const getter = { get boom() { throw new Error('getter'); }, fine: 1 };
  const big = 'x'.repeat(1 << 20);
  const many = {};
  for (let i = 0; i < 10000; i++) many[`trait_${i}`] = i;
  const propertySets = [loop, evil, getter, many, null, undefined, 42, 'text', [1, 2], { big, [big]: big },
    { a: null, b: undefined, c: NaN, d: Infinity, e: () => 1, f: Symbol('s'), g: 0, h: false, i: '' }];
  for (const properties of propertySets) {
    const out = eventFromTrack({ event: 'Event', properties });
    assert.ok(out, String(properties));
    assertSafeMetadata(out.metadata);
    const person = personFromIdentify({ userId: 'u1', context: { traits: properties, Intercom: evil }, integrations: { Intercom: loop } });
    assertSafePerson(person);
    const company = companyFrom(properties, 'g1');
    assertSafeCompany(company);
  }
  assert.deepEqual(eventFromTrack({ event: 'Trap', properties: trap }), { name: 'Trap', metadata: {}, dropped: [] });
  assert.deepEqual(eventFromTrack({ event: 'Trap', properties: unlisted }).metadata, {});
  for (const event of [123, null, undefined, {}, ['a'], true, '', '   ', trap]) {
    assert.equal(eventFromTrack({ event, properties: {} }), undefined, String(event));
  }
  assert.equal(eventFromTrack({ event: big, properties: {} }).name.length, STRING_MAX);
  assert.deepEqual(eventFromTrack({ event: 'Null values', properties: { a: null, g: 0, h: false, i: '' } }).metadata, { g: 0, h: false, i: '' });
  assert.equal(Object.keys(personFromIdentify({ userId: 'u1', context: { traits: many } })).length, 10001);
  assert.equal(prototypesSnapshot(), before);
  assert.equal({}.polluted, undefined);
});
