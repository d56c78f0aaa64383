// The INTERCOM class the RudderStack SDKs construct (see CONTRACT.md): new INTERCOM(config, analytics, info).
import { DISPLAY_NAME, LOGOUT_POLL_MS, NAME, STUB_QUEUE_MAX } from './generated/constants.js';
import { makeLogger } from './log.js';
import { settingsFromConfig } from './settings.js';
import { installStub, injectWidget, mergeSettings, replaceSettings } from './loader.js';
import { isIdentified, personFromIdentify } from './person.js';
import { changes, isSamePerson, isUser } from './identity.js';
import { subscribe } from './messenger.js';
import { companyFrom } from './company.js';
import { eventFromTrack } from './event.js';
import { isObject } from './safe.js';
import { mayPing, recentUpdates } from './budget.js';

export class INTERCOM {
  constructor(config, analytics, destinationInfo) {
    this.name = NAME;
    this.analytics = analytics || {};
    this.log = makeLogger(this.analytics.logLevel);
    const { settings, options } = settingsFromConfig(isObject(config) ? config : {}, this.log);
    this.settings = settings;
    this.options = options;
    this.ready = false;
    this.updates = []; // when each `update` went, for Intercom's update budget
    this.groups = []; // companies of group calls made before anyone was identified
    if (!settings.app_id) {
      // Refusing to exist makes both SDKs mark the destination failed at once (they catch it, CONTRACT.md) instead
      // of holding every other device-mode destination's events until their 10-11 s readiness timeout.
      const problem = 'appId must be 1-64 letters and digits';
      this.log.error(problem);
      throw Error(problem);
    }
  }

  // Intercom starts with the SDK's stored person (a reload keeps the user logged in), else a visitor, else
  // (bootAnonymousVisitors: false) nobody and no widget until someone identifies.
  init() {
    this.guard('init', () => {
      const created = installStub(window, STUB_QUEUE_MAX, () => this.warnOnce('widget', 'Intercom widget not loaded: calls dropped'));
      mergeSettings(window, this.settings);
      this.base = Object.assign({}, window.intercomSettings); // the site's own values win over ours
      this.ownStub = created;
      this.inject = created && this.analytics.loadIntegration !== false;
      this.ready = true;
      const person = this.fromSdk();
      if (isUser(person) || this.options.bootAnonymousVisitors) this.boot(person, true);
    });
  }

  isLoaded() { return this.ready; }

  isReady() { return this.ready; }

  identify(event) {
    this.handle('identify', event, (message) => {
      const person = this.withGroups(this.person(message));
      const held = this.held;
      if (!held || !isSamePerson(held, person)) return this.switchTo(person);
      // Booted from the SDK's storage without a token (it keeps none): boot again now that the token is here.
      if (this.unverified && (person.user_hash || person.intercom_user_jwt)) this.boot(Object.assign(held, person));
      else this.update(changes(held, person));
    });
  }

  track(event) {
    this.handle('track', event, (message) => {
      const result = eventFromTrack(message, this.options.metadataKeyLimit);
      if (!result) return this.log.warn('track without event name skipped');
      if (result[2].length) this.log.debug('metadata over limit dropped:', result[2]);
      this.intercom('trackEvent', result[0], result[1]);
    });
  }

  // A ping on every URL: the same URL twice in a row is not re-sent, and pings never use up the budget
  // that person changes need.
  page(event) {
    this.handle('page', event, () => {
      const url = window.location.href; // what Intercom itself records with the ping
      if (url === this.pinged) return;
      if (!mayPing(this.updates, Date.now())) return this.log.debug('ping skipped: update budget');
      this.pinged = url;
      this.intercom('update');
    });
  }

  group(event) {
    this.handle('group', event, (message) => {
      const company = companyFrom(message.traits, message.groupId);
      if (!company) return this.log.warn('group without groupId skipped');
      if (isIdentified(message)) return this.intercom('update', { companies: [company] });
      // A visitor cannot hold companies: remembered (the latest per company id) until someone is identified.
      this.groups = this.groups.filter((c) => c.company_id !== company.company_id).concat(company);
    });
  }

  // The companies of group calls made before anyone was identified join the first identified person.
  withGroups(person) {
    if (this.groups.length && isUser(person)) {
      person.companies = (person.companies || []).concat(this.groups);
      this.groups = [];
    }
    return person;
  }

  // Every Intercom call goes through here; Intercom is looked up each time: the widget replaces the stub when
  // it loads. Each `update` is counted against Intercom's update budget. While Intercom holds nobody
  // (bootAnonymousVisitors: false) nothing is sent.
  intercom(...args) {
    if (!this.held) return;
    if (args[0] === 'update') this.updates = recentUpdates(this.updates, Date.now()).concat(Date.now());
    window.Intercom(...args);
  }

