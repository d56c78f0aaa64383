// The INTERCOM class the RudderStack SDKs construct (see CONTRACT.md): new INTERCOM(config, analytics, info).
import { DISPLAY_NAME, LOGOUT_POLL_MS, NAME, STUB_QUEUE_MAX } from './generated/constants.js';
import { makeLogger } from './log.js';
import { settingsFromConfig } from './settings.js';
import { holdSettings, installStub, injectWidget } from './loader.js';
import { isIdentified, personFromIdentify } from './person.js';
import { changes, isSamePerson, isUser } from './identity.js';
import { subscribe } from './messenger.js';
import { companyFrom } from './company.js';
import { eventFromTrack } from './event.js';
import { isObject, objectOr } from './safe.js';
import { mayPing, recentUpdates } from './budget.js';

export class INTERCOM {
  constructor(config, analytics, destinationInfo) {
    this.name = NAME;
    this._analytics = analytics || {};
    this._log = makeLogger(this._analytics.logLevel);
    const { settings, options } = settingsFromConfig(objectOr(config), this._log);
    this._settings = settings;
    this._options = options;
    options.warn = this._log.warn; // with sendAnonymousId, what personFromIdentify reads from it
    this._ready = false;
    this._updates = []; // when each `update` went, for Intercom's update budget
    this._groups = []; // companies of group calls made before anyone was identified
    if (!settings.app_id) {
      // Refusing to exist makes both SDKs mark the destination failed at once (they catch it, CONTRACT.md) instead
      // of holding every other device-mode destination's events until their 10-11 s readiness timeout.
      const problem = 'appId must be 1-64 letters and digits';
      this._log.error(problem);
      throw Error(problem);
    }
  }

  // Intercom starts with the SDK's stored person (a reload keeps the user logged in), else a visitor, else
  // (bootAnonymousVisitors: false) nobody and no widget until someone identifies.
  init() {
    this._guard('init', () => {
      const created = installStub(window, STUB_QUEUE_MAX, () => this._widgetProblem('Intercom widget not loaded: calls dropped'));
      this._put = holdSettings(window, this._settings);
      this._base = Object.assign({}, window.intercomSettings); // the site's own values win over ours
      this._ownStub = created;
      this._inject = created && this._analytics.loadIntegration !== false;
      this._ready = true;
      const person = this._fromSdk();
      if (isUser(person) || this._options.bootAnonymousVisitors) this._boot(person, true);
    });
  }

  isLoaded() { return this._ready; }

  isReady() { return this._ready; }

  identify(event) {
    this._handle('identify', event, (message) => {
      const person = this._withGroups(personFromIdentify(message, this._options));
      const held = this._held;
      if (!held || !isSamePerson(held, person)) return this._switchTo(person);
      // Booted from the SDK's storage without a token (it keeps none): boot again now that the token is here.
      if (this._unverified && (person.user_hash || person.intercom_user_jwt)) this._boot(Object.assign(held, person));
      else this._update(changes(held, person));
    });
  }

  track(event) {
    this._handle('track', event, (message) => {
      const result = eventFromTrack(message, this._options.metadataKeyLimit);
      if (!result) return this._log.warn('track without event name skipped');
      if (result[2].length) this._log.debug('over key limit:', result[2]);
      this._intercom('trackEvent', result[0], result[1]);
    });
  }

  // A ping on every URL: the same URL twice in a row is not re-sent, and pings never use up the budget
  // that person changes need.
  page(event) {
    this._handle('page', event, () => {
      const url = window.location.href; // what Intercom itself records with the ping
      if (url === this._pinged) return;
      if (!mayPing(this._updates, Date.now())) return this._log.debug('ping skipped: budget');
      this._pinged = url;
      this._intercom('update');
    });
  }

  group(event) {
    this._handle('group', event, (message) => {
      const company = companyFrom(message.traits, message.groupId);
      if (!company) return this._log.warn('group without id skipped');
      if (isIdentified(message)) return this._intercom('update', { companies: [company] });
      // A visitor cannot hold companies: remembered (the latest per company id) until someone is identified.
      this._groups = this._groups.filter((c) => c.company_id !== company.company_id).concat(company);
    });
  }

  // The companies of group calls made before anyone was identified join the first identified person.
  _withGroups(person) {
    if (this._groups.length && isUser(person)) {
      person.companies = (person.companies || []).concat(this._groups);
      this._groups = [];
    }
    return person;
  }

