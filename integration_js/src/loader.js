// With the class and the facade, the only code that touches `window`: Intercom's stub, settings and the widget script.
import { SHOW_COMMANDS, WIDGET_URL } from './generated/constants.js';
import { hasOwn, isObject } from './values.js';

// Installs Intercom's stub queue (as Intercom's snippet does) unless the page already has Intercom.
// The queue is bounded so a page whose widget never loads cannot grow it without limit. `onShow` hears of a call
// that opens the Messenger (SHOW_COMMANDS) before it is queued: made before the widget is loaded, it loads it
// (docs/page-speed.md), and what the load queues then runs before it.
export function installStub(win, queueMax, onOverflow, onShow) {
  if (typeof win.Intercom === 'function') return false;
  const stub = function () { stub.c(arguments); };
  stub.q = [];
  stub.c = (args) => {
    if (onShow && SHOW_COMMANDS.indexOf(args[0]) >= 0) onShow();
    return stub.q.length < queueMax ? stub.q.push(args) : onOverflow();
  };
  win.Intercom = stub;
  return true;
}

// Keeps our settings in the page's own `intercomSettings` object (kept, as the site may hold it): the site's values
// win, ours fill in the rest, even when the site's own snippet assigns a new object after us (the setter adopts it
// before Intercom's widget can read it). Returns `put(next)`: a whole new set of ours (a new person), so nothing
// of the previous one stays behind.
export function holdSettings(win, ours) {
  // The site's object if it is one (else a new one of ours), ours filled in under the site's values.
  const adopt = (site) => {
    const kept = isObject(site) ? site : {};
    const sitesValues = Object.assign({}, kept);
    return Object.assign(kept, ours, sitesValues);
  };
  let current = adopt(win.intercomSettings);
  try {
    Object.defineProperty(win, 'intercomSettings', {
      configurable: true, enumerable: true, get: () => current, set: (v) => { current = adopt(v); },
    });
  } catch (e) {
    win.intercomSettings = current; // a page that froze the property: plain assignment, as before
  }
  return (next) => {
    ours = next;
    // Only keys the next set lacks are deleted: a deleted key leaves the object slow for every later boot.
    // (`for in` may also name an inherited key: deleting that is a no-op.)
    for (const key in current) if (!hasOwn(next, key)) delete current[key];
    Object.assign(current, next);
  };
}

// Adds the widget script once, as soon as the DOM allows (not at window load).
export function injectWidget(win, appId, onError) {
  const doc = win.document;
  const add = () => doc.querySelector(`script[src^="${WIDGET_URL}"]`)
    || (doc.head || doc.documentElement).appendChild(Object.assign(doc.createElement('script'),
      { async: true, src: WIDGET_URL + encodeURIComponent(appId), onerror: onError }));
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', add);
  else add();
}
