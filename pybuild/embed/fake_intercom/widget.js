// An offline stand-in for https://widget.intercom.io/widget/<app_id>. It treats the page the way Intercom's
// widget does (boots from window.intercomSettings, replays Intercom.q in order, replaces window.Intercom and
// sets Intercom.booted) and records every call in window.__intercomCalls for tests and for a person watching.
// Where the page has the `__intercomRecord` binding (the `intercom` pytest fixture, README "Testing your site's
// Intercom calls"), every call and the person it leaves are also reported there, so the record outlives the page.
// The names of destination.toml it needs come in `__fakeIntercomFacts` (facts.json), which pybuild serves in front
// of this file (pybuild/embed/offline_widget.py).
(function () {
  'use strict';
  var w = window;
  var previous = w.Intercom;
  var queued = typeof previous === 'function' && previous.q ? previous.q.slice() : [];
  var calls = (w.__intercomCalls = w.__intercomCalls || []);
  // Messenger settings (not person attributes) and the Messenger callbacks, from destination.toml.
  var SETTINGS = __fakeIntercomFacts.settings;
  var CALLBACKS = __fakeIntercomFacts.callbacks;
  var SECRET_PATH = __fakeIntercomFacts.secret_path; // where the demo server hands out its demo secret
  var callbacks = {};
  CALLBACKS.forEach(function (name) { callbacks[name] = []; });
  var readyWaiting = []; // Intercom('ready', fn) made before the Messenger booted: run at its boot, once each
  var state = {
    booted: false,
    open: false,
    person: {},
    settings: {},
    callbacks: callbacks,
    calls: calls,
    loads: (w.__fakeIntercom ? w.__fakeIntercom.loads : 0) + 1,
    visitorId: 'visitor-' + Math.random().toString(36).slice(2, 10),
  };
  w.__fakeIntercom = state;

  function copy(value) {
    try {
      return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    } catch (e) {
      return '[unserialisable]';
    }
  }

  function absorb(data) {
    if (!data || typeof data !== 'object') return;
    Object.keys(data).forEach(function (k) {
      if (SETTINGS.indexOf(k) >= 0) {
        state.settings[k] = data[k];
      } else {
        state.person[k] = copy(data[k]);
      }
    });
  }

  function record(cmd, args, auto) {
    var entry = { t: Date.now(), cmd: cmd, args: copy(args) };
    if (auto) entry.auto = true;
    calls.push(entry);
    return entry;
  }

  // After a call is applied: the call as a JSON-safe [command, ...args] and whom Intercom holds now.
  function report(entry) {
    if (typeof w.__intercomRecord !== 'function') return;
    try {
      var sent = w.__intercomRecord([entry.cmd].concat(entry.args), state.booted ? copy(state.person) : null);
      if (sent && sent.catch) sent.catch(function () {});
    } catch (e) { /* the record is a test aid: it never breaks the page */ }
  }

  // Identity verification as Intercom does it: an `intercom_user_jwt` must be HS256-signed with the workspace's
  // Messenger secret, unexpired, and name the booted user. Intercom keeps that secret on its own servers; this
  // offline widget asks the page's server for it, which only the demo server answers (README "Securing the
  // Messenger"). Results: '' (nobody or a visitor), unsigned, checking, verified, rejected, unchecked (no secret).
  var checked = {};

  function verification() {
    var p = state.person;
    if (!state.booted || !(p.user_id || p.email)) return '';
    if (!p.intercom_user_jwt) return 'unsigned';
    var key = String(p.intercom_user_jwt) + ' ' + String(p.user_id);
    if (!checked[key]) {
      checked[key] = 'checking';
      checkJwt(String(p.intercom_user_jwt), p.user_id).then(function (result) { checked[key] = result; render(); });
    }
    return checked[key];
  }

  function base64urlBytes(text) {
    var binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
  }

  function checkJwt(token, userId) {
    var subtle = w.crypto && w.crypto.subtle; // only in a secure context (https, or http on 127.0.0.1/localhost)
    var encode = function (text) { return new TextEncoder().encode(text); };
    return fetch(SECRET_PATH, { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : ''; }, function () { return ''; })
      .then(function (secret) {
        if (!secret || !subtle) return 'unchecked';
        var parts = token.split('.');
        var json = function (part) { return JSON.parse(new TextDecoder().decode(base64urlBytes(part))); };
        var header = json(parts[0]);
        var claims = json(parts[1]);
        if (parts.length !== 3 || header.alg !== 'HS256' || String(claims.user_id) !== String(userId) ||
            (claims.exp !== undefined && !(claims.exp > Date.now() / 1000))) return 'rejected';
        return subtle.importKey('raw', encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
          .then(function (key) { return subtle.verify('HMAC', key, base64urlBytes(parts[2]), encode(parts[0] + '.' + parts[1])); })
          .then(function (ok) { return ok ? 'verified' : 'rejected'; });
      })
      .catch(function () { return 'rejected'; });
  }

  // Intercom's documented Intercom('ready', fn): fn runs once the Messenger has booted (at once if it has).
  function whenBooted() {
    if (!state.booted) return;
    readyWaiting.splice(0).forEach(function (fn) {
      try { fn(); } catch (e) { console.error('[fake Intercom] ready callback threw', e); }
    });
  }

  function fire(name, arg) {
    state.callbacks[name].forEach(function (fn) {
      try { fn(arg); } catch (e) { console.error('[fake Intercom] callback threw', e); }
    });
  }

  function Intercom(cmd) {
    var args = Array.prototype.slice.call(arguments, 1);
    var entry = record(cmd, args);
    var result;
    switch (cmd) {
      case 'boot':
        state.booted = true;
        state.person = {};
        absorb(args[0]);
        break;
      case 'update':
        if (!state.booted && state.settings.app_id) state.booted = true;
        absorb(args[0]);
        break;
      case 'shutdown':
        state.booted = false;
        state.person = {};
        state.open = false;
        break;
      case 'show':
      case 'showMessages':
      case 'showNewMessage':
        if (!state.open) { state.open = true; fire('onShow'); }
        break;
      case 'hide':
        if (state.open) { state.open = false; fire('onHide'); }
        break;
      case 'getVisitorId':
        result = state.visitorId;
        break;
      case 'ready':
        if (typeof args[0] === 'function') readyWaiting.push(args[0]);
        break;
      default:
        if (CALLBACKS.indexOf(cmd) >= 0 && typeof args[0] === 'function') state.callbacks[cmd].push(args[0]);
    }
    Intercom.booted = state.booted;
    report(entry);
    render();
    whenBooted();
    return result;
  }

  // Test and demo hooks: play what a visitor does in the Messenger.
  state.fire = fire;
  state.show = function () { Intercom('show'); };
  state.hide = function () { Intercom('hide'); };
  state.unread = function (n) { state.unreadCount = n; fire('onUnreadCountChange', n); render(); };
  state.emailSupplied = function () { fire('onUserEmailSupplied'); };

  // What a person sees: a launcher bubble and a Messenger panel that follow the messenger settings the page
  // booted with (alignment, paddings, colours, z-index, theme, hide_default_launcher, custom_launcher_selector).
  var CSS = '.fi-launcher{position:fixed;bottom:var(--fi-v,20px);right:var(--fi-h,20px);z-index:var(--fi-z,2147483000);' +
    'width:56px;height:56px;border-radius:50%;border:0;padding:0;background:var(--fi-action,#1f6feb);color:#fff;cursor:pointer;' +
    'box-shadow:0 4px 14px rgba(0,0,0,.28);display:flex;align-items:center;justify-content:center;transition:transform .15s}' +
    '#fake-intercom-launcher:hover{transform:scale(1.06);background:var(--fi-action,#1f6feb)}'+
    '.fi-launcher:focus-visible{outline:3px solid #111;outline-offset:3px}' +
    '.fi-launcher[hidden],.fi-panel[hidden]{display:none}.fi-left{right:auto;left:var(--fi-h,20px)}' +
    '.fi-badge{position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;border-radius:10px;background:#d1242f;' +
    'color:#fff;font:700 12px/20px system-ui,sans-serif;padding:0 5px}.fi-badge:empty{display:none}' +
    '.fi-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
    '.fi-panel{position:fixed;bottom:calc(var(--fi-v,20px) + 68px);right:var(--fi-h,20px);z-index:var(--fi-z,2147483000);' +
    'width:min(340px,calc(100vw - 24px));max-height:calc(100vh - 110px);overflow:auto;border-radius:14px;' +
    'background:var(--fi-bg,#fff);color:#1b1f24;box-shadow:0 10px 40px rgba(0,0,0,.3);font:14px/1.45 system-ui,sans-serif}' +
    '.fi-panel.fi-left{right:auto;left:var(--fi-h,20px)}.fi-dark{background:var(--fi-bg,#1c2128);color:#e6edf3}' +
    '.fi-head{background:var(--fi-action,#1f6feb);color:#fff;padding:16px 18px;position:relative}' +
    '.fi-head h2{margin:0 0 2px;font-size:18px}.fi-head p{margin:0;opacity:.9;font-size:12px}' +
    '.fi-body{padding:12px 18px 16px}.fi-body dl{margin:0 0 10px;display:grid;grid-template-columns:auto 1fr;gap:2px 10px;font-size:13px}' +
    '.fi-body dt{font-weight:600}.fi-body dd{margin:0;word-break:break-all;font-family:ui-monospace,monospace}' +
    // Selectors carry the panel's id so the host page's own button styles do not leak in.
    '#fake-intercom-panel button{font:600 13px system-ui,sans-serif;border-radius:6px;cursor:pointer;margin:0}' +
    '#fake-intercom-panel .fi-body button{display:block;width:100%;margin-top:6px;padding:7px;border:1px solid var(--fi-action,#1f6feb);' +
    'background:transparent;color:inherit}#fake-intercom-panel .fi-body button:hover{background:rgba(127,127,127,.12)}' +
    '#fake-intercom-panel button:focus-visible{outline:3px solid #111;outline-offset:2px}' +
    '#fake-intercom-panel .fi-close{position:absolute;top:12px;right:12px;border:0;padding:0;background:rgba(255,255,255,.2);' +
    'color:#fff;width:30px;height:30px;display:flex;align-items:center;justify-content:center}' +
    '#fake-intercom-panel .fi-close:hover{background:rgba(255,255,255,.35)}' +
    '.fi-note{font-size:12px;opacity:.75;margin:10px 0 0}';
  var ICON = '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true" focusable="false"><path fill="currentColor" ' +
    'd="M5 4h18a2 2 0 0 1 2 2v13a2 2 0 0 1-2 2h-5l-4 4-4-4H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 10c2 2.2 9 2.2 12 0' +
    'l-1-1.4c-2.4 1.6-7.6 1.6-10 0z"/></svg>';
  var CLOSE_ICON = '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path stroke="currentColor" ' +
    'stroke-width="2.5" stroke-linecap="round" d="M5 5l10 10M15 5L5 15"/></svg>';
  var ui;

  function make(tag, attrs, parent) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  // A constructed stylesheet (CSSOM) where the browser has them, so a page whose Content-Security-Policy refuses
  // inline styles (style-src without 'unsafe-inline') shows the offline Messenger without a violation; else <style>.
  function addStyles() {
    if (w.CSSStyleSheet && 'adoptedStyleSheets' in document) {
      try {
        var sheet = new w.CSSStyleSheet();
        sheet.replaceSync(CSS);
        document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
        return;
      } catch (e) { /* an older browser: a <style> element below */ }
    }
    make('style', { id: 'fake-intercom-style' }, document.head || document.body).textContent = CSS;
  }

  function build() {
    addStyles();
    ui = {};
    ui.launcher = make('button', { type: 'button', id: 'fake-intercom-launcher', class: 'fi-launcher',
      'aria-controls': 'fake-intercom-panel', 'aria-expanded': 'false' }, document.body);
    ui.launcher.innerHTML = ICON;
    ui.badge = make('span', { class: 'fi-badge', 'aria-hidden': 'true' }, ui.launcher);
    ui.label = make('span', { class: 'fi-sr' }, ui.launcher);
    ui.launcher.addEventListener('click', function () {
      Intercom(state.open ? 'hide' : 'show');
      if (state.open) ui.close.focus();
    });
    ui.panel = make('div', { id: 'fake-intercom-panel', class: 'fi-panel', role: 'dialog',
      'aria-labelledby': 'fake-intercom-title', hidden: '' }, document.body);
    var head = make('div', { class: 'fi-head' }, ui.panel);
    ui.title = make('h2', { id: 'fake-intercom-title' }, head);
    ui.sub = make('p', {}, head);
    ui.close = make('button', { type: 'button', class: 'fi-close', 'aria-label': 'Close the Messenger' }, head);
    ui.close.innerHTML = CLOSE_ICON;
    ui.close.addEventListener('click', function () { Intercom('hide'); ui.launcher.focus(); });
    var body = make('div', { class: 'fi-body' }, ui.panel);
    ui.facts = make('dl', {}, body);
    var unread = make('button', { type: 'button' }, body);
    unread.textContent = 'Simulate a new message (unread count + 1)';
    unread.addEventListener('click', function () { state.unread((state.unreadCount || 0) + 1); });
    var email = make('button', { type: 'button' }, body);
    email.textContent = 'Simulate: the visitor gives their email';
    email.addEventListener('click', function () { state.emailSupplied(); });
    make('p', { class: 'fi-note' }, body).textContent =
      'An offline stand-in for Intercom\'s Messenger: it records every call instead of talking to Intercom.';
    ui.panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { Intercom('hide'); ui.launcher.focus(); }
    });
    // Intercom opens the Messenger from the site's own launcher elements (custom_launcher_selector).
    document.addEventListener('click', function (e) {
      var selector = state.settings.custom_launcher_selector;
      try {
        if (selector && e.target.closest && e.target.closest(selector)) Intercom(state.open ? 'hide' : 'show');
      } catch (err) { /* an invalid selector opens nothing, as with Intercom */ }
    });
  }

  function render() {
    if (!document.body) return;
    if (!ui) build();
    var s = state.settings;
    var p = state.person;
    var who = p.user_id || p.email || (state.booted ? 'visitor' : 'not booted');
    state.verification = verification();
    var left = s.alignment === 'left';
    [ui.launcher, ui.panel].forEach(function (node) {
      node.classList.toggle('fi-left', left);
      node.style.setProperty('--fi-h', (s.horizontal_padding || 20) + 'px');
      node.style.setProperty('--fi-v', (s.vertical_padding || 20) + 'px');
      if (s.z_index !== undefined) node.style.setProperty('--fi-z', String(s.z_index));
      if (s.action_color) node.style.setProperty('--fi-action', String(s.action_color));
    });
    if (s.background_color) ui.panel.style.setProperty('--fi-bg', String(s.background_color));
    ui.panel.classList.toggle('fi-dark', s.theme_mode === 'dark');
    ui.launcher.hidden = !state.booted || s.hide_default_launcher === true;
    ui.panel.hidden = !(state.booted && state.open);
    ui.launcher.setAttribute('aria-expanded', String(!ui.panel.hidden));
    ui.launcher.setAttribute('aria-label', (state.open ? 'Close' : 'Open') + ' the Intercom Messenger (offline)' +
      (state.unreadCount ? ', ' + state.unreadCount + ' unread' : ''));
    ui.label.textContent = 'Intercom (offline) · ' + who + ' · ' + calls.length + ' calls';
    ui.badge.textContent = state.unreadCount ? String(state.unreadCount) : '';
    ui.title.textContent = 'Hi ' + (p.name ? String(p.name).split(' ')[0] : 'there') + '!';
    ui.sub.textContent = 'Offline Messenger · app ' + (s.app_id || '?') + ' · ' + String(s.api_base || '').replace(/^https:\/\//, '');
    ui.facts.textContent = '';
    [['person', p.user_id ? 'user ' + p.user_id : p.email ? 'lead ' + p.email : 'anonymous visitor'],
      ['identity', state.verification], ['email', p.email], ['companies', (p.companies || []).map(function (c) { return c.name || c.company_id; }).join(', ')]]
      .forEach(function (fact) {
        if (!fact[1]) return;
        make('dt', {}, ui.facts).textContent = fact[0];
        make('dd', {}, ui.facts).textContent = fact[1];
      });
    ui.launcher.setAttribute('data-booted', String(state.booted));
    document.dispatchEvent(new CustomEvent('fake-intercom-call', { detail: calls[calls.length - 1] }));
  }

  w.Intercom = Intercom;
  if (w.intercomSettings && w.intercomSettings.app_id) {
    var boot = record('boot', [w.intercomSettings], true);
    state.booted = true;
    absorb(w.intercomSettings);
    report(boot);
  }
  queued.forEach(function (args) { Intercom.apply(null, Array.prototype.slice.call(args)); });
  Intercom.booted = state.booted;
  whenBooted();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
})();
