// Destination config → the App ID, Intercom messenger settings and the plugin's own options, validated.
import { APP_ID_PATTERN, CONFIG, DEFAULT_REGION, INSTALLATION_TYPE, REGIONS } from './generated/constants.js';
import { hasOwn, num } from './values.js';

// One validator per config `kind` in destination.toml, given its CONFIG row (the kind's bounds); undefined means
// invalid. The control plane may send booleans and numbers as strings.
const VALIDATORS = {
  boolean: (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined),
  integer: (v, row) => ((v = num(v)) % 1 === 0 && !(v < row.min) && !(v > row.max) ? v : undefined),
  enum: (v, row) => (row.values.indexOf(v) >= 0 ? v : undefined),
  pattern: (v, row) => (typeof v === 'string' && row.pattern.test(v = v.trim()) ? v : undefined),
};

// The App ID: the pattern kind's check, with the App ID's own pattern.
export const appIdFrom = (config) => VALIDATORS.pattern(config.appId, { pattern: APP_ID_PATTERN });

// Returns {settings, options}: Intercom messenger settings and the plugin's own options. An invalid value is
// logged and never sent; `log` is {warn, error}. A messenger setting that is `false` is not sent either: false is
// Intercom's default, and sending it would override the workspace's own rules (hide_default_launcher: false
// forces the launcher on).
export function settingsFromConfig(config, log) {
  const settings = { app_id: appIdFrom(config), installation_type: INSTALLATION_TYPE };
  const api = config.apiServer || DEFAULT_REGION;
  // Own string keys only: `constructor` must not become an api_base, nor a config object's toString run.
  const region = typeof api === 'string' && api.trim().toLowerCase();
  settings.api_base = hasOwn(REGIONS, region) ? REGIONS[region]
    : (log.error('unknown apiServer: default region used'), REGIONS[DEFAULT_REGION]);
  const options = {};
  for (const row of CONFIG) {
    const raw = config[row.key];
    let value = row.fallback;
    if (raw != null && raw !== '') {
      const valid = VALIDATORS[row.kind](raw, row);
      if (valid === undefined) log.warn(`invalid ${row.key} ignored`);
      else value = valid;
    }
    if (row.setting) {
      if (value != null && value !== false) settings[row.setting] = value;
    } else options[row.key] = value;
  }
  return { settings, options };
}
