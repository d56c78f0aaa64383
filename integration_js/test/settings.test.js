// docs/mapping.md "Config" (one case per row) and "Page options" (where each key comes from).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appIdFrom, pageOptionsFrom, settingsFrom } from '../src/settings.js';
import { CONFIG } from '../src/generated/constants.js';

function settingsOf(config) {
  const warnings = [];
  const errors = [];
  const result = settingsFrom({ config: Object.assign({ appId: 'abc123xy' }, config) },
    { warn: (w) => warnings.push(w), error: (e) => errors.push(e) });
  return Object.assign(result, { warnings, errors });
}

test('appId: 1-64 letters and digits, trimmed; anything else refused', () => {
  assert.equal(appIdFrom({ appId: ' abc123xy ' }), 'abc123xy');
  assert.equal(appIdFrom({ appId: 'a'.repeat(64) }), 'a'.repeat(64));
  for (const bad of ['', ' ', 'abc/../x', '"><script>', 'abc?x', 'abc#x', 'a'.repeat(65), 'àbc', 42, null, {}, undefined]) {
    assert.equal(appIdFrom({ appId: bad }), undefined, String(bad));
  }
});

test('apiServer: each region → api_base; unknown → logged error and the default region', () => {
  const expected = { standard: 'https://api-iam.intercom.io', us: 'https://api-iam.intercom.io',
    eu: 'https://api-iam.eu.intercom.io', au: 'https://api-iam.au.intercom.io', ' EU ': 'https://api-iam.eu.intercom.io' };
  for (const [region, base] of Object.entries(expected)) {
    const { settings, errors } = settingsOf({ apiServer: region });
    assert.equal(settings.api_base, base, region);
    assert.deepEqual(errors, []);
  }
  assert.equal(settingsOf({}).settings.api_base, 'https://api-iam.intercom.io');
  for (const bad of ['mars', 'constructor', '__proto__', 'toString', 7, {}]) {
    const { settings, errors } = settingsOf({ apiServer: bad });
    assert.equal(settings.api_base, 'https://api-iam.intercom.io', String(bad));
    assert.equal(errors.length, 1, String(bad));
  }
});

test('hideDefaultLauncher: true is sent, also as a string; false is not sent (the workspace decides)', () => {
  assert.equal(settingsOf({ hideDefaultLauncher: true }).settings.hide_default_launcher, true);
  assert.equal(settingsOf({ hideDefaultLauncher: 'true' }).settings.hide_default_launcher, true);
  for (const off of [false, 'false']) assert.equal('hide_default_launcher' in settingsOf({ hideDefaultLauncher: off }).settings, false);
  const bad = settingsOf({ hideDefaultLauncher: 'yes' });
  assert.equal('hide_default_launcher' in bad.settings, false);
  assert.deepEqual(bad.warnings, ['invalid hideDefaultLauncher from the destination config ignored']);
});

test('customLauncherSelector: a CSS selector → custom_launcher_selector; markup refused', () => {
  assert.equal(settingsOf({ customLauncherSelector: ' #help, .chat ' }).settings.custom_launcher_selector, '#help, .chat');
  for (const bad of ['<img onerror=x>', 'a{color:red}', 'x'.repeat(201), 5]) {
    const r = settingsOf({ customLauncherSelector: bad });
    assert.equal('custom_launcher_selector' in r.settings, false);
    assert.equal(r.warnings.length, 1);
  }
});

test('messenger settings: valid values kept, invalid ones dropped with a warning', () => {
  const good = settingsOf({ alignment: 'left', horizontalPadding: 30, verticalPadding: '40', sessionDuration: 60000,
    actionColor: '#ff0000', backgroundColor: 'rgb(1, 2, 3)', themeMode: 'dark', zIndex: 0 });
  assert.deepEqual(good.warnings, []);
  assert.deepEqual(good.settings, { app_id: 'abc123xy', installation_type: 'rudderstack-intercom-plugin',
    api_base: 'https://api-iam.intercom.io', alignment: 'left', horizontal_padding: 30, vertical_padding: 40,
    session_duration: 60000, action_color: '#ff0000', background_color: 'rgb(1, 2, 3)', theme_mode: 'dark', z_index: 0 });
  const bad = settingsOf({ alignment: 'middle', horizontalPadding: 10, verticalPadding: 20.5, sessionDuration: 0,
    actionColor: 'red; background: url(x)', backgroundColor: '#12345', themeMode: 'neon', zIndex: -1 });
  assert.deepEqual(bad.warnings.length, 8);
  assert.deepEqual(Object.keys(bad.settings).sort(), ['api_base', 'app_id', 'installation_type']);
});

test('no null or undefined messenger settings: unset keys are simply absent', () => {
  const { settings } = settingsOf({ alignment: null, zIndex: '', actionColor: undefined });
  for (const value of Object.values(settings)) assert.notEqual(value, null);
  assert.deepEqual(Object.keys(settings).sort(), ['api_base', 'app_id', 'installation_type']);
});

