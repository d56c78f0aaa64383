// The session core: every decision the plugin makes, as a pure function of (state, input, now). The class feeds it
// the SDK's events, what the SDK's getters hold and timer wakes, then runs the commands it returns and arms one
// timer at `wakeAt` (docs/architecture.md). Delivery under Intercom's update limit: docs/delivery.md.
//
// state: what start() returns (every field is declared and explained there); the caller's copy is never changed.
// input: {type: 'identify' | 'track' | 'page' | 'group', message, url, sdk} | {type: SIGNAL, url, sdk}, where a SIGNAL
//   carries no message: 'wake' (the timer), and the moments the widget may load at (docs/page-speed.md): 'windowLoad'
//   (the page's load event), 'idle' (the first idle period after it), 'intent' (the visitor reached for the Messenger);
//   and where
//   `sdk` is the person the SDK's getters hold, shaped as a message ({userId, anonymousId, context: {traits}}; absent
//   when the SDK has no getters), and `url` the page's.
//   Both are read only by the decisions that need them (the class makes them getters: location.href and the SDK's
//   getters cost more than most events); whether the SDK has getters is taken from init's input.
// commands: arrays, Intercom's own (['update', data], ['boot', settings], ['shutdown'], ['trackEvent', name, meta])
//   and the class's: ['settings', object] (replace ours in window.intercomSettings), ['inject'] (the widget script),
//   ['subscribe'] (the Messenger callbacks), ['log', level, ...text], and before the widget loads:
//   ['await', 'windowLoad' | 'idle'] (report that signal once), ['facade', look | null] (draw the launcher facade
//   with that look, or take it away) and ['launchers', selector | null] (watch the site's own launchers for intent,
//   or stop).
import {
  IDLE_MAX_MS, LAUNCHER, LOGOUT_POLL_MS, PING_RESERVE, STUB_QUEUE_MAX, UPDATE_BUDGET, UPDATE_WINDOW_MS,
} from './generated/constants.js';
import { identityOf, isIdentified, personFromIdentify } from './person.js';
import { companyFrom } from './company.js';
import { eventFromTrack } from './event.js';
import { hasOwn, isObject, same } from './values.js';
import { pageToken, TOKEN_FIELDS } from './page-token.js';

// A user (`user_id`, or `email` alone: Intercom keys a user by it); else an anonymous visitor.
const isUser = (person) => !!(person && (person.user_id || person.email));

// Whether `person` is the one Intercom holds. A visitor is anyone's: Intercom turns it into whoever identifies.
const isSamePerson = (held, person) =>
  held.user_id ? held.user_id === person.user_id : !held.email || held.email === person.email;

// Companies merged by company_id, the later entry winning: a person's companies are never lost by merging.
const mergeCompanies = (a, b) => (a ? a.filter((c) => !b.some((d) => d.company_id === c.company_id)).concat(b) : b);

// `data` on top of `into` (a new object): for each key the latest value wins, companies merge by id.
export function merge(into, data) {
  const out = Object.assign({}, into, data);
  if (into && data.companies) out.companies = mergeCompanies(into.companies, data.companies);
  return out;
}

// What Intercom does not hold yet: the keys of `person` whose value differs from `known`'s, and only the companies
// it does not hold as they are. An identical identify therefore sends nothing. Returns undefined when nothing does.
export function changes(known, person) {
  const out = {};
  let changed = false;
  for (const key in person) {
    let value = person[key];
    if (key === 'companies') {
      if (known.companies) value = value.filter((c) => !known.companies.some((k) => same(k, c)));
      if (!value.length) continue;
    } else if (same(value, known[key])) continue;
    out[key] = value;
    changed = true;
  }
  return changed ? out : undefined;
}

// Whom an Intercom the site booted itself holds, as far as the plugin can tell: a person it knows nothing about.
// Such an Intercom never reads intercomSettings again, so the SDK's person reaches it as an update, and every key of
// that person differs from this one's (none).
const UNKNOWN_PERSON = Object.freeze({});

