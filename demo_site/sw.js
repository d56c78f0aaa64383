// Lets the demo run offline in any browser: answers Intercom's widget URL with the offline stand-in.
// (Tests do not use it: Playwright blocks service workers and routes the widget itself.)
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.hostname === 'widget.intercom.io' && url.pathname.startsWith('/widget/')) {
    event.respondWith(fetch('/fake-intercom/widget.js'));
  }
});