  // Every Intercom call goes through here; Intercom is looked up each time: the widget replaces the stub when
  // it loads. Each `update` is counted against Intercom's update budget. While Intercom holds nobody
  // (bootAnonymousVisitors: false) nothing is sent.
  _intercom(...args) {
    if (!this._held) return;
    if (args[0] === 'update') this._updates = recentUpdates(this._updates, Date.now()).concat(Date.now());
    window.Intercom(...args);
  }

  // The person the SDK holds right now (its storage survives reloads and is emptied by reset()).
  _fromSdk() {
    return personFromIdentify({ userId: this._sdk('getUserId'), anonymousId: this._sdk('getAnonymousId'), context: { traits: this._sdk('getUserTraits') } },
      this._options);
  }

  // One of the SDK's getters (v3 passes bound functions, v1.1 its whole instance).
  _sdk(getter) {
    const a = this._analytics;
    return typeof a[getter] === 'function' ? a[getter]() : undefined;
  }

  // Whether the SDK still holds a user, cheaply (two field reads): its user id, else its stored traits' email.
  // If not, the user logged out (reset()): Intercom switches to whom the SDK holds now.
  _stillLoggedIn() {
    return !!(this._sdk('getUserId') || (this._sdk('getUserTraits') || {}).email) || this._switchTo(this._fromSdk());
  }

  // At init the widget boots itself from intercomSettings; later boots are explicit (after a shutdown, or the
  // first person with bootAnonymousVisitors: false, whose widget is only injected then).
  _boot(person, atInit) {
    this._held = person;
    this._unverified = person.user_id && !person.user_hash && !person.intercom_user_jwt;
    this._put(Object.assign({}, this._base, person));
    if (this._inject) {
      this._inject = false;
      injectWidget(window, this._settings.app_id, () => this._widgetProblem('Intercom widget failed to load'));
    } else if (!atInit) this._intercom('boot', window.intercomSettings);
    // An Intercom the site booted itself never reads intercomSettings again: tell it who the SDK holds.
    else if (!this._ownStub && isUser(person)) this._intercom('update', person);
    if (this._options.trackMessengerEvents && !this._subscribed) {
      this._subscribed = true; // callbacks survive shutdown and boot: registered once per page
      subscribe(this._intercom.bind(this), (name, properties) => this._guard('messenger', () =>
        this._analytics.track(name, properties, { integrations: { [DISPLAY_NAME]: false } })));
    }
    this._watch();
  }

  _update(data) {
    if (Object.keys(data).length) {
      this._intercom('update', data);
      Object.assign(this._held, data);
      this._watch();
    }
  }

  // A different person than the one held: shutdown (Intercom forgets the session and its cookies), then boot
  // only the new person's data, or nobody (a visitor with bootAnonymousVisitors: false).
  _switchTo(person) {
    this._intercom('shutdown');
    this._held = null;
    if (isUser(person) || this._options.bootAnonymousVisitors) return this._boot(person);
    const settings = Object.assign({}, this._base);
    delete settings.app_id; // a widget still loading must not boot a visitor from it
    this._put(settings);
    this._watch();
  }

  // reset() is not forwarded to integrations: while a user is booted, ask the SDK every LOGOUT_POLL_MS whether
  // it still holds one; with a visitor or nobody no timer runs.
  _watch() {
    if (!(this._held && isUser(this._held) && this._analytics.getUserId)) this._timer = clearInterval(this._timer);
    else if (!this._timer) {
      this._timer = setInterval(() => this._guard('logout', () => this._stillLoggedIn()), LOGOUT_POLL_MS);
    }
  }

  _handle(type, event, fn) {
    this._guard(type, () => {
      if (!this._ready) return;
      const message = event && event.message;
      if (!isObject(message)) return this._log.warn(`${type}: no message`);
      const held = this._held;
      // An event without a user id while a user is booted: a logout if the SDK agrees (it was reset), else an
      // event the SDK buffered from before the login (the SDK's stored traits, booted already, hold its data).
      if (held && isUser(held) && !message.userId) {
        if (this._stillLoggedIn() && held.user_id && type === 'identify') return;
      } else if (held && this._options.sendAnonymousId && message.anonymousId && held.anonymous_id !== message.anonymousId) {
        this._update({ anonymous_id: message.anonymousId });
      }
      fn(message);
    });
  }

  // Nothing the plugin does may throw into the site or the SDK: a bad event is logged and skipped.
  _guard(what, fn) {
    try {
      fn();
    } catch (err) {
      this._log.error(`${what} failed:`, err && err.message);
    }
  }

  // One widget warning per page: the failed load or the full queue, whichever comes first.
  _widgetProblem(text) {
    if (!this._widgetWarned) this._log.warn(text);
    this._widgetWarned = true;
  }
}
