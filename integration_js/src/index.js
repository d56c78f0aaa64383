// The INTERCOM class the RudderStack SDKs construct: new INTERCOM(config, analytics, info) (docs/sdk-contract.md).
// It holds no decisions: it reads the SDK's getters and the page, hands each input to the session core (core.js),
// runs the commands the core returns and arms one timer at the core's `wakeAt`.
import { DISPLAY_NAME, NAME, STUB_QUEUE_MAX } from './generated/constants.js';
import { makeLogger } from './log.js';
import { pageOptionsFrom, settingsFrom } from './settings.js';
import { holdSettings, installStub, injectWidget } from './loader.js';
import { drawFacade, watchLaunchers } from './facade.js';
import { subscribe } from './messenger.js';
import { objectOr } from './values.js';
import { init, start, step } from './core.js';

// The App ID of the instance that owns window.Intercom (one Intercom per page), kept on the page itself.
const OWNER = '__intercom_rs_app_id';

export class INTERCOM {
  constructor(config, analytics, destinationInfo) {
    this.name = NAME;
    const sdk = analytics || {};
    this._analytics = sdk;
    const log = makeLogger(sdk.logLevel);
    this._log = log;
    // The page's own options win over the destination config, key by key (docs/mapping.md "Page options").
    const { settings, options } = settingsFrom({ config: objectOr(config), page: pageOptionsFrom(sdk) }, log);
    const appId = settings.app_id;
    // Refusing to exist makes both SDKs mark the destination failed at once (they catch it, docs/sdk-contract.md)
    // instead of holding every other device-mode destination's events until their 10-11 s readiness timeout.
    const page = typeof window === 'object' ? window : {}; // the npm build may be constructed off a page (SSR)
    const owner = page[OWNER];
    const problem = !appId ? 'appId must be 1-64 letters and digits'
      : owner && `one Intercom per page: ${appId} refused, ${owner} already loaded`;
    if (problem) {
      log.error(problem);
      throw Error(problem);
    }
    page[OWNER] = appId;
    this._state = start(settings, options);
    // The visitor reached for the Messenger: the facade, the site's own launchers, or the page's own call of a
    // command that opens it (docs/page-speed.md).
    this._reach = () => this._input('intent');
    // What every input offers the core, read only if a decision needs it: the page's URL (Chromium serialises
    // location.href on every read) and what the SDK holds (three getter calls), which most events never read.
    this._lazy = {
      get url() { return window.location.href; },
      // What the SDK holds right now, shaped as a message for personFromIdentify (its storage survives reloads and is
      // emptied by reset()), when it has getters (v3 passes bound functions, v1.1 its whole instance).
      get sdk() {
        if (typeof sdk.getUserId === 'function') {
          return { userId: sdk.getUserId(), anonymousId: sdk.getAnonymousId && sdk.getAnonymousId(),
            context: { traits: sdk.getUserTraits && sdk.getUserTraits() } };
        }
      },
    };
  }

  init() {
    this._guard(() => {
      const created = installStub(window, STUB_QUEUE_MAX,
        () => this._widgetProblem('Intercom widget not loaded: calls dropped'), this._reach);
      this._put = holdSettings(window, this._state.settings);
      this._ready = true;
      this._step(init, { site: window.intercomSettings, ownStub: created,
        inject: created && this._analytics.loadIntegration !== false,
        // (A page without a document: only where the site loads Intercom itself, loadIntegration: false.)
        pageLoaded: !!window.document && window.document.readyState === 'complete' });
    });
  }

  isLoaded() { return !!this._ready; }

  isReady() { return !!this._ready; }

  identify(event) { this._input('identify', event); }

  track(event) { this._input('track', event); }

  page(event) { this._input('page', event); }

  group(event) { this._input('group', event); }

  _input(type, event) {
    if (this._ready) this._guard(() => this._step(step, { type, message: event && event.message }));
  }

  // Hands `fields` to the core (`init` or `step`) with what the SDK holds, the page's URL and the time.
  _step(core, fields) {
    this._run(core(this._state, Object.assign(Object.create(this._lazy), fields), Date.now()));
  }

  // Runs the core's commands in order, then arms the one timer for its next wake.
  _run({ state, commands, wakeAt }) {
    this._state = state;
    for (const command of commands) {
      const name = command[0];
      if (name === 'settings') this._put(command[1]);
      else if (name === 'inject') injectWidget(window, state.settings.app_id, () => this._widgetProblem('Intercom widget failed to load'));
      else if (name === 'subscribe') {
        subscribe(window.Intercom, (event, properties) => this._guard(() =>
          this._analytics.track(event, properties, { integrations: { [DISPLAY_NAME]: false } })));
      } else if (name === 'await') this._await(command[1]);
      else if (name === 'facade') {
        this._facade = this._replace(this._facade, command[1] && drawFacade(window, command[1], this._reach));
      } else if (name === 'launchers') {
        this._launchers = this._replace(this._launchers, command[1] && watchLaunchers(window, command[1], this._reach));
      } else if (name === 'log') this._log[command[1]](...command.slice(2));
      else window.Intercom(...command); // looked up each time: the widget replaces the stub when it loads
    }
    if (wakeAt !== this._wakeAt) {
      clearTimeout(this._timer);
      this._wakeAt = wakeAt;
      this._timer = wakeAt === undefined ? undefined
        : setTimeout(() => {
          this._wakeAt = undefined;
          this._input('wake'); // an input without a message, guarded like the events
        }, wakeAt - Date.now());
    }
  }

  // Reports the signal `name` to the core once it happens: 'windowLoad' (the page's load event) or 'idle' (the first
  // idle period; where the browser has no requestIdleCallback, the core's own wake at its cap stands in).
  _await(name) {
    const report = () => this._input(name);
    if (name === 'windowLoad') window.addEventListener('load', report);
    else if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(report);
  }

  // Takes away what `current` drew or watched (a facade, a launcher watch), and returns its successor.
  _replace(current, next) {
    if (current) current.remove();
    return next;
  }

  // Nothing the plugin does may throw into the site or the SDK: a bad event is logged and skipped.
  _guard(fn) {
    try {
      fn();
    } catch (err) {
      this._log.error('event failed:', err && err.message);
    }
  }

  // One widget warning per page: the failed load or the full queue, whichever comes first.
  _widgetProblem(text) {
    if (!this._widgetWarned) this._log.warn(text);
    this._widgetWarned = true;
  }
}
