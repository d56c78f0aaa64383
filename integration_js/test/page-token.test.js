// Tokens the page put in window.intercomSettings (docs/mapping.md "Tokens from the page"): page-token.js reads them,
// and the session core gives each only to its own person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { init, start, step } from '../src/core.js';
import { heldBy, identify, SETTINGS } from './session.js';

const jwtFor = (claims) => 'eyJhbGciOiJIUzI1NiJ9.' + Buffer.from(JSON.stringify(claims)).toString('base64url') + '.sig';
function pageSession(site, stored) {
  const sent = [];
  const sdk = stored ? heldBy(stored) : { userId: '', context: { traits: {} } };
  let state;
  const run = (out) => { sent.push(...out.commands); state = out.state; };
  run(init(start(SETTINGS, { bootAnonymousVisitors: true, loadMessenger: 'now' }),
    { sdk, site, ownStub: true, inject: true, url: '/' }, 0));
  const s = {
    sent,
    play(input, at) { run(step(state, Object.assign({ sdk, url: '/' }, input), at)); return s; },
    // Whom Intercom holds and the tokens it holds them with.
    held: () => [state._held.user_id, state._held.intercom_user_jwt || state._held.user_hash],
    boots: () => sent.filter((c) => c[0] === 'settings' || c[0] === 'boot').map((c) => c[1]),
  };
  return s;
}

test('a JWT from the page reaches the user it names, and no one else: not another user, not the visitor after a logout', () => {
  const token = jwtFor({ user_id: 'ann', exp: 9 });
  const s = pageSession({ intercom_user_jwt: token, alignment: 'left' });
  assert.equal(s.boots()[0].intercom_user_jwt, undefined, 'the visitor booted at load holds no token');
  assert.equal(s.boots()[0].alignment, 'left', 'the site\'s other settings join every boot');
  assert.deepEqual(s.play(identify('bob'), 1).held(), ['bob', undefined], 'Bob never gets Ann\'s token');
  assert.deepEqual(s.play(identify('ann'), 2).held(), ['ann', token], 'Ann is booted with her token');
  assert.equal(s.boots().at(-1).intercom_user_jwt, token);
  assert.deepEqual(s.play(identify('cat'), 3).held(), ['cat', undefined]);
  assert.ok(s.boots().every((b) => b.user_id === 'ann' || b.intercom_user_jwt === undefined));
});

test('a visitor who identifies as the page token\'s user gets it with the update that makes them that user', () => {
  const token = jwtFor({ email: 'ann@example.com' });
  const s = pageSession({ intercom_user_jwt: token });
  s.play(identify('ann', { email: 'ann@example.com' }), 1);
  assert.deepEqual(s.sent.at(-1), ['update', { user_id: 'ann', email: 'ann@example.com', intercom_user_jwt: token }]);
});

test('a page token at load: the SDK\'s stored user it names is booted verified (not booted again when identified)', () => {
  const token = jwtFor({ user_id: 'ann' });
  const s = pageSession({ intercom_user_jwt: token }, 'ann');
  assert.equal(s.boots()[0].intercom_user_jwt, token);
  s.play(identify('ann', { plan: 'pro' }), 1);
  assert.deepEqual(s.sent.map((c) => c[0]), ['settings', 'inject', 'update'], 'verified already: no second boot');
});

test('a user_hash from the page goes to the user id written beside it, else to the first user; an identify\'s own token wins', () => {
  const beside = pageSession({ user_hash: 'h-ann', user_id: 'ann' });
  assert.deepEqual(beside.play(identify('bob'), 1).held(), ['bob', undefined]);
  assert.deepEqual(beside.play(identify('ann'), 2).held(), ['ann', 'h-ann']);
  const first = pageSession({ user_hash: 'h-first' });
  assert.deepEqual(first.play(identify('bob'), 1).held(), ['bob', 'h-first']);
  assert.deepEqual(first.play(identify('ann'), 2).held(), ['ann', undefined]);
  assert.deepEqual(first.play(identify('bob'), 3).held(), ['bob', 'h-first']);
  const own = pageSession({ intercom_user_jwt: jwtFor({ user_id: 'ann' }) });
  own.play({ type: 'identify', message: { userId: 'ann', context: { traits: {}, Intercom: { user_hash: 'h-own' } } } }, 1);
  assert.deepEqual(own.held(), ['ann', 'h-own']);
});

test('a user the site names in intercomSettings is booted at load, and their id does not join later boots', () => {
  const s = pageSession({ user_id: 'ann', user_hash: 'h-ann', alignment: 'left' });
  assert.deepEqual(s.held(), ['ann', 'h-ann']);
  assert.deepEqual(s.play(identify('bob'), 1).held(), ['bob', undefined]);
  const bob = s.boots().at(-1);
  assert.equal(bob.user_id, 'bob');
  assert.equal(bob.alignment, 'left');
  assert.ok(!JSON.stringify(bob).includes('ann'), 'nothing of Ann goes with Bob');
});

test('a user the site names by email alone: booted at load with the page\'s token, which no other user gets', () => {
  const s = pageSession({ email: 'ann@example.com', user_hash: 'h-ann' });
  assert.deepEqual(s.boots()[0], Object.assign({ email: 'ann@example.com', user_hash: 'h-ann' }, SETTINGS));
  s.play(identify('bob', { email: 'bob@example.com' }), 1).play(identify('cat'), 2);
  assert.ok(s.boots().slice(1).every((b) => b.user_hash === undefined && b.email !== 'ann@example.com'), 'nothing of Ann');
});

test('intercomSettings without a token: the user it names is booted at load, the other settings join every boot', () => {
  const s = pageSession({ user_id: 'ann', alignment: 'left' });
  assert.deepEqual(s.held(), ['ann', undefined]);
  s.play(identify('bob'), 1);
  assert.deepEqual([s.boots().at(-1).user_id, s.boots().at(-1).alignment], ['bob', 'left']);
});

test('the SDK\'s stored user wins over the user the page names, and the page\'s token stays that named user\'s', () => {
  const s = pageSession({ user_id: 'ann', user_hash: 'h-ann' }, 'bob'); // a reload: the SDK holds Bob
  assert.deepEqual(s.held(), ['bob', undefined]);
  assert.deepEqual(s.play(identify('ann'), 1).held(), ['ann', 'h-ann']);
});

test('a JWT whose claims name nobody, or that is no JWT, goes to the first user booted only', () => {
  for (const token of [jwtFor({ exp: 9 }), 'not-a-jwt']) {
    const s = pageSession({ intercom_user_jwt: token });
    assert.deepEqual(s.play(identify('bob'), 1).held(), ['bob', token]);
    assert.deepEqual(s.play(identify('ann'), 2).held(), ['ann', undefined], token);
  }
});

test('a JWT naming a user id in any script reaches that user (claims are base64url UTF-8 JSON)', () => {
  const token = jwtFor({ user_id: 'zoë', name: 'Zoë >> à ~~' }); // its payload holds both base64url-only characters
  assert.match(token.split('.')[1], /-.*_|_.*-/);
  const s = pageSession({ intercom_user_jwt: token });
  assert.deepEqual(s.play(identify('bob'), 1).held(), ['bob', undefined]);
  assert.deepEqual(s.play(identify('zoë'), 2).held(), ['zoë', token]);
});
