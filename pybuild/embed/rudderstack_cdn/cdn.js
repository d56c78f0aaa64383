// pybuild.embed's offline RudderStack (pybuild/embed/offline_rudderstack.py) serves this file in a test's browser
// as RudderStack's CDN SDK file (.../v3/<build>/rsa.min.js, .../v1.1/rudder-analytics.min.js), with the SDK's npm
// UMD build as published in place of the mark line below. The CDN file and the npm build differ in one thing a
// page sees: RudderStack's loading snippet leaves `window.rudderanalytics` as an array of queued
// [method, ...args] calls, which the CDN file turns into the one SDK instance (running the load call and the queued
// calls), while the npm UMD build replaces `window.rudderanalytics` with its exports, queue and all. So the build
// runs here as a CommonJS module (its UMD header then fills `module.exports` and leaves the page's global alone),
// the instance is made as the CDN file makes it, and `window.rudderanalytics` becomes its methods. ES5, like the
// legacy builds.
(function (window) {
  var module = { exports: {} };
  var exports = module.exports;
/* the npm build */
  var sdk = module.exports;
  if (typeof sdk.RudderAnalytics === 'function') {
    // v3: the constructor takes the load call and the queued calls from window.rudderanalytics. The CDN file
    // exposes these methods of the instance (packages/analytics-js/src/browser.ts).
    var instance = new sdk.RudderAnalytics();
    var methods = ['setDefaultInstanceKey', 'getAnalyticsInstance', 'load', 'ready', 'page', 'track', 'identify',
      'alias', 'group', 'reset', 'getAnonymousId', 'setAnonymousId', 'getUserId', 'getUserTraits', 'getGroupId',
      'getGroupTraits', 'startSession', 'endSession', 'getSessionId', 'consent', 'setAuthToken',
      'addCustomIntegration'];
    sdk = {};
    for (var i = 0; i < methods.length; i++) {
      if (typeof instance[methods[i]] === 'function') sdk[methods[i]] = instance[methods[i]];
    }
  }
  // v1.1 took the queue while its module ran (it reads window.rudderanalytics itself); its exports are the methods.
  window.rudderanalytics = sdk;
})(window);
