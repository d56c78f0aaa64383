// The destination config and the page's own options → the App ID, Intercom messenger settings and the plugin's own
// options, validated (docs/mapping.md "Config" and "Page options").
import { CONFIG, DISPLAY_NAME, INSTALLATION_TYPE, NAME, REGIONS } from './generated/constants.js';
import { hasOwn, isObject, num, objectOr } from './values.js';

// One validator per config `kind` (CONFIG rows, from destination.toml), given the value and its row (the kind's
// bounds); undefined means invalid. The control plane may send booleans and numbers as strings.
const VALIDATORS = {
  boolean(v) {
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    return undefined;
  },
  integer(v, row) {
    const n = num(v);
    const inRange = n % 1 === 0 && !(n < row.min) && !(n > row.max);
    return inRange ? n : undefined;
  },
  enum: (v, row) => (row.values.indexOf(v) >= 0 ? v : undefined),
  pattern: (v, row) => (typeof v === 'string' && row.pattern.test(v.trim()) ? v.trim() : undefined),
  // A key of REGIONS, any case. Own keys only: `constructor` must not become an api_base, nor an object's toString run.
  region(v) {
    const name = typeof v === 'string' ? v.trim().toLowerCase() : undefined;
    return name !== undefined && hasOwn(REGIONS, name) ? name : undefined;
  },
};

const APP_ID_ROW = CONFIG.find((row) => row.key === 'appId');

// The App ID from a config, or undefined when it is not 1-64 letters and digits.
export const appIdFrom = (config) => VALIDATORS.pattern(config.appId, APP_ID_ROW);

// The page's own options for this destination: the `integrations` load option, which both SDKs hand the constructor
// as `analytics.loadOnlyIntegrations` (docs/sdk-contract.md): v3 keeps the display name (`Intercom`), v1.1 renames it
// to the definition name (`INTERCOM`). Only an object is options (`Intercom: true` just enables the destination).
export function pageOptionsFrom(analytics) {
  const integrations = objectOr(objectOr(analytics).loadOnlyIntegrations);
  if (isObject(integrations[DISPLAY_NAME])) return integrations[DISPLAY_NAME];
  return objectOr(integrations[NAME]);
}

// Returns {settings, options}: Intercom messenger settings and the plugin's own options, each key of CONFIG taken
// from the first source holding a valid value for it, else its default:
//   1. `page`, the page's own options (pageOptionsFrom), then
//   2. `config`, the destination config.
// (The site's window.intercomSettings wins over both; loader.js's holdSettings keeps its values.) An invalid value
// is logged once, naming the key and its source, and the next source down is used: a page option written wrong
// falls back to what the control plane sent, not to the default, which is what the site would have without the page
// option. Absent, null and '' values are no value. Keys outside CONFIG (the control plane's event filtering and
// consent keys, the REST apiKey, anything unknown) are never read. `log` is {warn, error}.
//
// A messenger setting that is `false` is not sent: false is Intercom's default, and sending it would override the
// workspace's own rules (hide_default_launcher: false forces the launcher on).
export function settingsFrom({ config, page }, log) {
  const sources = [
    { name: 'the page options', values: objectOr(page) },
    { name: 'the destination config', values: objectOr(config) },
  ];
  const settings = { app_id: undefined, installation_type: INSTALLATION_TYPE };
  const options = {};
  for (const row of CONFIG) {
    let value = valueOf(row, sources, log);
    if (row.kind === 'region') value = REGIONS[value];
    if (!row.setting) options[row.key] = value;
    else if (value != null && value !== false) settings[row.setting] = value;
  }
  return { settings, options };
}

// The row's value from the first source holding a valid one, else its fallback (undefined when it has none).
function valueOf(row, sources, log) {
  for (const source of sources) {
    const raw = source.values[row.key];
    if (raw == null || raw === '') continue;
    const valid = VALIDATORS[row.kind](raw, row);
    if (valid !== undefined) return valid;
    // An unknown region is an error (the data would go to the wrong region's servers); the rest warnings.
    const level = row.kind === 'region' ? 'error' : 'warn';
    log[level](`invalid ${row.key} from ${source.name} ignored`);
  }
  return row.fallback;
}
