// Served by `pybuild bench` beside its pages: tells a page when the SDK adds Intercom's widget script and this
// plugin's file, and hands it the plugin's class as the file defines it (before the SDK constructs it).
// on: {widget(scriptElement), plugin(), pluginClass(INTERCOM)}, each called once.
window.watchScripts = function (on) {
  var seen = {};
  var once = function (name) { var first = !seen[name]; seen[name] = true; return first; };
  new MutationObserver(function (records) {
    records.forEach(function (r) {
      r.addedNodes.forEach(function (node) {
        var src = node.tagName === 'SCRIPT' ? node.src : '';
        if (src.indexOf('https://widget.intercom.io/widget/') === 0 && once('widget')) on.widget(node);
        if (/\/INTERCOM\.min\.js$/.test(src) && once('plugin')) {
          on.plugin();
          var value;
          Object.defineProperty(window, 'INTERCOM_RS', { configurable: true, enumerable: true,
            get: function () { return value; },
            set: function (v) { if (v && v.INTERCOM && once('class')) on.pluginClass(v.INTERCOM); value = v; } });
        }
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
};
