// Logs through the SDK's log level (v3 and v1.1 both pass `analytics.logLevel`; any case), default ERROR.
const LEVELS = ['log', 'info', 'debug', 'warn', 'error', 'none'];

// {debug, warn, error}: each logs from its own level up.
export function makeLogger(level) {
  let min = LEVELS.indexOf(String(level).toLowerCase());
  if (min < 0) min = 4; // ERROR, also when no level is given
  const log = {};
  for (const method of ['debug', 'warn', 'error']) {
    log[method] = (...args) => LEVELS.indexOf(method) >= min && console[method]('[Intercom]', ...args);
  }
  return log;
}