// The state a page starts with: Intercom holds nobody yet. This is the whole shape of the state; the `_` fields are
// the core's own bookkeeping.
export function start(settings, options) {
  return {
    settings, // Intercom messenger settings from the config (app_id, api_base, ...)
    options: Object.assign({}, options), // the plugin's own options (bootAnonymousVisitors, sendAnonymousId, ...)
    _base: settings, // what every boot carries besides the person: our settings under the site's intercomSettings
    _pageToken: undefined, // the identity token the site put in intercomSettings, {fields, owner} (page-token.js)
    // The widget script (docs/page-speed.md): 'deferred' until the moment loadMessenger names, 'due' from then until
    // someone is to be booted, 'loaded' once it is requested (or when the site loads Intercom itself). Before it is
    // loaded no Intercom call is made: the load boots the latest person and delivers the trackEvents kept for it.
    _messenger: 'deferred',
    _loadBy: undefined, // loadMessenger 'idle': when the load is due at the latest (IDLE_MAX_MS after window load)
    _earlier: undefined, // until the load: the user the page started with, whose session Intercom's cookies may hold
    _events: [], // until the load: the trackEvent commands made for it, in order (at most STUB_QUEUE_MAX)
    _eventsDropped: false, // a trackEvent past that bound was dropped (logged once)
    _facade: false, // the launcher facade is drawn (loadMessenger 'intent', until the load)
    _launchers: undefined, // the selector of the site's own launchers watched for intent (until the load)
    _ownStub: true, // false when the site loaded Intercom itself (then it is not booted by intercomSettings)
    _polls: false, // the SDK has getters, so a logout can be noticed by asking them
    // The person Intercom holds once what is pending is sent (before the load: whom the load boots): null nobody,
    // else a visitor or a user.
    _held: null,
    _sdkHeldUser: false, // the SDK's getters were seen holding the booted user since it was booted (see step())
    _unverified: false, // a user booted without user_hash or JWT (the SDK's storage keeps none)
    _pending: undefined, // person changes waiting for a free `update` slot, merged into one
    _ping: undefined, // the URL waiting to be pinged
    _pinged: undefined, // the URL the last `update` was sent from (Intercom records it as the page pinged)
    _sent: [], // when each `update` of the last UPDATE_WINDOW_MS went, oldest first
    _groups: [], // companies of group calls made before anyone was identified
    _subscribed: false, // the Messenger callbacks are registered (they survive shutdown and boot: once per page)
    _wakeAt: undefined, // the wake asked for last, kept while it still serves
  };
}

// A decision as core functions take it: (state, input, now) → {state, commands, wakeAt}. `decide` is given the
// step's context: a copy of the state (the caller's is never changed), the commands so far, the input and the time.
const decision = (decide) => (state, input, now) => {
  // A spread keeps the state's shape (the one start() declares); a property-by-property copy of this many fields
  // would leave V8 a slow dictionary object, and every step paying for it (measured: 5 µs a step).
  const ctx = { state: { ...state }, commands: [], input, now };
  decide(ctx);
  standIns(ctx, state);
  return finish(ctx);
};

// init: Intercom starts with the SDK's stored person (a reload keeps the user logged in), else a visitor, else
// (bootAnonymousVisitors: false) nobody and no widget until someone identifies. `site` is what the page's own
// intercomSettings held; `ownStub` false when the site loaded Intercom itself; `inject` whether to add the widget
// (else the site loads it, and loadMessenger has nothing to defer); `pageLoaded` whether window load has fired.
export const init = decision((ctx) => {
  const { state } = ctx;
  const { sdk, site, ownStub, inject, pageLoaded } = ctx.input;
  // The site's own settings join every boot, but the user they name is booted at load only, and an identity token
  // in them reaches only the person it is for.
  const fromSite = pageToken(site);
  state._base = Object.assign({}, state.settings, fromSite.settings);
  state._pageToken = fromSite.token;
  state._messenger = inject ? 'deferred' : 'loaded';
  state._ownStub = ownStub;
  state._polls = !!sdk;
  const stored = fromSdk(ctx, sdk);
  // The SDK's stored user, else the user the site's intercomSettings name (the page was rendered for them).
  const person = isUser(stored) || !fromSite.person ? stored : Object.assign({}, fromSite.person);
  if (inject && isUser(person)) state._earlier = { user_id: person.user_id, email: person.email };
  if (isUser(person) || state.options.bootAnonymousVisitors) boot(ctx, person, true);
  state._sdkHeldUser = isUser(stored); // booted from the getters: they hold the user
  if (state._messenger === 'deferred') awaitTheMoment(ctx, pageLoaded);
});

