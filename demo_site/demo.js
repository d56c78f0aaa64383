// The demo page: forms send events through the real RudderStack SDK; the page lists, as they arrive, every call
// the Intercom widget received, the person it holds, and what the data plane received.
(function () {
  'use strict';
  var data = document.currentScript.dataset;
  var realWidget = data.realWidget === 'true';
  // As on a real site: the App ID from the dashboard (served in the source config), the rest set on the page.
  var dashboard = JSON.parse(data.dashboard || '{}');
  var pageOptions = JSON.parse(data.options || '{}');
  var key = data.key || 'demo-' + Math.random().toString(36).slice(2, 10);
  var CALLBACKS = JSON.parse(data.callbacks || '[]'); // [[messenger_event]] of destination.toml

  function $(id) { return document.getElementById(id); }

  function pad(n, width) { return String(n).padStart(width || 2, '0'); }

  function clock(t) {
    var d = new Date(t);
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds()) + '.' + pad(d.getMilliseconds(), 3);
  }

  function pretty(value) { return JSON.stringify(value, null, 2); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function copy(value) {
    try { return JSON.parse(JSON.stringify(value)); } catch (e) { return '[unserialisable]'; }
  }

  // --- The widget ------------------------------------------------------------------------------------------

  // Offline, a service worker answers widget.intercom.io with the offline widget, so the plugin runs unmodified.
  // (Tests block service workers and route the widget themselves.)
  function offlineWidget() {
    if (!navigator.serviceWorker) return Promise.resolve();
    return navigator.serviceWorker.register('/sw.js').then(function (registration) {
      if (!registration || navigator.serviceWorker.controller) return; // blocked (Playwright), or already serving
      // The first visit: the worker claims this page once active; the timer is a fallback, not the normal path.
      return new Promise(function (resolve) {
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
    }).catch(function () { /* blocked: the page still works where something else serves the widget */ });
  }

  // With Intercom's real widget: drop the offline service worker, and record the calls made to window.Intercom
  // (the real widget keeps no log of its own) by wrapping whatever function is installed there.
  function realWidgetSetup() {
    var calls = (window.__intercomCalls = window.__intercomCalls || []);
    var current;
    function record(entry) {
      calls.push(entry);
      document.dispatchEvent(new CustomEvent('fake-intercom-call', { detail: entry }));
    }
    Object.defineProperty(window, 'Intercom', {
      configurable: true,
      get: function () { return current; },
      set: function (fn) {
        if (typeof fn !== 'function') { current = fn; return; }
        if (!fn.q && window.intercomSettings) {
          record({ t: Date.now(), cmd: 'boot', args: [copy(window.intercomSettings)], auto: true });
        }
        current = new Proxy(fn, {
          apply: function (target, self, args) {
            record({ t: Date.now(), cmd: args[0], args: copy(Array.prototype.slice.call(args, 1)) });
            return Reflect.apply(target, self, args);
          }
        });
      }
    });
    if (!navigator.serviceWorker) return Promise.resolve();
    return navigator.serviceWorker.getRegistrations().then(function (registrations) {
      return Promise.all(registrations.map(function (r) { return r.unregister(); }));
    }).then(function () {
      if (navigator.serviceWorker.controller) location.reload(); // this load still went through the offline worker
    }).catch(function () {});
  }

  // --- What Intercom costs this page ---------------------------------------------------------------------------

  // From the browser's Resource Timing API: when the first response of Intercom's hosts had arrived, and the bytes
  // they sent (transferSize). Offline, a service worker serves the widget: no byte crosses the network, the
  // transferSize is 0, and the script's own size (encodedBodySize) is shown as an estimate (≈).
  var INTERCOM_HOSTS = ['widget.intercom.io', 'js.intercomcdn.com'];

  function kb(bytes) { return (bytes / 1000).toFixed(bytes < 10000 ? 1 : 0) + ' KB'; }

  function watchIntercomCost() {
    if (typeof PerformanceObserver !== 'function') return;
    var cost = { arrived: undefined, bytes: 0, estimated: false, unknown: false };
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (entry) {
        if (INTERCOM_HOSTS.indexOf(new URL(entry.name).hostname) < 0) return;
        if (cost.arrived === undefined || entry.responseEnd < cost.arrived) cost.arrived = entry.responseEnd;
        if (entry.transferSize) cost.bytes += entry.transferSize;
        else if (entry.encodedBodySize) { cost.bytes += entry.encodedBodySize; cost.estimated = true; }
        else cost.unknown = true; // a host that does not let the page see its sizes (no Timing-Allow-Origin)
      });
      if (cost.arrived !== undefined) showCost(cost);
    }).observe({ type: 'resource', buffered: true });
  }

  function showCost(cost) {
    var size = cost.unknown && !cost.bytes ? 'size not reported by the browser'
      : (cost.estimated || cost.unknown ? '≈ ' : '') + kb(cost.bytes) +
        (cost.estimated ? ' (the script\'s size: a service worker served it, nothing crossed the network)' : '');
    $('cost-status').textContent = 'loaded after ' + Math.round(cost.arrived).toLocaleString('en') + ' ms, ' + size;
  }

  // --- Logs --------------------------------------------------------------------------------------------------

  var shownCalls = 0;
  function showCalls() {
    var calls = window.__intercomCalls || [];
    var list = $('intercom-log');
    for (; shownCalls < calls.length; shownCalls++) {
      var c = calls[shownCalls];
      var li = el('li');
      li.value = shownCalls + 1;
      li.dataset.cmd = c.cmd;
      var head = el('div', 'head');
      head.appendChild(el('time', 'when', clock(c.t)));
      head.appendChild(el('code', 'cmd', String(c.cmd)));
      if (c.auto) head.appendChild(el('span', 'note', 'boot from intercomSettings when the widget loaded'));
      li.appendChild(head);
      var args = (c.args || []).map(function (a) {
        return a === null && CALLBACKS.indexOf(c.cmd) >= 0 ? 'ƒ (the plugin\'s callback)' : pretty(a);
      });
      li.appendChild(el('pre', 'json', args.length ? args.join(',\n') : '(no arguments)'));
      list.insertBefore(li, list.firstChild);
    }
    $('intercom-count').textContent = String(calls.length);
    showPerson();
  }

  function showPerson() {
    var state = window.__fakeIntercom;
    var box = $('person');
    if (realWidget) {
      box.textContent = '(Intercom\'s real widget: open your workspace to see the person)';
    } else if (!state) {
      box.textContent = '(the widget has not loaded)';
    } else {
      var who = !state.booted ? 'not booted' : state.person.user_id ? 'user ' + state.person.user_id
        : state.person.email ? 'user ' + state.person.email : 'anonymous visitor';
      box.textContent = '// ' + who + (state.open ? ', Messenger open' : '') + '\n' + pretty(state.person);
    }
    showVerification(realWidget ? null : state);
  }

  // What the offline widget found when it checked the person's intercom_user_jwt (pybuild/embed/fake_intercom/widget.js).
  var VERIFICATION = {
    unsigned: 'no intercom_user_jwt: a workspace that enforces identity verification refuses this person',
    checking: 'checking the intercom_user_jwt…',
    verified: 'the intercom_user_jwt is signed with the Messenger secret, unexpired, and names this user',
    rejected: 'the intercom_user_jwt is not signed with the Messenger secret, has expired or names someone else',
    unchecked: 'the offline widget has no secret to check the intercom_user_jwt with'
  };

  function showVerification(state) {
    var text = state && VERIFICATION[state.verification] ? 'Identity: ' + state.verification + ' (' +
      VERIFICATION[state.verification] + ')' : '';
    if ($('person-verification').textContent !== text) $('person-verification').textContent = text;
  }

  // Who RudderStack thinks the person is (reset() clears it): next to Intercom's view, a mismatch is visible.
  function showIdentity() {
    var rs = window.rs;
    if (!rs || typeof rs.getAnonymousId !== 'function') return;
    var text = 'userId ' + JSON.stringify(rs.getUserId() || '') + ', anonymousId ' + JSON.stringify(rs.getAnonymousId() || '');
    if ($('rs-identity').textContent !== text) $('rs-identity').textContent = text;
  }

  function summary(event) {
    switch (event.type) {
      case 'track': return JSON.stringify(event.event);
      case 'identify': return 'userId ' + JSON.stringify(event.userId || '');
      case 'page': return JSON.stringify(event.name || '');
      case 'group': return 'groupId ' + JSON.stringify(event.groupId || '');
      default: return '';
    }
  }

  // The parts of an event a person wants to read; the whole event is one click away.
  function essentials(event) {
    var out = {};
    ['userId', 'anonymousId', 'event', 'name', 'category', 'groupId', 'properties', 'traits'].forEach(function (k) {
      if (event[k] !== undefined && event[k] !== null && event[k] !== '') out[k] = event[k];
    });
    if (event.context && event.context.traits && Object.keys(event.context.traits).length) out['context.traits'] = event.context.traits;
    if (event.integrations) out.integrations = event.integrations;
    return out;
  }

  var shownEvents = 0;
  function showDataplane(events) {
    var list = $('dataplane-log');
    for (; shownEvents < events.length; shownEvents++) {
      var e = events[shownEvents] || {};
      var li = el('li');
      li.value = shownEvents + 1;
      li.dataset.type = e.type || '';
      var head = el('div', 'head');
      head.appendChild(el('time', 'when', clock(e.sentAt || e.originalTimestamp || Date.now())));
      head.appendChild(el('code', 'cmd', String(e.type)));
      head.appendChild(el('span', 'note', summary(e)));
      li.appendChild(head);
      li.appendChild(el('pre', 'json', pretty(essentials(e))));
      var more = el('details');
      more.appendChild(el('summary', '', 'whole event'));
      more.appendChild(el('pre', 'json', pretty(e)));
      li.appendChild(more);
      list.insertBefore(li, list.firstChild);
    }
    $('dataplane-count').textContent = String(events.length);
  }

  function pollDataplane() {
    fetch('/dataplane/' + encodeURIComponent(key), { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(showDataplane)
      .catch(function () {})
      .then(showIdentity)
      .then(function () { setTimeout(pollDataplane, 1000); });
  }

  // --- Forms -------------------------------------------------------------------------------------------------

  // A JSON field's object, or null after showing the error next to the field.
  function jsonField(field) {
    var error = $(field.id + '-error');
    var message = '';
    var value = null;
    try {
      value = JSON.parse(field.value.trim() || '{}');
      if (value === null || typeof value !== 'object' || Array.isArray(value)) message = 'must be a JSON object, like {"plan": "pro"}.';
    } catch (err) {
      message = 'is not valid JSON: ' + err.message.replace(/\.?$/, '.');
    }
    error.textContent = message ? field.dataset.json + ' ' + message + ' Nothing was sent.' : '';
    field.setAttribute('aria-invalid', message ? 'true' : 'false');
    return message ? null : value;
  }

  var send = {
    identify: function (f, v) {
      var options = v.options;
      if (f.userHash.value.trim()) options.Intercom = Object.assign({}, options.Intercom, { user_hash: f.userHash.value.trim() });
      if (f.unsubscribed.value) options.unsubscribedFromEmails = f.unsubscribed.value === 'true';
      var id = f.userId.value.trim();
      if (id) window.rs.identify(id, v.traits, options);
      else window.rs.identify(v.traits, options);
      return 'identify(' + (id ? JSON.stringify(id) : 'no user ID') + ')';
    },
    track: function (f, v) {
      window.rs.track(f.event.value, v.properties);
      return 'track(' + JSON.stringify(f.event.value) + ')';
    },
    page: function (f, v) {
      var category = f.category.value.trim();
      var name = f.name.value.trim();
      if (category) window.rs.page(category, name, v.properties);
      else if (name) window.rs.page(name, v.properties);
      else window.rs.page(v.properties);
      return 'page(' + [category, name].filter(Boolean).map(function (s) { return JSON.stringify(s); }).join(', ') + ')';
    },
    group: function (f, v) {
      var id = f.groupId.value.trim();
      if (id) window.rs.group(id, v.traits);
      else window.rs.group(v.traits);
      return 'group(' + (id ? JSON.stringify(id) : 'no group ID') + ')';
    },
    reset: function (f) {
      window.rs.reset(f.all.checked);
      return 'reset(' + (f.all.checked ? 'true' : '') + ')';
    }
  };

  function wireForm(name) {
    var form = $(name + '-form');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var values = {};
      var invalid = null;
      Array.prototype.forEach.call(form.querySelectorAll('textarea[data-json]'), function (field) {
        values[field.name] = jsonField(field);
        if (values[field.name] === null && !invalid) invalid = field;
      });
      var sent = form.querySelector('.sent');
      if (invalid) {
        sent.textContent = '';
        invalid.focus();
        return;
      }
      sent.textContent = 'Sent ' + send[name](form.elements, values) + ' at ' + clock(Date.now()) + '.';
      showIdentity();
    });
  }

  // "log in as": the demo server signs the person's token (pybuild/demo/login.py); the page identifies with it.
  function wireLogin() {
    var form = $('login-form');
    var sent = form.querySelector('.sent');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      fetch('/login', { method: 'POST', body: new URLSearchParams(new FormData(form)) })
        .then(function (response) { return response.json().then(function (answer) { return [response.ok, answer]; }); })
        .then(function (result) {
          var answer = result[1];
          if (!result[0]) { sent.textContent = 'Not logged in: ' + answer.error + '.'; return; }
          window.rs.identify(answer.userId, answer.traits, { Intercom: { intercom_user_jwt: answer.intercom_user_jwt } });
          sent.textContent = 'Logged in as ' + JSON.stringify(answer.userId) + ' with a signed intercom_user_jwt at ' +
            clock(Date.now()) + '.';
          showIdentity();
        })
        .catch(function (err) { sent.textContent = 'Not logged in: ' + err.message; });
    });
  }

  // --- Start -------------------------------------------------------------------------------------------------

  function status(text) { $('status').textContent = text; }

  var buttons = document.querySelectorAll('form.event button[type=submit]');
  Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
  Object.keys(send).forEach(wireForm);
  wireLogin();
  document.addEventListener('fake-intercom-call', showCalls);
  watchIntercomCost();

  (realWidget ? realWidgetSetup() : offlineWidget()).then(function () {
    var what = 'SDK ' + (data.sdk || 'v3-modern') + ', App ID ' + JSON.stringify(dashboard.appId);
    status('Loading the SDK (' + what + ')…');
    window.rsHarness.start({
      sdk: data.sdk || 'v3-modern',
      build: data.build || undefined,
      config: dashboard,
      load: Object.keys(pageOptions).length ? { integrations: { All: true, Intercom: pageOptions } } : {},
      key: key,
      after: function (rs) {
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
        status('SDK loaded (' + what + '); waiting for the Intercom destination to be ready…');
        rs.ready(function () { status('Ready: ' + what + ', plugin build ' + window.rsHarness.options.build + '.'); });
      }
    });
    showCalls();
    pollDataplane();
  });
})();
