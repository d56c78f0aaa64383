// The launcher facade and the watch of the site's own launchers (docs/page-speed.md) against a minimal fake page
// (fake-page.js). The browser tests cover the real DOM and CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { element, fakePage } from './fake-page.js';
import { drawFacade, watchLaunchers } from '../src/facade.js';
import { installStub } from '../src/loader.js';
import { LAUNCHER, SHOW_COMMANDS } from '../src/generated/constants.js';

const LOOK = { side: 'right', sideOffset: 20, bottomOffset: 20, zIndex: LAUNCHER.z_index, color: LAUNCHER.color };
const facadeOf = (page) => page.body.children[0];

test('the facade: a <button> named as Intercom\'s launcher, 48 px, fixed where it appears, styled through the CSSOM only, with an inline SVG bubble', () => {
  const page = fakePage();
  drawFacade(page.win, LOOK, page.onIntent);
  const button = facadeOf(page);
  assert.equal(button.tag, 'button');
  assert.equal(button.type, 'button');
  assert.deepEqual(button.attributes, { 'aria-label': 'Open Intercom Messenger' }, 'no style attribute');
  assert.deepEqual([button.css.position, button.css.right, button.css.bottom, button.css.width, button.css.height],
    ['fixed', '20px', '20px', '48px', '48px']);
  assert.equal(button.css.left, undefined);
  assert.deepEqual([button.css['z-index'], button.css.background, button.css['border-radius']], ['2147483003', '#333333', '50%']);
  // Nothing of the browser's own button look: the circle is exactly where Intercom's launcher will be, the white
  // bubble centred in it, a pointer over it, the launcher's shadow, and no outline until keyboard focus.
  assert.deepEqual([button.css.margin, button.css.padding, button.css.border], ['0', '0', '0']);
  assert.deepEqual([button.css.color, button.css.display, button.css['align-items'], button.css['justify-content'],
    button.css.cursor, button.css.outline], ['#ffffff', 'flex', 'center', 'center', 'pointer', 'none']);
  assert.match(button.css['box-shadow'], /rgba\(0, 0, 0, [\d.]+\)/);
  const [svg] = button.children;
  assert.deepEqual([svg.tag, svg.ns, svg.attributes['aria-hidden'], svg.attributes.focusable], ['svg', 'http://www.w3.org/2000/svg', 'true', 'false']);
  assert.deepEqual([svg.attributes.width, svg.attributes.height, svg.attributes.viewBox], ['28', '28', '0 0 24 24']);
  const [path] = svg.children;
  assert.equal(path.tag, 'path');
  assert.equal(path.attributes.fill, 'currentColor', 'the button\'s white');
  assert.match(path.attributes.d, /^M[^M]+z$/, 'one closed outline');
  assert.deepEqual(page.calls, [['ready', page.calls[0][1]]], 'it asks to hear of the boot, and nothing else');
});

test('the facade\'s look: the left side, paddings, z-index and colour', () => {
  const page = fakePage();
  drawFacade(page.win, { side: 'left', sideOffset: 40, bottomOffset: 64, zIndex: 0, color: 'rgb(255, 0, 102)' }, page.onIntent);
  const { css } = facadeOf(page);
  assert.deepEqual([css.left, css.right, css.bottom, css['z-index'], css.background], ['40px', undefined, '64px', '0', 'rgb(255, 0, 102)']);
});

test('pointer over, focus and touch are intent; a click before the boot opens the Messenger once booted, and the facade goes', () => {
  const page = fakePage();
  drawFacade(page.win, LOOK, page.onIntent);
  const button = facadeOf(page);
  button.fire('mouseenter');
  button.fire('touchstart');
  button.fire('focus');
  assert.equal(page.intents, 3);
  button.fire('click');
  assert.equal(page.shows(), 0, 'not booted yet');
  page.boot();
  assert.equal(page.shows(), 1, 'the click was kept');
  assert.equal(button.parentNode, null);
});

test('booted while it has the pointer or the focus: it stays until it loses them, or opens the Messenger when clicked', () => {
  const pointer = fakePage();
  drawFacade(pointer.win, LOOK, pointer.onIntent);
  facadeOf(pointer).fire('mouseenter');
  pointer.boot();
  const hovered = facadeOf(pointer);
  assert.ok(hovered, 'stays under the pointer');
  hovered.fire('mouseleave');
  assert.equal(hovered.parentNode, null);
  assert.equal(pointer.shows(), 0);

  const keyboard = fakePage();
  drawFacade(keyboard.win, LOOK, keyboard.onIntent);
  const focused = facadeOf(keyboard);
  focused.fire('focus');
  keyboard.boot();
  assert.equal(focused.parentNode, keyboard.body, 'stays while focused');
  focused.fire('click'); // Enter or Space on a focused <button>
  assert.equal(keyboard.shows(), 1);
  assert.equal(focused.parentNode, null);

  const left = fakePage();
  drawFacade(left.win, LOOK, left.onIntent);
  facadeOf(left).fire('focus');
  left.boot();
  const blurred = facadeOf(left);
  blurred.fire('blur');
  assert.equal(blurred.parentNode, null, 'goes when the focus leaves');
});

test('booted untouched (the page opened it, say): the facade goes without opening anything', () => {
  const page = fakePage();
  drawFacade(page.win, LOOK, page.onIntent);
  page.boot();
  assert.deepEqual([page.body.children.length, page.shows(), page.intents], [0, 0, 0]);
});

