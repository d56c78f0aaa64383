import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appIdFrom, settingsFromConfig } from '../src/settings.js';

test('App IDs: letters and digits only, trimmed', () => {
  assert.equal(appIdFrom({ appId: ' abc123xy ' }), 'abc123xy');
  for (const bad of ['', 'abc/../x', '"><script>', 'abc?x', 'abc#x', 'a'.repeat(65), 'àbc', 42, null, {}]) {
    assert.equal(appIdFrom({ appId: bad }), undefined, String(bad));
  }
});

test('region and messenger settings; invalid values dropped with a warning', () => {
  const warnings = [];
  const { settings, options } = settingsFromConfig({ appId: 'abc', apiServer: 'eu', alignment: 'middle',
    horizontalPadding: 30, themeMode: 'dark', hideDefaultLauncher: false, apiKey: 'secret' }, (w) => warnings.push(w));
  assert.equal(settings.api_base, 'https://api-iam.eu.intercom.io');
  assert.equal(settings.horizontal_padding, 30);
  assert.equal(settings.theme_mode, 'dark');
  assert.equal(settings.hide_default_launcher, false);
  assert.equal('alignment' in settings, false);
  assert.deepEqual(warnings, ['invalid alignment ignored']);
  assert.equal(options.bootAnonymousVisitors, true);
  assert.equal(options.metadataKeyLimit, 20);
  assert.equal(JSON.stringify({ settings, options }).includes('secret'), false);
});

test('unknown region: logged, default used', () => {
  const warnings = [];
  const { settings } = settingsFromConfig({ appId: 'abc', apiServer: 'mars' }, (w) => warnings.push(w));
  assert.equal(settings.api_base, 'https://api-iam.intercom.io');
  assert.equal(warnings.length, 1);
});