test('bootAnonymousVisitors: default true, false kept, also as a string', () => {
  assert.equal(settingsOf({}).options.bootAnonymousVisitors, true);
  assert.equal(settingsOf({ bootAnonymousVisitors: false }).options.bootAnonymousVisitors, false);
  const text = settingsOf({ bootAnonymousVisitors: 'false' });
  assert.equal(text.options.bootAnonymousVisitors, false);
  assert.deepEqual(text.warnings, []);
});

test('metadataKeyLimit: default 20, 1-20 accepted, anything else warned and the default', () => {
  assert.equal(settingsOf({}).options.metadataKeyLimit, 20);
  assert.equal(settingsOf({ metadataKeyLimit: 10 }).options.metadataKeyLimit, 10);
  assert.equal(settingsOf({ metadataKeyLimit: '5' }).options.metadataKeyLimit, 5);
  for (const limit of [1, 20]) {
    const r = settingsOf({ metadataKeyLimit: limit });
    assert.deepEqual([r.options.metadataKeyLimit, r.warnings], [limit, []], String(limit));
  }
  for (const bad of [0, 21, 2.5, 'lots']) {
    const r = settingsOf({ metadataKeyLimit: bad });
    assert.equal(r.options.metadataKeyLimit, 20);
    assert.equal(r.warnings.length, 1);
  }
});

test('sendAnonymousId: default false, true kept', () => {
  assert.equal(settingsOf({}).options.sendAnonymousId, false);
  assert.equal(settingsOf({ sendAnonymousId: true }).options.sendAnonymousId, true);
});

test('trackMessengerEvents: default false, true kept', () => {
  assert.equal(settingsOf({}).options.trackMessengerEvents, false);
  assert.equal(settingsOf({ trackMessengerEvents: 'true' }).options.trackMessengerEvents, true);
});

test('apiKey, mobileApiKey* and unknown keys are ignored: never in settings, options or logs', () => {
  const r = settingsOf({ apiKey: 'secret-1', mobileApiKeyAndroid: 'secret-2', mobileApiKeyIOS: 'secret-3',
    somethingElse: 'secret-4', apiServer: 'secret-5' });
  assert.equal(JSON.stringify([r.settings, r.options, r.warnings, r.errors]).includes('secret'), false);
});

test('every messenger setting is named as pybuild names it (snake_case of the key, facts.json from destination.toml)', () => {
  const facts = JSON.parse(readFileSync(new URL('../../pybuild/embed/fake_intercom/facts.json', import.meta.url), 'utf8'));
  const config = {};
  const example = (row) => (row.kind === 'boolean' ? true : row.values ? row.values[0] : row.pattern ? '#abc' : row.min);
  for (const row of CONFIG) if (row.setting && row.key !== 'appId' && row.kind !== 'region') config[row.key] = example(row);
  const named = Object.keys(settingsOf(config).settings);
  // installation_type, and one setting per CONFIG row that has one (app_id and api_base included).
  assert.equal(named.length, 1 + CONFIG.filter((row) => row.setting).length, named.join());
  for (const name of named) assert.ok(facts.settings.includes(name), name);
});

// Page options: rudderanalytics.load(wk, url, {integrations: {All: true, Intercom: {...}}}) reaches the constructor as
// analytics.loadOnlyIntegrations (docs/sdk-contract.md).
function fromBoth(config, page) {
  const logged = [];
  const log = { warn: (w) => logged.push(['warn', w]), error: (e) => logged.push(['error', e]) };
  return Object.assign(settingsFrom({ config, page }, log), { logged });
}

// What RudderStack's hosted control plane sends a web Intercom destination: appId and the SDK's own keys.
const HOSTED = { appId: 'abc123xy', blacklistedEvents: [{ eventName: '' }], whitelistedEvents: [{ eventName: '' }],
  eventFilteringOption: 'disable', oneTrustCookieCategories: [], consentManagement: [], connectionMode: 'device',
  useNativeSDK: { web: true } };

test('page options: v3 keys them by display name (Intercom), v1.1 by name (INTERCOM); anything but an object is none', () => {
  const options = { bootAnonymousVisitors: false };
  assert.equal(pageOptionsFrom({ loadOnlyIntegrations: { All: true, Intercom: options } }), options);
  assert.equal(pageOptionsFrom({ loadOnlyIntegrations: { All: true, INTERCOM: options } }), options);
  assert.equal(pageOptionsFrom({ loadOnlyIntegrations: { Intercom: true, INTERCOM: options } }), options);
  for (const analytics of [{ loadOnlyIntegrations: { All: true, Intercom: true } }, { loadOnlyIntegrations: { All: true } },
    { loadOnlyIntegrations: { Intercom: ['x'] } }, { loadOnlyIntegrations: 'Intercom' }, {}, undefined, null]) {
    assert.deepEqual(pageOptionsFrom(analytics), {}, JSON.stringify(analytics));
  }
  const v11 = fromBoth(HOSTED, pageOptionsFrom({ loadOnlyIntegrations: { All: true, INTERCOM: { bootAnonymousVisitors: false } } }));
  assert.equal(v11.options.bootAnonymousVisitors, false);
});

