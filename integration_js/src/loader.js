// The only module besides the class that touches `window`: Intercom's stub, settings and the widget script.
import { WIDGET_URL } from './generated/constants.js';
import { objectOr } from './safe.js';

// Installs Intercom's stub queue (as Intercom's snippet does) unless the page already has Intercom.
// The queue is bounded so a page whose widget never loads cannot grow it without limit.
export function installStub(win, queueMax, onOverflow) {
  if (typeof win.Intercom === 'function') return false;
  const stub = function () { stub.c(arguments); };
  stub.q = [];
  stub.c = (args) => (stub.q.length < queueMax ? stub.q.push(args) : onOverflow());
  win.Intercom = stub;
  return true;
}

// Merges our settings into the page's own `intercomSettings` object (kept, not replaced, as the site may hold it):
// ours go in, then a copy of the site's puts its own values back, so what the site set itself wins.
export function mergeSettings(win, settings) {
  const own = objectOr(win.intercomSettings);
  win.intercomSettings = Object.assign(own, settings, Object.assign({}, own));
}

// Puts a whole new set of settings into the page's intercomSettings object (kept, as the site may hold it), so
// nothing of the previous person stays behind.
export function replaceSettings(win, settings) {
  const own = win.intercomSettings;
  for (const key of Object.keys(own)) delete own[key];
  Object.assign(own, settings);
}

// Adds the widget script once, as soon as the DOM allows (not at window load).
export function injectWidget(win, appId, onError) {
  const doc = win.document;
  const add = () => {
    if (doc.querySelector(`script[src^="${WIDGET_URL}"]`)) return;
    const script = doc.createElement('script');
    script.async = true;
    script.src = WIDGET_URL + encodeURIComponent(appId);
    script.onerror = onError;
    (doc.head || doc.documentElement).appendChild(script);
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', add);
  else add();
}