// What init asks for the moment loadMessenger names (docs/page-speed.md): 'now' is that moment; 'load' and 'idle'
// start from the page's load event (at once if it has fired); 'intent' waits for the visitor's reach alone.
function awaitTheMoment(ctx, pageLoaded) {
  const mode = ctx.state.options.loadMessenger;
  if (mode === 'now') due(ctx);
  else if (mode === 'load' || mode === 'idle') {
    if (pageLoaded) SIGNALS.windowLoad(ctx);
    else ctx.commands.push(['await', 'windowLoad']);
  }
}

// One input → the next state, the commands to run and when to wake next.
//
// A logout (docs/mapping.md "Identity lifecycle") is a transition the SDK's getters show: they held the booted user
// at some point since the boot and now hold nobody (reset() is not forwarded to integrations). An event without a
// user id is no logout by itself, nor are getters that never held the user: with no storage, or before consent, the
// SDK keeps no user id at all, and the user identified stays booted and gets the events that follow. The getters are
// read by the wakes, by events without a user id while a user is booted, and after an identify until they are seen
// holding the user.
export const step = decision((ctx) => {
  const { state, input } = ctx;
  const { type, message } = input;
  const withoutUserId = isUser(state._held) && !(message && message.userId);
  const sdk = withoutUserId ? input.sdk : undefined;
  let loggedOut = false;
  if (sdk !== undefined) {
    const holding = watchGetters(ctx, sdk);
    loggedOut = state._sdkHeldUser && !isUser(holding);
  }
  if (hasOwn(SIGNALS, type)) {
    if (loggedOut) switchTo(ctx, fromSdk(ctx, sdk));
    SIGNALS[type](ctx);
    flush(ctx);
    return;
  }
  if (!isObject(message)) {
    log(ctx, 'warn', type + ': no message');
    return;
  }
  if (loggedOut) switchTo(ctx, fromSdk(ctx, sdk));
  else if (withoutUserId && type === 'identify' && state._held.user_id) {
    // An identify without a user id while a user is booted. Where the getters held the user, the SDK buffered it
    // from before the login: skipped, as the stored traits, booted already, hold its data. Where they never did
    // (no storage, before consent), it is the site adding traits to the user: a change of the user.
    if (!state._sdkHeldUser) personChange(ctx, personFromIdentify(message, mapperOptions(ctx)));
    return;
  } else if (!withoutUserId && state._held && state.options.sendAnonymousId && message.anonymousId) {
    personChange(ctx, { anonymous_id: message.anonymousId });
  }
  HANDLERS[type](ctx, message);
  // Someone identified: whether the getters hold them too is asked now, so a reset() right after is noticed by the
  // next wake.
  if (type === 'identify' && isUser(state._held) && !state._sdkHeldUser) {
    const current = input.sdk;
    if (current !== undefined) watchGetters(ctx, current);
  }
});

// Records whether the SDK's getters (`sdk`: what they hold now) hold the booted user, and returns whom they hold
// ({user_id, email}). Getters holding someone else than the booted user show no logout: that person's identify,
// when it comes, switches.
function watchGetters(ctx, sdk) {
  const holding = identityOf(sdk);
  if (isUser(holding) && isSamePerson(ctx.state._held, holding)) ctx.state._sdkHeldUser = true;
  return holding;
}

// What each signal does (inputs without a message), given the step's context. The moments of loadMessenger
// (docs/page-speed.md) make the load due; it happens as soon as someone is to be booted.
const SIGNALS = {
  // The timer: a slot freed, a logout to notice, or loadMessenger 'idle' reached its cap.
  wake(ctx) {
    if (ctx.state._loadBy <= ctx.now) due(ctx);
  },
  // The page's load event, which 'load' and 'idle' asked for.
  windowLoad(ctx) {
    const { state } = ctx;
    const mode = state.options.loadMessenger;
    if (state._messenger !== 'deferred') return;
    if (mode === 'load') due(ctx);
    else if (mode === 'idle' && state._loadBy === undefined) {
      state._loadBy = ctx.now + IDLE_MAX_MS; // a wake then, should no idle period come first
      ctx.commands.push(['await', 'idle']);
    }
  },
  // The first idle period after the load event ('idle' asked for it).
  idle(ctx) {
    if (ctx.state._loadBy !== undefined) due(ctx);
  },
  // The visitor reached for the Messenger: a pointer over, focus on, touch or click of the facade or of the site's
  // own launchers, or the page's own call of a command that opens it. In every mode: they want it now.
  intent: due,
};

