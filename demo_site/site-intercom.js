// What a site that embeds Intercom itself has on its pages: its own intercomSettings, then Intercom's install
// snippet (a stub queue and the widget script at window load; an Intercom already on the page is updated instead).
// Tests load it with harness.html?site=before|after. An external script, so it also runs under a strict CSP.
(function () {
  'use strict';
  var w = window;
  w.intercomSettings = { app_id: 'abc123xy', alignment: 'left', site_marker: 'set by the site' };
  w.__siteIntercomSettings = w.intercomSettings; // for tests: the very object the site made
  var existing = w.Intercom;
  if (typeof existing === 'function') {
    existing('reattach_activator');
    existing('update', w.intercomSettings);
    return;
  }
  var stub = function () { stub.c(arguments); };
  stub.q = [];
  stub.c = function (args) { stub.q.push(args); };
  w.Intercom = stub;
  function load() {
    var script = document.createElement('script');
    script.async = true;
    script.src = 'https://widget.intercom.io/widget/' + w.intercomSettings.app_id;
    var first = document.getElementsByTagName('script')[0];
    first.parentNode.insertBefore(script, first);
  }
  if (document.readyState === 'complete') load();
  else w.addEventListener('load', load, false);
})();
