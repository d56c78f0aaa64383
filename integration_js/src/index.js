// The INTERCOM class the RudderStack SDKs construct (see CONTRACT.md): new INTERCOM(config, analytics, info).
import { DISPLAY_NAME, NAME, STUB_QUEUE_MAX } from './generated/constants.js';
import { makeLogger } from './log.js';
import { settingsFromConfig } from './settings.js';
import { installStub, injectWidget, mergeSettings } from './loader.js';
import { personFromIdentify } from './person.js';
import { companyFrom } from './company.js';
import { eventFromTrack } from './event.js';
import { isObject } from './safe.js';

export class INTERCOM {
  constructor(config, analytics, destinationInfo) {
    this.name = NAME;
    this.analytics = analytics || {};
    this.log = makeLogger(this.analytics.logLevel);
    const { settings, options } = settingsFromConfig(isObject(config) ? config : {}, this.log.warn);
    this.settings = settings;
    this.options = options;
    this.ready = false;
    if (!settings.app_id) {
      // Refusing to exist makes both SDKs mark the destination failed at once (they catch it, CONTRACT.md) instead
      // of holding every other device-mode destination's events until their 10-11 s readiness timeout.
      const problem = 'appId must be 1-64 letters and digits: Intercom not loaded';
      this.log.error(problem);
      throw Error(problem);
    }
  }

  init() {
    this.guard('init', () => {
      if (!this.settings.app_id) return;
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
      this.intercom('update', personFromIdentify(message, { sendAnonymousId: this.options.sendAnonymousId, warn: this.log.warn }));
    });
  }

  track(event) {
    this.handle('track', event, (message) => {
      const result = eventFromTrack(message, this.options.metadataKeyLimit);
      if (typeof result === 'string') return this.log.warn(result);
      if (result[2]) this.log.debug(`${result[2]} metadata keys over the limit dropped from "${result[0]}"`);
      this.intercom('trackEvent', result[0], result[1]);
    });
  }

  page(event) {
    this.handle('page', event, () => this.intercom('update'));
  }

  group(event) {
    this.handle('group', event, (message) => {
      const company = companyFrom(isObject(message.traits) ? message.traits : {}, message.groupId);
      if (!company) return this.log.warn('group without groupId or name skipped');
      this.intercom('update', { companies: [company] });
    });
  }

  // Intercom is looked up on every call: the widget replaces the stub when it loads.
  intercom(...args) {
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
