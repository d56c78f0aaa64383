// The plugin's logger (log.js): the SDK's log level decides what reaches the console, prefixed [Intercom].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeLogger } from '../src/log.js';
import { withConsole } from './console.js';

// What each level lets through of one debug, one warn and one error.
function through(level) {
  const logged = [];
  withConsole(logged, () => {
    const log = makeLogger(level);
    log.debug('d', 1);
    log.warn('w');
    log.error('e');
  });
  return logged;
}

test('each level logs from itself up, in any case; unknown or no level is ERROR; NONE logs nothing', () => {
  const all = [['debug', '[Intercom]', 'd', 1], ['warn', '[Intercom]', 'w'], ['error', '[Intercom]', 'e']];
  for (const level of ['LOG', 'info', 'DEBUG', 'Debug']) assert.deepEqual(through(level), all, level);
  assert.deepEqual(through('WARN'), all.slice(1));
  for (const level of ['ERROR', 'error', undefined, null, '', 'verbose', 7]) {
    assert.deepEqual(through(level), all.slice(2), String(level));
  }
  assert.deepEqual(through('NONE'), []);
});