// What each event type does, given the step's context and the event's message.
const HANDLERS = {
  identify(ctx, message) {
    const { state } = ctx;
    const person = withPageToken(state, personFromIdentify(message, mapperOptions(ctx)));
    if (state._groups.length && isUser(person)) {
      // The companies of group calls made before anyone was identified join the first identified person.
      person.companies = (person.companies || []).concat(state._groups);
      state._groups = [];
    }
    if (!state._held || !isSamePerson(state._held, person)) switchTo(ctx, person);
    // Booted from the SDK's storage without a token (it keeps none): boot again now that the token is here.
    else if (state._unverified && (person.user_hash || person.intercom_user_jwt)) boot(ctx, merge(state._held, person));
    else personChange(ctx, person);
  },

  track(ctx, message) {
    const event = eventFromTrack(message, ctx.state.options.metadataKeyLimit);
    if (!event) return log(ctx, 'warn', 'track without event name skipped');
    if (event.dropped.length) log(ctx, 'debug', 'over key limit:', event.dropped);
    trackEvent(ctx, ['trackEvent', event.name, event.metadata]);
  },

  // A ping on every URL change; the same URL twice in a row is not pinged again.
  page(ctx) {
    const { state } = ctx;
    const { url } = ctx.input;
    if (url === state._pinged) state._ping = undefined; // back where the last ping was: nothing to tell
    else if (url !== state._ping) {
      state._ping = url;
      flush(ctx);
    }
  },

  group(ctx, message) {
    const { state } = ctx;
    const company = companyFrom(message.traits, message.groupId);
    if (!company) log(ctx, 'warn', 'group without id skipped');
    else if (isIdentified(message) && state._held) personChange(ctx, { companies: [company] });
    // A visitor (or nobody) cannot hold companies: remembered (the latest per company id) until someone is identified.
    else state._groups = mergeCompanies(state._groups, [company]);
  },
};

// A person change: what Intercom does not know yet joins the pending changes, which go now if a slot is free.
function personChange(ctx, person) {
  const { state } = ctx;
  const data = changes(state._held, person);
  if (data) {
    // Before the load nothing is pending: the load's boot carries the person held.
    if (state._messenger === 'loaded') state._pending = merge(state._pending, data);
    state._held = merge(state._held, data);
    flush(ctx);
  }
}

// Sends what waits, as Intercom's update budget allows: person changes at any free slot, then the ping, which leaves
// PING_RESERVE slots to person changes. Intercom records the page an update is sent from, so an update with data is
// the ping of the page the visitor is on now.
function flush(ctx) {
  const { state, now } = ctx;
  // Nobody booted: nothing to send to. Not loaded yet: the load's boot carries every change, and pings the page.
  if (!state._held || state._messenger !== 'loaded') return;
  if (state._sent.length && now - state._sent[0] >= UPDATE_WINDOW_MS) {
    state._sent = state._sent.filter((t) => now - t < UPDATE_WINDOW_MS);
  }
  if (state._pending && state._sent.length < UPDATE_BUDGET) {
    sendUpdate(ctx, state._pending);
    state._pending = undefined;
    if (state._ping === state._pinged) state._ping = undefined;
  }
  if (state._ping && !state._pending && state._sent.length < UPDATE_BUDGET - PING_RESERVE) {
    sendUpdate(ctx);
    state._ping = undefined;
  }
}

// An update counts against the budget and pings the page the visitor is on.
function sendUpdate(ctx, data) {
  const { state } = ctx;
  state._sent = state._sent.concat(ctx.now);
  state._pinged = ctx.input.url;
  ctx.commands.push(data ? ['update', data] : ['update']);
}

// A different person than the one held: shutdown (Intercom forgets the session and its cookies), then boot only the
// new person's data, or nobody (a visitor with bootAnonymousVisitors: false). Nothing pending for the previous
// person goes to the next. Before the load it changes whom the load boots, and the trackEvents kept go with the
// previous person.
function switchTo(ctx, person) {
  const { state } = ctx;
  const loaded = state._messenger === 'loaded';
  // The user the page started with logs out or is replaced before the load (before it, whoever is held is that
  // user): Intercom's cookies may hold their session from an earlier page, and the page the visitor goes to next
  // would not know to end it. So the widget loads now, whatever loadMessenger says, and the load ends that session.
  if (!loaded && state._earlier) state._messenger = 'due';
  if (loaded) intercom(ctx, 'shutdown');
  else if (state._events.length) {
    log(ctx, 'debug', `${state._events.length} trackEvents of the previous person dropped before the load`);
    state._events = []; // they were the previous person's: nothing of them reaches the next
  }
  state._held = null;
  state._sdkHeldUser = false;
  state._pending = state._ping = undefined;
  if (isUser(person) || state.options.bootAnonymousVisitors) return boot(ctx, person);
  if (!loaded) return load(ctx); // nobody to boot: the load waits for someone, or only ends the earlier session
  ctx.commands.push(['settings', withoutAppId(state._base)]);
}

