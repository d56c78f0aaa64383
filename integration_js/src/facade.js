// What the visitor reaches for while Intercom's widget is not loaded (docs/page-speed.md): the launcher facade and
// the site's own launchers (custom_launcher_selector). With the loader and the class, the only code that touches
// `window`. Whether there is a facade and when the widget loads are the core's decisions; this module draws, reports
// the visitor's reach (`onIntent`), and opens the Messenger on a click once Intercom has booted, so no click is lost.
//
// Intercom('ready', fn) runs `fn` once the Messenger has booted; called on the stub before the script loads, it is
// queued and replayed like any call (docs/page-speed.md "How it works").
import { LAUNCHER } from './generated/constants.js';

const SVG = 'http://www.w3.org/2000/svg';
// A chat bubble with a tail, on a 24 px grid.
const BUBBLE = 'M12 3C6.48 3 2 6.92 2 11.75c0 2.6 1.3 4.93 3.36 6.53L4.5 21.5l4.1-1.98c1.05.32 2.2.48 3.4.48 '
  + '5.52 0 10-3.92 10-8.25S17.52 3 12 3z';
// Intercom's launcher's own shadow; the focus ring replaces it: a white ring inside a dark one, visible on any page
// colour, and a transparent outline that forced-colours mode (which drops shadows) paints in the system colour.
const SHADOW = '0 1px 6px rgba(0, 0, 0, 0.06), 0 2px 32px rgba(0, 0, 0, 0.16)';
const RING = '0 0 0 2px #ffffff, 0 0 0 5px #111111';

// Draws the facade with `look` (the core's: side, sideOffset, bottomOffset, zIndex, color) and returns {remove}.
// Pointer over, focus or touch: `onIntent`. A click (Enter and Space too: it is a <button>) also opens the Messenger
// as soon as Intercom has booted. It goes once Intercom has booted, unless it has the pointer or the focus: then it
// stays until it loses them, or is clicked (it opens the Messenger and goes), so nobody is left pressing nothing.
export function drawFacade(win, look, onIntent) {
  const doc = win.document;
  const state = { booted: false, clicked: false, pointer: false, focus: false, gone: false };
  let button; // made at the next frame (drawSoon); no event reaches it before
  // Once: removing the focused button fires its blur, whose handler would remove it again.
  const remove = () => {
    if (state.gone) return;
    state.gone = true;
    if (button && button.parentNode) button.parentNode.removeChild(button);
  };
  const open = () => {
    remove();
    win.Intercom('show');
  };
  const leave = () => {
    if (state.booted && !state.pointer && !state.focus) remove();
  };
  const handlers = {
    mouseenter: () => { state.pointer = true; onIntent(); },
    mouseleave: () => { state.pointer = false; leave(); },
    touchstart: () => onIntent(),
    focus: () => { state.focus = true; ring(button, true); onIntent(); },
    blur: () => { state.focus = false; ring(button, false); leave(); },
    click: () => {
      onIntent();
      if (state.booted) open();
      else state.clicked = true;
    },
  };
  win.Intercom('ready', () => {
    if (state.gone) return; // taken away before the load (the core's decision): nothing to open
    state.booted = true;
    if (state.clicked) open();
    else leave();
  });
  drawSoon(win, () => {
    if (!state.gone) doc.body.appendChild(button = launcherButton(doc, look, handlers));
  });
  return { remove };
}

// Watches the site's own launchers (`selector`) by delegation on the document, so elements added later count too:
// pointer over, focus or touch is `onIntent`, a click also opens the Messenger once Intercom has booted. From then
// on Intercom handles them itself, so the watch ends. Returns {remove}.
export function watchLaunchers(win, selector, onIntent) {
  const doc = win.document;
  let clicked = false;
  const isLauncher = (event) => {
    try {
      return !!(event.target && event.target.closest && event.target.closest(selector));
    } catch (e) {
      return false; // a selector the browser refuses matches nothing, as with Intercom
    }
  };
  const reach = (event) => { if (isLauncher(event)) onIntent(); };
  const listeners = {
    mouseover: reach,
    focusin: reach,
    touchstart: reach,
    click: (event) => {
      if (!isLauncher(event)) return;
      clicked = true;
      onIntent();
    },
  };
  let watching = true;
  const remove = () => {
    watching = false;
    for (const type in listeners) doc.removeEventListener(type, listeners[type], true);
  };
  // Capture: the site's own handlers cannot stop the visitor's reach from being seen.
  for (const type in listeners) doc.addEventListener(type, listeners[type], true);
  win.Intercom('ready', () => {
    if (!watching) return;
    remove();
    if (clicked) win.Intercom('show');
  });
  return { remove };
}

// The facade itself: a <button> named for what it opens, where Intercom's launcher will be, listening with `handlers`.
function launcherButton(doc, look, handlers) {
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', LAUNCHER.label);
  style(button, look);
  button.appendChild(bubble(doc));
  for (const type in handlers) {
    button.addEventListener(type, handlers[type], type === 'touchstart' ? { passive: true } : false);
  }
  return button;
}

// Styled through the CSSOM only (no style attribute in markup, no <style> element), so a Content-Security-Policy
// without 'unsafe-inline' has nothing to refuse. Where Intercom's launcher appears, so nothing moves when it comes.
function style(button, look) {
  const size = LAUNCHER.size_px + 'px';
  const css = {
    position: 'fixed',
    bottom: look.bottomOffset + 'px',
    [look.side]: look.sideOffset + 'px',
    'z-index': String(look.zIndex),
    width: size,
    height: size,
    margin: '0',
    padding: '0',
    border: '0',
    'border-radius': '50%',
    background: look.color,
    color: '#ffffff',
    cursor: 'pointer',
    display: 'flex',
    'align-items': 'center',
    'justify-content': 'center',
    'box-shadow': SHADOW,
    outline: 'none',
  };
  for (const name in css) button.style.setProperty(name, css[name]);
}

// The focus ring, shown for keyboard focus (:focus-visible, where the browser knows it; else on any focus).
function ring(button, focused) {
  let visible = focused;
  try {
    visible = focused && button.matches(':focus-visible');
  } catch (e) { /* an older browser: any focus shows the ring */ }
  button.style.setProperty('box-shadow', visible ? RING : SHADOW);
  button.style.setProperty('outline', visible ? '3px solid transparent' : 'none');
}

function bubble(doc) {
  const svg = doc.createElementNS(SVG, 'svg');
  const attributes = { width: '28', height: '28', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' };
  for (const name in attributes) svg.setAttribute(name, attributes[name]);
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', BUBBLE);
  svg.appendChild(path);
  return svg;
}

// Runs `fn` once the document has a body (the plugin may start while the page is still being parsed), at the next
// frame: nothing drawn shows before it anyway, and the plugin's start, which runs inside the SDK's own task, stays
// short (docs/page-speed.md "The plugin's own start").
function drawSoon(win, fn) {
  const doc = win.document;
  const draw = typeof win.requestAnimationFrame === 'function' ? () => win.requestAnimationFrame(fn) : fn;
  if (doc.body) draw();
  else doc.addEventListener('DOMContentLoaded', draw);
}
