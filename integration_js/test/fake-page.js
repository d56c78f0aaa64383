// A minimal fake page for the code that touches window (facade.test.js, index.test.js): elements that record their
// attributes, CSSOM properties and listeners (with their options); a document and a window whose events the test
// fires; an Intercom that records calls and runs the Intercom('ready', fn) callbacks when the test boots it. Not a
// test file itself. The browser tests cover the real DOM and CSP.
export function element(tag, selectors = []) {
  const node = {
    tag,
    selectors, // what it matches, for closest()
    attributes: {},
    css: {}, // set through the CSSOM
    children: [],
    listeners: {},
    options: {}, // each listener type's addEventListener options
    parentNode: null,
    focusVisible: true,
    style: { setProperty: (name, value) => { node.css[name] = value; } },
    setAttribute(name, value) { node.attributes[name] = String(value); },
    appendChild(child) { child.parentNode = node; node.children.push(child); return child; },
    // As a browser does: a focused child being removed fires its blur first, and it must still be a child then.
    removeChild(child) {
      if (child.focused) child.fire('blur');
      const at = node.children.indexOf(child);
      if (at < 0) throw new Error('The node to be removed is no longer a child of this node');
      node.children.splice(at, 1);
      child.parentNode = null;
    },
    focused: false,
    addEventListener(type, fn, options) {
      (node.listeners[type] = node.listeners[type] || []).push(fn);
      node.options[type] = options;
    },
    fire(type) {
      if (type === 'focus' || type === 'blur') node.focused = type === 'focus';
      (node.listeners[type] || []).forEach((fn) => fn({ target: node }));
    },
    matches(selector) { return selector === ':focus-visible' && node.focusVisible; },
    closest(selector) {
      if (selector === '!!') throw new SyntaxError('not a selector');
      for (let at = node; at; at = at.parentNode) if (at.selectors.includes(selector)) return at;
      return null;
    },
  };
  return node;
}

// `parsed`: the body exists; `readyState`: the document's; `intercom`: the page has an Intercom (else the plugin
// installs its stub, and `loadWidget()` plays the widget's arrival); `idle`: the browser has requestIdleCallback;
// `frames`: it has requestAnimationFrame (then `frame()` plays the next frame).
export function fakePage({ parsed = true, readyState = 'complete', intercom = true, idle = true, frames = false } = {}) {
  const calls = [];
  let ready = [];
  const listeners = {}; // the document's, by type
  const capture = {}; // whether each of the document's listener types listens in the capture phase
  const windowListeners = {};
  const idleCallbacks = [];
  const frameCallbacks = [];
  const body = element('body');
  const head = element('head');
  const document = {
    body: parsed ? body : null,
    head,
    readyState,
    createElement: (tag) => element(tag),
    createElementNS: (ns, tag) => Object.assign(element(tag), { ns }),
    querySelector(selector) {
      const prefix = /^script\[src\^="(.*)"\]$/.exec(selector)[1];
      return head.children.find((s) => s.src.startsWith(prefix)) || null;
    },
    addEventListener(type, fn, useCapture) {
      (listeners[type] = listeners[type] || []).push(fn);
      capture[type] = useCapture;
    },
    removeEventListener(type, fn, useCapture) {
      if (useCapture === capture[type]) listeners[type] = (listeners[type] || []).filter((f) => f !== fn);
    },
  };
  // Intercom's widget: records every call, and hears of its boot through Intercom('ready', fn).
  const widget = (...args) => {
    calls.push(args);
    if (args[0] === 'ready') ready.push(args[1]);
  };
  const win = {
    document,
    location: { href: 'https://site.test/' },
    addEventListener(type, fn) { (windowListeners[type] = windowListeners[type] || []).push(fn); },
  };
  if (intercom) win.Intercom = widget;
  if (idle) win.requestIdleCallback = (fn) => idleCallbacks.push(fn);
  if (frames) win.requestAnimationFrame = (fn) => frameCallbacks.push(fn);
  let intents = 0;
  const page = {
    win,
    body,
    head,
    calls,
    capture,
    shows: () => calls.filter((c) => c[0] === 'show').length,
    onIntent: () => { intents += 1; },
    get intents() { return intents; },
    listeners,
    // The page's event reaching the document's listeners, from `target`.
    dispatch(type, target) { (listeners[type] || []).forEach((fn) => fn({ target })); },
    parse() { document.body = body; (listeners.DOMContentLoaded || []).forEach((fn) => fn()); },
    // The page's load event, then its first idle period.
    load() { document.readyState = 'complete'; (windowListeners.load || []).forEach((fn) => fn()); },
    idle() { idleCallbacks.splice(0).forEach((fn) => fn()); },
    frame() { frameCallbacks.splice(0).forEach((fn) => fn()); },
    scripts: () => head.children.filter((c) => c.tag === 'script').map((c) => c.src),
    // The widget script arrives: it replaces the stub, replays what the stub queued, then boots.
    loadWidget() {
      const queued = (win.Intercom && win.Intercom.q) || [];
      win.Intercom = widget;
      for (const args of queued) widget(...args);
      page.boot();
    },
    boot() { const fns = ready; ready = []; fns.forEach((fn) => fn()); },
  };
  return page;
}
