// Destination config → the App ID and Intercom messenger settings, validated.
import { APP_ID_PATTERN, INSTALLATION_TYPE, REGIONS, SETTING_KEYS } from './generated/constants.js';
import { hasOwn } from './safe.js';

const CSS_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20}|(rgb|hsl)a?\([\d\s.,%]+\))$/i;

// One validated value per kind; undefined means invalid.
const VALIDATORS = {
  boolean: (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined),
  integer: (v, spec) => {
    const n = typeof v === 'string' && v.trim() ? Number(v) : v;
    return Number.isInteger(n) && n >= spec.min && !(n > spec.max) ? n : undefined;
  },
  enum: (v, spec) => (spec.values.indexOf(v) >= 0 ? v : undefined),
  color: (v) => (typeof v === 'string' && CSS_COLOR.test(v.trim()) ? v.trim() : undefined),
  selector: (v) => (typeof v === 'string' && v.trim() && v.length <= 200 && !/[<>{};]/.test(v) ? v.trim() : undefined),
};

export function appIdFrom(config) {
  const raw = typeof config.appId === 'string' ? config.appId.trim() : '';
  return APP_ID_PATTERN.test(raw) ? raw : undefined;
}

// Returns {settings, options}: Intercom messenger settings and the plugin's own options.
export function settingsFromConfig(config, warn) {
  const settings = { app_id: appIdFrom(config), installation_type: INSTALLATION_TYPE };
  const region = config.apiServer == null || config.apiServer === '' ? 'standard' : config.apiServer;
  // Own string keys only: `constructor` must not become an api_base, nor a config object's toString run.
  const known = typeof region === 'string' && hasOwn(REGIONS, region);
  if (!known) warn(`unknown apiServer ${String(JSON.stringify(region)).slice(0, 40)}: default region used`);
  settings.api_base = REGIONS[known ? region : 'standard'];
  const options = {};
  for (const [key, kind, setting, spec, fallback] of SETTING_KEYS) {
    const raw = config[key];
    let value = fallback;
    if (raw != null && raw !== '') {
      const valid = VALIDATORS[kind](raw, spec);
      if (valid === undefined) warn(`invalid ${key} ignored`);
      else value = valid;
    }
    if (value == null) continue;
    if (setting) settings[setting] = value;
    else options[key] = value;
  }
  return { settings, options };
}