// Our settings without the app_id: a widget still loading must not boot itself from them.
function withoutAppId(settings) {
  const out = Object.assign({}, settings);
  delete out.app_id;
  return out;
}

// At init the widget boots itself from intercomSettings; later boots are explicit (after a shutdown, or the first
// person with bootAnonymousVisitors: false, whose widget is only loaded then). Before the load, `person` is whom
// the load will boot, and it loads now if its moment has come.
function boot(ctx, bootedPerson, atInit) {
  const { state, commands } = ctx;
  const person = withPageToken(state, bootedPerson);
  state._held = person;
  state._pending = state._ping = state._pinged = undefined; // a new Intercom session: its first page() pings
  state._unverified = !!person.user_id && !person.user_hash && !person.intercom_user_jwt;
  if (state._messenger !== 'loaded') return load(ctx);
  const settings = Object.assign({}, state._base, person);
  commands.push(['settings', settings]);
  if (!atInit) intercom(ctx, 'boot', settings);
  else if (!state._ownStub && isUser(person)) {
    state._held = UNKNOWN_PERSON;
    personChange(ctx, person);
  }
  subscribeOnce(ctx);
}

// The load becomes due: the moment loadMessenger names has come, or the visitor reached for the Messenger.
function due(ctx) {
  if (ctx.state._messenger === 'deferred') ctx.state._messenger = 'due';
  load(ctx);
}

// The widget is requested once the load is due and someone is to be booted (docs/page-speed.md): the settings of
// the latest person (every identify and group merged, a switch or logout applied), the script, then the trackEvents
// made before it, in order. Intercom's update budget starts here: nothing was sent before.
function load(ctx) {
  const { state, commands } = ctx;
  const earlier = state._earlier;
  const endsEarlier = !!earlier && !(state._held && isSamePerson(earlier, state._held));
  if (state._messenger !== 'due' || !(state._held || endsEarlier)) return;
  state._messenger = 'loaded';
  state._earlier = state._loadBy = undefined;
  const settings = state._held && Object.assign({}, state._base, state._held);
  if (endsEarlier) {
    // The user the page started with logged out or switched before the load, and Intercom's cookies may still hold
    // their session: the widget does not boot itself, and that session ends before the next one starts (as a switch
    // does through the stub); with nobody to boot (bootAnonymousVisitors: false), it only ends.
    commands.push(['settings', withoutAppId(settings || state._base)], ['inject'], ['shutdown']);
    if (settings) commands.push(['boot', settings]);
  } else commands.push(['settings', settings], ['inject']);
  // The boot pings the page the visitor is on: the ping of every page() made before it.
  state._pinged = state._ping !== undefined ? ctx.input.url : undefined;
  state._ping = undefined;
  for (const command of state._events) commands.push(command);
  state._events = [];
  subscribeOnce(ctx);
}

// The Messenger callbacks are registered once per page (they survive shutdown and boot).
function subscribeOnce(ctx) {
  const { state } = ctx;
  if (state.options.trackMessengerEvents && !state._subscribed) {
    state._subscribed = true;
    ctx.commands.push(['subscribe']);
  }
}

// `person` with the site's identity token when it is theirs: a user who brings no token of their own and owns it
// (the token's claims, or the user id the site wrote beside it, name them; a token naming nobody belongs to the
// first user booted on this page).
function withPageToken(state, person) {
  const token = state._pageToken;
  if (!token || !isUser(person) || TOKEN_FIELDS.some((key) => person[key])) return person;
  if (!token.owner) state._pageToken = { fields: token.fields, owner: { user_id: person.user_id, email: person.email } };
  return isSamePerson(state._pageToken.owner, person) ? Object.assign({}, person, token.fields) : person;
}

// A trackEvent: sent once the widget is loaded; before, kept for the load in order, as many as Intercom's stub
// queue holds (one warning past that). While Intercom holds nobody (bootAnonymousVisitors: false) it is dropped.
function trackEvent(ctx, command) {
  const { state } = ctx;
  if (!state._held) return;
  if (state._messenger === 'loaded') ctx.commands.push(command);
  else if (state._events.length < STUB_QUEUE_MAX) state._events = state._events.concat([command]);
  else if (!state._eventsDropped) {
    state._eventsDropped = true;
    log(ctx, 'warn', `Intercom not loaded yet: trackEvents past the first ${STUB_QUEUE_MAX} dropped`);
  }
}