test('page options win over the destination config, key by key', () => {
  const r = fromBoth({ appId: 'abc123xy', alignment: 'left', metadataKeyLimit: 5, sendAnonymousId: true },
    { alignment: 'right', bootAnonymousVisitors: false, trackMessengerEvents: 'true' });
  assert.deepEqual(r.logged, []);
  assert.equal(r.settings.alignment, 'right', 'the page wins');
  assert.equal(r.options.metadataKeyLimit, 5, 'a key the page does not set comes from the config');
  assert.equal(r.options.sendAnonymousId, true);
  assert.equal(r.options.bootAnonymousVisitors, false, 'a key only the page sets');
  assert.equal(r.options.trackMessengerEvents, true);
  assert.equal(r.settings.app_id, 'abc123xy');
  const off = fromBoth({ appId: 'abc123xy', hideDefaultLauncher: true }, { hideDefaultLauncher: false });
  assert.equal('hide_default_launcher' in off.settings, false, 'false from the page wins over true from the config');
  const unset = fromBoth({ appId: 'abc123xy', themeMode: 'dark' }, { themeMode: null, zIndex: '' });
  assert.equal(unset.settings.theme_mode, 'dark', 'null and empty page values are no value');
  assert.deepEqual(unset.logged, []);
});

test('every config key may come from the page: the App ID, and apiServer "eu" → the EU api_base', () => {
  const r = fromBoth({}, { appId: ' pageApp1 ', apiServer: 'eu' });
  assert.equal(r.settings.app_id, 'pageApp1');
  assert.equal(r.settings.api_base, 'https://api-iam.eu.intercom.io');
  assert.equal(fromBoth({ appId: 'configApp', apiServer: 'au' }, { apiServer: 'EU' }).settings.api_base,
    'https://api-iam.eu.intercom.io');
  assert.equal(fromBoth({ appId: 'configApp' }, { appId: 'pageApp' }).settings.app_id, 'pageApp');
});

test('an invalid value is logged once, naming the key and its source; the next source down is used', () => {
  const fromPage = fromBoth({ appId: 'abc123xy', metadataKeyLimit: 7 }, { metadataKeyLimit: 99, bootAnonymousVisitors: 'no' });
  assert.deepEqual(fromPage.logged, [['warn', 'invalid bootAnonymousVisitors from the page options ignored'],
    ['warn', 'invalid metadataKeyLimit from the page options ignored']]);
  assert.equal(fromPage.options.metadataKeyLimit, 7, "the config's valid value");
  assert.equal(fromPage.options.bootAnonymousVisitors, true, 'the default');
  const fromConfig = fromBoth({ appId: 'abc123xy', bootAnonymousVisitors: 'no' }, {});
  assert.deepEqual(fromConfig.logged, [['warn', 'invalid bootAnonymousVisitors from the destination config ignored']]);
  const both = fromBoth({ appId: 'abc123xy', alignment: 'middle', apiServer: 'mars' }, { alignment: 'top', apiServer: 'moon' });
  assert.deepEqual(both.logged, [['error', 'invalid apiServer from the page options ignored'],
    ['error', 'invalid apiServer from the destination config ignored'],
    ['warn', 'invalid alignment from the page options ignored'], ['warn', 'invalid alignment from the destination config ignored']]);
  assert.equal(both.settings.api_base, 'https://api-iam.intercom.io');
  assert.equal('alignment' in both.settings, false);
  const appIds = fromBoth({ appId: 'configApp' }, { appId: 'not valid!' });
  assert.equal(appIds.settings.app_id, 'configApp');
  assert.deepEqual(appIds.logged, [['warn', 'invalid appId from the page options ignored']]);
});

test("the control plane's filtering and consent keys and unknown keys are ignored without a word, from either source", () => {
  const r = fromBoth(HOSTED, Object.assign({ somethingNew: 1, apiKey: 'secret' }, HOSTED));
  assert.deepEqual(r.logged, []);
  assert.deepEqual(r.settings, { app_id: 'abc123xy', installation_type: 'rudderstack-intercom-plugin',
    api_base: 'https://api-iam.intercom.io' });
  assert.deepEqual(r.options, { bootAnonymousVisitors: true, metadataKeyLimit: 20, sendAnonymousId: false,
    loadMessenger: 'now', trackMessengerEvents: false });
});
