// Destination config → the App ID, Intercom messenger settings and the plugin's own options, validated.
import { APP_ID_PATTERN, INSTALLATION_TYPE, REGIONS, SETTING_KEYS } from './generated/constants.js';
import { hasOwn, num, snake } from './safe.js';

// One validator per config `kind` in destination.toml, given the kind's arguments from SETTING_KEYS; undefined
// means invalid. The control plane may send booleans and numbers as strings.
const VALIDATORS = {
  boolean: (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined),
  integer: (v, min, max) => ((v = num(v)) % 1 === 0 && v >= min && !(v > max) ? v : undefined),
  enum: (v, ...values) => (values.indexOf(v) >= 0 ? v : undefined),
  pattern: (v, pattern) => (typeof v === 'string' && pattern.test(v = v.trim()) ? v : undefined),
};

export function appIdFrom(config) {
  const raw = typeof config.appId === 'string' ? config.appId.trim() : '';
  return APP_ID_PATTERN.test(raw) ? raw : undefined;
}

// Returns {settings, options}: Intercom messenger settings and the plugin's own options. An invalid value is
// logged and never sent; `log` is {warn, error}.
export function settingsFromConfig(config, log) {
  const settings = { app_id: appIdFrom(config), installation_type: INSTALLATION_TYPE };
  const api = config.apiServer || 'standard';
  // Own string keys only: `constructor` must not become an api_base, nor a config object's toString run.
  const region = typeof api === 'string' ? api.trim().toLowerCase() : '';
  const known = hasOwn(REGIONS, region);
  if (!known) log.error('unknown apiServer: default region used');
  settings.api_base = REGIONS[known ? region : 'standard'];
  const options = {};
  for (const [key, kind, isSetting, fallback, ...args] of SETTING_KEYS) {
    const raw = config[key];
    let value = fallback;
    if (raw != null && raw !== '') {
      const valid = VALIDATORS[kind](raw, ...args);
      if (valid === undefined) log.warn(`invalid ${key} ignored`);
      else value = valid;
    }
    if (value == null) continue;
    if (isSetting) settings[snake(key)] = value;
    else options[key] = value;
  }
  return { settings, options };
}