// What stands in for the Messenger until the widget is requested (docs/page-speed.md): the launcher facade
// (loadMessenger 'intent', unless the launcher is hidden) and the site's own launchers (custom_launcher_selector),
// watched for the visitor's intent; only while someone is to be booted (bootAnonymousVisitors: false gives a visitor
// no Messenger at all). Once the widget is requested the class takes them away when Intercom has booted. They follow
// `_messenger`, `_held` and `_base` only: a step that changed none of them (most events) has nothing to redo.
function standIns(ctx, before) {
  const { state, commands } = ctx;
  if (state._messenger === before._messenger && state._held === before._held && state._base === before._base) return;
  const deferred = state._messenger === 'deferred';
  // Once the widget is requested for someone, the class takes the stand-ins away when Intercom has booted; with
  // nobody to boot (the load only ended an earlier session) they go now.
  if (!deferred && state._held) return;
  const settings = deferred && state._held ? Object.assign({}, state._base, state._held) : undefined;
  const facade = !!settings && state.options.loadMessenger === 'intent' && settings.hide_default_launcher !== true;
  if (facade !== state._facade) {
    state._facade = facade;
    commands.push(['facade', facade ? lookOf(settings) : null]);
  }
  const launchers = (settings && settings.custom_launcher_selector) || undefined;
  if (launchers !== state._launchers) {
    state._launchers = launchers;
    commands.push(['launchers', launchers || null]);
  }
}

// The facade's look: where Intercom's launcher appears and its colour, from the Messenger settings, else LAUNCHER's.
const lookOf = (settings) => ({
  side: settings.alignment === 'left' ? 'left' : 'right',
  sideOffset: settings.horizontal_padding || LAUNCHER.offset_px,
  bottomOffset: settings.vertical_padding || LAUNCHER.offset_px,
  zIndex: settings.z_index !== undefined ? settings.z_index : LAUNCHER.z_index,
  color: settings.action_color || LAUNCHER.color,
});

// An Intercom call; while Intercom holds nobody (bootAnonymousVisitors: false) nothing is sent.
function intercom(ctx, ...command) {
  if (ctx.state._held) ctx.commands.push(command);
}

function log(ctx, ...text) {
  ctx.commands.push(['log', ...text]);
}

// The options the mappers take: the plugin's, and `warn` for the companies they drop, reported as a log command of
// this step (even that report is data the class runs).
const mapperOptions = (ctx) => Object.assign({}, ctx.state.options, { warn: (text) => log(ctx, 'warn', text) });

// The person the SDK holds (its storage survives reloads and is emptied by reset()).
const fromSdk = (ctx, sdk) => personFromIdentify(sdk || {}, mapperOptions(ctx));

// When to wake: when a slot frees for what is pending, at loadMessenger 'idle''s cap while the load waits for it,
// and every LOGOUT_POLL_MS while a user is held and the SDK has getters to ask (reset() is not forwarded to
// integrations). An armed wake is kept while it still serves.
function finish(ctx) {
  const { state, commands, now } = ctx;
  let wakeAt;
  if (state._messenger === 'deferred') {
    wakeAt = state._loadBy; // loadMessenger 'idle': the cap on waiting for an idle period (undefined in the others)
  } else if (state._held && (state._pending || state._ping)) {
    // Loaded (the load is never due with someone held): the moment the updates sent in the last window leave a slot
    // free, any slot for person changes, one outside PING_RESERVE for the ping. Something waits only while those
    // slots are taken (flush sent whatever a free slot allowed), so `used` updates are in the window; `now` if the
    // timer ran late.
    const used = state._pending ? UPDATE_BUDGET : UPDATE_BUDGET - PING_RESERVE;
    wakeAt = Math.max(now, state._sent[state._sent.length - used] + UPDATE_WINDOW_MS);
  }
  if (state._polls && isUser(state._held)) {
    const poll = state._wakeAt > now && state._wakeAt <= now + LOGOUT_POLL_MS ? state._wakeAt : now + LOGOUT_POLL_MS;
    if (!(wakeAt <= poll)) wakeAt = poll;
  }
  state._wakeAt = wakeAt;
  return { state, commands, wakeAt };
}
