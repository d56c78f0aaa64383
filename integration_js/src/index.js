// The INTERCOM class the RudderStack SDKs construct (see CONTRACT.md): new INTERCOM(config, analytics, info).
import { DISPLAY_NAME, NAME, STUB_QUEUE_MAX } from './generated/constants.js';
import { makeLogger } from './log.js';
import { settingsFromConfig } from './settings.js';
import { installStub, injectWidget, mergeSettings } from './loader.js';
import { isIdentified, personFromIdentify } from './person.js';
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

  init() {
    this.guard('init', () => {
      const created = installStub(window, STUB_QUEUE_MAX, () => this.warnOnce('widget', 'Intercom widget not loaded: calls dropped'));
      mergeSettings(window, this.settings);
      if (created && this.analytics.loadIntegration !== false) {
        injectWidget(window, this.settings.app_id, () => this.warnOnce('widget', 'Intercom widget failed to load'));
      }
      this.ready = true;
    });
  }

  isLoaded() { return this.ready; }

  isReady() { return this.ready; }

  identify(event) {
    this.handle('identify', event, (message) => {
      const person = personFromIdentify(message, { sendAnonymousId: this.options.sendAnonymousId, warn: this.log.warn });
      this.intercom('update', this.withGroups(person));
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
    if (this.groups.length && (person.user_id || person.email)) {
      person.companies = (person.companies || []).concat(this.groups);
      this.groups = [];
    }
    return person;
  }

  // Every Intercom call goes through here; Intercom is looked up each time: the widget replaces the stub when
  // it loads. Each `update` is counted against Intercom's update budget.
  intercom(...args) {
    if (args[0] === 'update') this.updates = recentUpdates(this.updates, Date.now()).concat(Date.now());
    window.Intercom(...args);
  }

  handle(type, event, fn) {
    this.guard(type, () => {
      if (!this.ready) return;
      const message = event && event.message;
      if (!isObject(message)) return this.log.warn(`${type} without a message skipped`);
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
