// Loads a real RudderStack SDK build against this server. Tests and the demo page share it.
// Exposes window.rs (the SDK instance) and window.rsHarness.
(function () {
  'use strict';
  var q = new URLSearchParams(location.search);

  function b64url(text) {
    return btoa(unescape(encodeURIComponent(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function addScript(src, onload) {
    var s = document.createElement('script');
    s.src = src;
    s.onload = onload;
    (document.head || document.documentElement).appendChild(s);
  }

  // opts: {sdk, config (object), source (token of a source config registered on the server), load (object), key,
  // build, after (called with the SDK instance)}
  function start(opts) {
    var sdk = opts.sdk || 'v3-modern';
    var build = opts.build || (sdk === 'v3-modern' ? 'modern' : 'legacy');
    var origin = location.origin;
    var loadOptions = Object.assign({
      configUrl: origin + '/config/' + (opts.source || b64url(JSON.stringify(opts.config || {}))),
      destSDKBaseURL: origin + '/cdn/' + build + '/js-integrations',
      logLevel: 'WARN',
      polyfillIfRequired: false
    }, opts.load || {});
    var dataPlaneUrl = origin + '/dp/' + encodeURIComponent(opts.key || 'default');
    window.rsHarness.options = { sdk: sdk, build: build, loadOptions: loadOptions, dataPlaneUrl: dataPlaneUrl };
    addScript('/sdk/' + sdk + '.js', function () {
      var rs = sdk === 'v1.1' ? window.rudderanalytics : new window.rudderanalytics.RudderAnalytics();
      window.rs = rs;
      rs.load('WK', dataPlaneUrl, loadOptions);
      (opts.after || function () {})(rs);
    });
  }

  window.rsHarness = { start: start, b64url: b64url };
  var self = document.currentScript;
  if (q.get('autoload') !== '0' && !(self && self.dataset.autoload === '0')) {
    start({
      sdk: q.get('sdk'),
      build: q.get('build'),
      key: q.get('key'),
      config: JSON.parse(q.get('config') || '{}'),
      source: q.get('source'),
      load: JSON.parse(q.get('load') || '{}'),
      // site=after: the site's own Intercom snippet runs once the SDK and its destinations are ready.
      after: q.get('site') === 'after' ? function (rs) { rs.ready(function () { addScript('/site-intercom.js'); }); } : null
    });
  }
})();
