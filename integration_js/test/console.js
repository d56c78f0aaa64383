// The console as the tests read it; not a test file itself.

// Runs `fn` with console.debug/warn/error recorded in `logged` as [level, ...args], and returns what `fn` returns.
export function withConsole(logged, fn) {
  const original = { debug: console.debug, warn: console.warn, error: console.error };
  for (const level of Object.keys(original)) console[level] = (...args) => logged.push([level, ...args]);
  try {
    return fn();
  } finally {
    Object.assign(console, original);
  }
}
