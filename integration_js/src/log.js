// Logs through the SDK's log level (v3 and v1.1 both pass `analytics.logLevel`), default ERROR.
const LEVELS = ['LOG', 'INFO', 'DEBUG', 'WARN', 'ERROR', 'NONE'];

export function makeLogger(level) {
  let min = LEVELS.indexOf(String(level).toUpperCase());
  if (min < 0) min = 4; // ERROR, also when no level is given
  const at = (rank, method) => (...args) => rank >= min && console[method]('[Intercom]', ...args);
  return { debug: at(2, 'debug'), warn: at(3, 'warn'), error: at(4, 'error') };
}
