// The demo page: buttons send RudderStack events; the offline widget's calls are listed as they arrive.
(function () {
  'use strict';
  var me = document.currentScript;
  var realWidget = me.dataset.realWidget === 'true';

  function offlineWidget() {
    // A service worker answers widget.intercom.io with the offline widget, so the plugin runs unmodified.
    if (realWidget || !navigator.serviceWorker) return Promise.resolve();
    return navigator.serviceWorker.register('/sw.js').then(function () {
      if (navigator.serviceWorker.controller) return;
      return new Promise(function (resolve) {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
    }).catch(function () { /* blocked (tests route the widget themselves) */ });
  }

  function showCalls() {
    var list = document.getElementById('calls');
    var calls = window.__intercomCalls || [];
    list.textContent = '';
    calls.forEach(function (c) {
      var li = document.createElement('li');
      li.textContent = new Date(c.t).toISOString().slice(11, 23) + '  Intercom(' + JSON.stringify(c.cmd) +
        (c.args.length ? ', ' + c.args.map(function (a) { return JSON.stringify(a, null, 2); }).join(', ') : '') + ')' +
        (c.auto ? '  (auto boot from intercomSettings)' : '');
      list.appendChild(li);
    });
  }

  var actions = {
    identify: function (rs) {
      rs.identify('tp4r23', { name: 'John Doe', email: 'john@doe.com', company: { id: 'company123', name: 'John Doe Inc.' },
        createdAt: 'Mon May 19 2019 18:34:24 GMT+0000 (UTC)' });
    },
    track: function (rs) {
      rs.track('Product bought', { order_ID: '140021222', category: 'shoes', product_name: 'sports_shoes', price: 199.95, currency: 'USD' });
    },
    page: function (rs) { rs.page(); },
    reset: function (rs) { rs.reset(); },
    identifyOther: function (rs) { rs.identify('other-user', { name: 'Jane Roe', email: 'jane@roe.com' }); },
    unread: function () { window.__fakeIntercom.unread(2); },
    read: function () { window.__fakeIntercom.unread(0); },
    emailSupplied: function () { window.__fakeIntercom.emailSupplied(); },
  };

  // The round trip: Messenger callbacks come back as RudderStack track events at the demo's data plane.
  function showDataplane() {
    fetch('/dataplane/demo').then(function (r) { return r.json(); }).then(function (events) {
      var list = document.getElementById('dataplane');
      list.textContent = '';
      events.filter(function (e) { return /^Intercom /.test(e.event || ''); }).forEach(function (e) {
        var li = document.createElement('li');
        li.textContent = 'track(' + JSON.stringify(e.event) + ', ' + JSON.stringify(e.properties) + ')';
        list.appendChild(li);
      });
    }).catch(function () {});
  }

  document.addEventListener('fake-intercom-call', showCalls);
  offlineWidget().then(function () {
    window.rsHarness.start({ sdk: 'v3-modern', key: 'demo',
      config: { appId: me.dataset.appId, trackMessengerEvents: true, sendAnonymousId: true } });
    setInterval(showDataplane, 1000);
    Object.keys(actions).forEach(function (id) {
      document.getElementById(id).addEventListener('click', function () { actions[id](window.rs); });
    });
  });
})();
