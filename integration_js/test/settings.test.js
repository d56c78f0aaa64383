// docs/mapping.md "Config": one case per row.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appIdFrom, settingsFromConfig } from '../src/settings.js';
import { CONFIG } from '../src/generated/constants.js';

function settingsOf(config) {
  const warnings = [];
  const errors = [];
  const result = settingsFromConfig(Object.assign({ appId: 'abc123xy' }, config),
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
  assert.deepEqual(bad.warnings, ['invalid hideDefaultLauncher ignored']);
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

test('bootAnonymousVisitors: default true, false kept', () => {
  assert.equal(settingsOf({}).options.bootAnonymousVisitors, true);
  assert.equal(settingsOf({ bootAnonymousVisitors: false }).options.bootAnonymousVisitors, false);
});

test('metadataKeyLimit: default 20, 1-20 accepted, anything else warned and the default', () => {
  assert.equal(settingsOf({}).options.metadataKeyLimit, 20);
  assert.equal(settingsOf({ metadataKeyLimit: 10 }).options.metadataKeyLimit, 10);
  assert.equal(settingsOf({ metadataKeyLimit: '5' }).options.metadataKeyLimit, 5);
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
  for (const row of CONFIG) if (row.setting) config[row.key] = row.kind === 'boolean' ? true : row.values ? row.values[0] : row.pattern ? '#abc' : row.min;
  const named = Object.keys(settingsOf(config).settings);
  assert.equal(named.length, 3 + CONFIG.filter((row) => row.setting).length, named.join());
  for (const name of named) assert.ok(facts.settings.includes(name), name);
});