test('the focus ring: shown for keyboard focus (:focus-visible), not for a mouse\'s; the launcher shadow back on blur', () => {
  const page = fakePage();
  drawFacade(page.win, LOOK, page.onIntent);
  const button = facadeOf(page);
  const shadow = button.css['box-shadow'];
  button.fire('focus');
  assert.match(button.css['box-shadow'], /#ffffff.*#111111/, 'a white ring inside a dark one: seen on any page colour');
  assert.equal(button.css.outline, '3px solid transparent', 'forced-colours mode paints the outline');
  button.fire('blur');
  assert.deepEqual([button.css['box-shadow'], button.css.outline], [shadow, 'none']);
  button.focusVisible = false;
  button.fire('focus');
  assert.deepEqual([button.css['box-shadow'], button.css.outline], [shadow, 'none']);
});

test('taken away before the load (the core\'s decision): a later boot opens nothing', () => {
  const page = fakePage();
  const facade = drawFacade(page.win, LOOK, page.onIntent);
  facade.remove();
  page.boot();
  assert.deepEqual([page.body.children.length, page.shows()], [0, 0]);
});

test('a page still being parsed: the facade is added when the body exists, unless it was taken away before', () => {
  const page = fakePage({ parsed: false });
  drawFacade(page.win, LOOK, page.onIntent);
  assert.equal(page.body.children.length, 0);
  page.parse();
  assert.equal(facadeOf(page).tag, 'button');
  const early = fakePage({ parsed: false });
  drawFacade(early.win, LOOK, early.onIntent).remove();
  early.parse();
  assert.equal(early.body.children.length, 0);
});

test('where the browser draws frames, the facade is made and added at the next one (the plugin\'s start stays short), unless taken away before', () => {
  const page = fakePage({ frames: true });
  drawFacade(page.win, LOOK, page.onIntent);
  assert.equal(page.body.children.length, 0);
  page.frame();
  assert.equal(facadeOf(page).tag, 'button');
  const early = fakePage({ frames: true, parsed: false });
  drawFacade(early.win, LOOK, early.onIntent).remove();
  early.parse();
  early.frame();
  assert.equal(early.body.children.length, 0);
  assert.deepEqual(early.calls.map((c) => c[0]), ['ready'], 'taken away before the boot: the boot shows nothing');
  early.boot();
  assert.equal(early.shows(), 0);
});

test('taken away, nothing it saw opens the Messenger: not a click on the facade, nor one on the site\'s launchers', () => {
  const page = fakePage();
  const facade = drawFacade(page.win, LOOK, page.onIntent);
  facadeOf(page).fire('click');
  facade.remove();
  const launcher = element('a', ['#help']);
  const watch = watchLaunchers(page.win, '#help', page.onIntent);
  page.dispatch('click', launcher);
  watch.remove();
  page.boot();
  assert.deepEqual([page.body.children.length, page.shows(), page.intents], [0, 0, 2]);
});

test('listeners that never hold the page up: the facade\'s touchstart is passive, its other listeners plain', () => {
  const page = fakePage();
  drawFacade(page.win, LOOK, page.onIntent);
  const { options } = facadeOf(page);
  assert.deepEqual(options.touchstart, { passive: true });
  for (const type of ['mouseenter', 'mouseleave', 'focus', 'blur', 'click']) assert.equal(options[type], false, type);
});

test('the site\'s launchers, by delegation: pointer over, focus and touch are intent, a click opens the Messenger once booted; then Intercom handles them', () => {
  const page = fakePage();
  watchLaunchers(page.win, '#help', page.onIntent);
  const launcher = element('a', ['#help']);
  const icon = launcher.appendChild(element('span'));
  const other = element('p');
  page.dispatch('mouseover', icon);
  page.dispatch('focusin', launcher);
  page.dispatch('touchstart', launcher);
  for (const type of ['mouseover', 'focusin', 'touchstart', 'click']) page.dispatch(type, other);
  assert.equal(page.intents, 3);
  assert.deepEqual(Object.values(page.capture), [true, true, true, true], 'seen in the capture phase: the site cannot stop it');
  page.dispatch('click', icon);
  assert.equal(page.shows(), 0);
  page.boot();
  assert.equal(page.shows(), 1);
  assert.deepEqual(Object.values(page.listeners).flat(), [], 'the watch ended');
});

test('the site\'s launchers untouched until Intercom boots: nothing opens, and the watch ends', () => {
  const page = fakePage();
  watchLaunchers(page.win, '#help', page.onIntent);
  page.dispatch('mouseover', element('a', ['#help']));
  page.boot();
  assert.deepEqual([page.shows(), Object.values(page.listeners).flat()], [0, []]);
});

test('the site\'s launchers: a selector the browser refuses matches nothing and throws nothing; remove() ends the watch', () => {
  const page = fakePage();
  const watch = watchLaunchers(page.win, '!!', page.onIntent);
  page.dispatch('click', element('a'));
  assert.equal(page.intents, 0);
  watch.remove();
  assert.deepEqual(Object.values(page.listeners).flat(), []);
  page.boot();
  assert.equal(page.shows(), 0);
});

test('the stub reports a call that opens the Messenger before queueing it (what the load queues runs first); other calls are only queued', () => {
  const win = {};
  const seen = [];
  installStub(win, 10, () => {}, () => {
    seen.push(win.Intercom.q.length);
    win.Intercom('trackEvent', 'kept for the load');
  });
  win.Intercom('update', {});
  for (const command of SHOW_COMMANDS) win.Intercom(command);
  assert.equal(seen.length, SHOW_COMMANDS.length);
  assert.deepEqual(win.Intercom.q.slice(0, 3).map((args) => args[0]), ['update', 'trackEvent', 'show']);
});
