// An offline stand-in for https://widget.intercom.io/widget/<app_id>. It treats the page the way Intercom's
// widget does (boots from window.intercomSettings, replays Intercom.q in order, replaces window.Intercom and
// sets Intercom.booted) and records every call in window.__intercomCalls for tests and for a person watching.
(function () {
  'use strict';
  var w = window;
  var previous = w.Intercom;
  var queued = typeof previous === 'function' && previous.q ? previous.q.slice() : [];
  var calls = (w.__intercomCalls = w.__intercomCalls || []);
  var CALLBACKS = ['onShow', 'onHide', 'onUnreadCountChange', 'onUserEmailSupplied'];
  var state = {
    booted: false,
    open: false,
    person: {},
    settings: {},
    callbacks: { onShow: [], onHide: [], onUnreadCountChange: [], onUserEmailSupplied: [] },
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
      if (k === 'app_id' || k === 'api_base' || k === 'installation_type' || /^(hide_default_launcher|custom_launcher_selector|alignment|horizontal_padding|vertical_padding|session_duration|action_color|background_color|theme_mode|z_index)$/.test(k)) {
        state.settings[k] = data[k];
      } else {
        state.person[k] = copy(data[k]);
      }
    });
  }

  function fire(name, arg) {
    state.callbacks[name].forEach(function (fn) {
      try { fn(arg); } catch (e) { console.error('[fake Intercom] callback threw', e); }
    });
  }

  function Intercom(cmd) {
    var args = Array.prototype.slice.call(arguments, 1);
    calls.push({ t: Date.now(), cmd: cmd, args: copy(args) });
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
        return state.visitorId;
      default:
        if (CALLBACKS.indexOf(cmd) >= 0 && typeof args[0] === 'function') state.callbacks[cmd].push(args[0]);
    }
    Intercom.booted = state.booted;
    render();
  }

  // Test and demo hooks: play what a visitor does in the Messenger.
  state.fire = fire;
  state.show = function () { Intercom('show'); };
  state.hide = function () { Intercom('hide'); };
  state.unread = function (n) { fire('onUnreadCountChange', n); };
  state.emailSupplied = function () { fire('onUserEmailSupplied'); };

  var launcher;
  function render() {
    if (!document.body) return;
    if (!launcher) {
      launcher = document.createElement('button');
      launcher.type = 'button';
      launcher.id = 'fake-intercom-launcher';
      launcher.setAttribute('aria-label', 'Offline Intercom Messenger');
      launcher.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483000;min-width:56px;height:56px;' +
        'border-radius:28px;border:0;background:#1f6feb;color:#fff;font:600 14px system-ui,sans-serif;padding:0 16px;' +
        'box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer';
      launcher.addEventListener('click', function () { Intercom(state.open ? 'hide' : 'show'); });
      document.body.appendChild(launcher);
    }
    var who = state.person.user_id || state.person.email || (state.booted ? 'visitor' : 'not booted');
    launcher.textContent = 'Intercom (offline) · ' + who + ' · ' + calls.length + ' calls';
    launcher.setAttribute('data-booted', String(state.booted));
    document.dispatchEvent(new CustomEvent('fake-intercom-call', { detail: calls[calls.length - 1] }));
  }

  w.Intercom = Intercom;
  if (w.intercomSettings && w.intercomSettings.app_id) {
    calls.push({ t: Date.now(), cmd: 'boot', args: [copy(w.intercomSettings)], auto: true });
    state.booted = true;
    absorb(w.intercomSettings);
  }
  queued.forEach(function (args) { Intercom.apply(null, Array.prototype.slice.call(args)); });
  Intercom.booted = state.booted;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
})();