  person(message) {
    return personFromIdentify(message, { sendAnonymousId: this.options.sendAnonymousId, warn: this.log.warn });
  }

  // The person the SDK holds right now (its storage survives reloads and is emptied by reset()).
  fromSdk() {
    return this.person({ userId: this.sdk('getUserId'), anonymousId: this.sdk('getAnonymousId'), context: { traits: this.sdk('getUserTraits') } });
  }

  // One of the SDK's getters (v3 passes bound functions, v1.1 its whole instance).
  sdk(getter) {
    const a = this.analytics;
    return typeof a[getter] === 'function' ? a[getter]() : undefined;
  }

  // Whether the SDK still holds a user, cheaply (two field reads): its user id, else its stored traits' email.
  sdkHasUser() {
    return !!(this.sdk('getUserId') || (this.sdk('getUserTraits') || {}).email);
  }

  // At init the widget boots itself from intercomSettings; later boots are explicit (after a shutdown, or the
  // first person with bootAnonymousVisitors: false, whose widget is only injected then).
  boot(person, atInit) {
    this.held = person;
    this.unverified = person.user_id && !person.user_hash && !person.intercom_user_jwt;
    replaceSettings(window, Object.assign({}, this.base, person));
    if (this.inject) {
      this.inject = false;
      injectWidget(window, this.settings.app_id, () => this.warnOnce('widget', 'Intercom widget failed to load'));
    } else if (!atInit) this.intercom('boot', window.intercomSettings);
    // An Intercom the site booted itself never reads intercomSettings again: tell it who the SDK holds.
    else if (!this.ownStub && isUser(person)) this.intercom('update', person);
    if (this.options.trackMessengerEvents && !this.subscribed) {
      this.subscribed = true; // callbacks survive shutdown and boot: registered once per page
      subscribe(this.intercom.bind(this), (name, properties) => this.guard('messenger', () =>
        this.analytics.track(name, properties, { integrations: { [DISPLAY_NAME]: false } })));
    }
    this.watch();
  }

  update(data) {
    if (Object.keys(data).length) {
      this.intercom('update', data);
      Object.assign(this.held, data);
      this.watch();
    }
  }

  // A different person than the one held: shutdown (Intercom forgets the session and its cookies), then boot
  // only the new person's data, or nobody (a visitor with bootAnonymousVisitors: false).
  switchTo(person) {
    this.intercom('shutdown');
    this.held = null;
    if (isUser(person) || this.options.bootAnonymousVisitors) return this.boot(person);
    replaceSettings(window, this.base);
    delete window.intercomSettings.app_id; // a widget still loading must not boot a visitor from it
    this.watch();
  }

  // reset() is not forwarded to integrations: while a user is booted, ask the SDK every LOGOUT_POLL_MS whether
  // it still holds one; with a visitor or nobody no timer runs.
  watch() {
    if (!(this.held && isUser(this.held) && this.analytics.getUserId)) this.timer = clearInterval(this.timer);
    else if (!this.timer) {
      this.timer = setInterval(() => this.guard('logout', () => this.sdkHasUser() || this.switchTo(this.fromSdk())), LOGOUT_POLL_MS);
    }
  }

  handle(type, event, fn) {
    this.guard(type, () => {
      if (!this.ready) return;
      const message = event && event.message;
      if (!isObject(message)) return this.log.warn(`${type} without a message skipped`);
      const held = this.held;
      // An event without a user id while a user is booted: a logout if the SDK agrees (it was reset), else an
      // event the SDK buffered from before the login (the SDK's stored traits, booted already, hold its data).
      if (held && isUser(held) && !message.userId) {
        if (!this.sdkHasUser()) this.switchTo(this.fromSdk());
        else if (held.user_id && type === 'identify') return;
      } else if (held && this.options.sendAnonymousId && message.anonymousId && held.anonymous_id !== message.anonymousId) {
        this.update({ anonymous_id: message.anonymousId });
      }
      fn(message);
    });
  }

  // Nothing the plugin does may throw into the site or the SDK: a bad event is logged and skipped.
  guard(what, fn) {
    try {
      fn();
    } catch (err) {
      this.log.error(`${DISPLAY_NAME} ${what} failed:`, err && err.message);
    }
  }

  warnOnce(key, text) {
    this.warned = this.warned || {};
    if (!this.warned[key]) {
      this.warned[key] = true;
      this.log.warn(text);
    }
  }
}
