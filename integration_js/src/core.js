// The session core: every decision the plugin makes, as a pure function of (state, input, now). The class feeds it
// the SDK's events, what the SDK's getters hold and timer wakes, then runs the commands it returns and arms one
// timer at `wakeAt` (docs/architecture.md). Delivery under Intercom's update limit: docs/delivery.md.
//
// state: {_held, _pending, _ping, _pinged, _sent, _groups, ...} (private `_x` names, shortened in the bundle); the
//   settings and options given to start() are kept in it. `_held` is the person Intercom holds (null: nobody);
//   `_pending` the person changes waiting for a free `update` slot; `_ping` the URL waiting to be pinged; `_sent`
//   when each `update` went.
// input: {type: 'identify' | 'track' | 'page' | 'group', message, url, sdk} | {type: 'wake', url, sdk}, where
//   `sdk` is {userId, anonymousId, traits} from the SDK's getters (absent when the SDK has none) and `url` the page's
//   (read only by the decisions that need it: the class makes it a getter, as reading location.href is costly).
// commands: arrays, Intercom's own (['update', data], ['boot', settings], ['shutdown'], ['trackEvent', name, meta])
//   and the class's: ['settings', object] (replace ours in window.intercomSettings), ['inject'] (the widget script),
//   ['subscribe'] (the Messenger callbacks), ['log', level, ...text].
import { LOGOUT_POLL_MS, PING_RESERVE, UPDATE_BUDGET, UPDATE_WINDOW_MS } from './generated/constants.js';
import { isIdentified, personFromIdentify } from './person.js';
import { companyFrom } from './company.js';
import { eventFromTrack } from './event.js';
import { isObject, objectOr, same } from './safe.js';

// A user (`user_id`, or `email` alone: Intercom keys a user by it); else an anonymous visitor.
export const isUser = (person) => !!(person && (person.user_id || person.email));

// Whether `person` is the one Intercom holds. A visitor is anyone's: Intercom turns it into whoever identifies.
export const isSamePerson = (held, person) =>
  held.user_id ? held.user_id === person.user_id : !held.email || held.email === person.email;

// Companies merged by company_id, the later entry winning: a person's companies are never lost by merging.
const mergeCompanies = (a, b) => (a ? a.filter((c) => !b.some((d) => d.company_id === c.company_id)).concat(b) : b);

// `data` on top of `into` (a new object): for each key the latest value wins, companies merge by id.
export function merge(into, data) {
  const out = Object.assign({}, into, data);
  if (into && into.companies && data.companies) out.companies = mergeCompanies(into.companies, data.companies);
  return out;
}

// What Intercom does not hold yet: the keys of `person` whose value differs from `known`'s, and only the companies
// it does not hold as they are. An identical identify therefore sends nothing. Returns undefined when nothing does.
export function changes(known, person) {
  let out;
  for (const key in person) {
    let value = person[key];
    if (key === 'companies') {
      if (known.companies) value = value.filter((c) => !known.companies.some((k) => same(k, c)));
      if (!value.length) continue;
    } else if (same(value, known[key])) continue;
    (out = out || {})[key] = value;
  }
  return out;
}

// The moment `used` updates of the last window leave a slot free (now or later), from the times they went.
const freeAt = (sent, used, now) => (sent.length < used ? now : Math.max(now, sent[sent.length - used] + UPDATE_WINDOW_MS));

// The state a page starts with: Intercom holds nobody yet.
export const start = (settings, options) => ({ settings, options, _held: null, _groups: [], _sent: [] });

// init: Intercom starts with the SDK's stored person (a reload keeps the user logged in), else a visitor, else
// (bootAnonymousVisitors: false) nobody and no widget until someone identifies. `site` is what the page's own
// intercomSettings held; `ownStub` false when the site loaded Intercom itself; `inject` whether to add the widget.
export function init(state, input, now) {
  const { sdk, site, ownStub, inject } = input;
  const out = begin(state, input, now);
  Object.assign(edit(out), { _base: Object.assign({}, state.settings, site), _inject: inject, _ownStub: ownStub });
  const person = fromSdk(out.state, sdk);
  if (isUser(person) || state.options.bootAnonymousVisitors) boot(out, person, true);
  return finish(out, sdk);
}

// One input → the next state, the commands to run and when to wake next.
export function step(state, input, now) {
  const { type, message, sdk } = input;
  const out = begin(state, input, now);
  const s = out.state;
  // A user booted and an event (or a wake) without a user id: a logout if the SDK agrees (reset() was called),
  // else an event the SDK buffered from before the login (its stored traits, booted already, hold that data).
  const loggedOut = isUser(s._held) && !(message && message.userId) && !(sdk && (sdk.userId || objectOr(sdk.traits).email));
  if (type === 'wake') {
    if (loggedOut && sdk) switchTo(out, fromSdk(s, sdk));
    flush(out);
  } else if (!isObject(message)) log(out, 'warn', type + ': no message');
  else if (loggedOut) {
    switchTo(out, fromSdk(s, sdk));
    HANDLERS[type](out, message);
  } else if (isUser(s._held) && !message.userId) {
    if (type !== 'identify' || !s._held.user_id) HANDLERS[type](out, message); // buffered from before the login
  } else {
    if (s._held && s.options.sendAnonymousId && message.anonymousId) personChange(out, { anonymous_id: message.anonymousId });
    HANDLERS[type](out, message);
  }
  return finish(out, sdk);
}

const HANDLERS = {
  identify(out, message) {
    const s = out.state;
    const person = personFromIdentify(message, s.options);
    if (s._groups.length && isUser(person)) {
      // The companies of group calls made before anyone was identified join the first identified person.
      person.companies = (person.companies || []).concat(s._groups);
      edit(out)._groups = [];
    }
    if (!s._held || !isSamePerson(s._held, person)) switchTo(out, person);
    // Booted from the SDK's storage without a token (it keeps none): boot again now that the token is here.
    else if (s._unverified && (person.user_hash || person.intercom_user_jwt)) boot(out, merge(known(s), person));
    else personChange(out, person);
  },

  track(out, message) {
    const event = eventFromTrack(message, out.state.options.metadataKeyLimit);
    if (!event) return log(out, 'warn', 'track without event name skipped');
    if (event.dropped.length) log(out, 'debug', 'over key limit:', event.dropped);
    intercom(out, 'trackEvent', event.name, event.metadata);
  },

  // A ping on every URL change; the same URL twice in a row is not pinged again.
  page(out) {
    const s = edit(out);
    const { url } = out.input;
    if (url === s._pinged) s._ping = undefined; // back where the last ping was: nothing to tell
    else if (url !== s._ping) {
      s._ping = url;
      flush(out);
    }
  },

  group(out, message) {
    const company = companyFrom(message.traits, message.groupId);
    if (!company) log(out, 'warn', 'group without id skipped');
    else if (isIdentified(message)) personChange(out, { companies: [company] });
    // A visitor cannot hold companies: remembered (the latest per company id) until someone is identified.
    else edit(out)._groups = mergeCompanies(out.state._groups, [company]);
  },
};

// What Intercom will hold once the pending changes are sent.
const known = (s) => (s._pending ? merge(s._held, s._pending) : s._held);

// A person change: what Intercom does not know yet joins the pending changes, which go now if a slot is free.
function personChange(out, person) {
  const data = changes(known(out.state), person);
  if (data) {
    const s = edit(out);
    s._pending = merge(s._pending, data);
    s._pendingUrl = out.input.url; // an update with data also records the page it is sent from
    flush(out);
  }
}

// Sends what waits, as Intercom's update budget allows: person changes at any free slot, then the ping, which leaves
// PING_RESERVE slots to person changes. An update with data counts as the ping of the URL it was sent from.
function flush(out) {
  if (!out.state._held) return; // nobody booted: nothing to send to
  const s = edit(out);
  const { now } = out;
  if (s._sent.length && now - s._sent[0] >= UPDATE_WINDOW_MS) s._sent = s._sent.filter((t) => now - t < UPDATE_WINDOW_MS);
  if (s._pending && s._sent.length < UPDATE_BUDGET) {
    sendUpdate(out, s._pending);
    s._held = merge(s._held, s._pending);
    s._pinged = s._pendingUrl;
    s._pending = undefined;
    if (s._ping === s._pinged) s._ping = undefined;
  }
  if (s._ping && !s._pending && s._sent.length < UPDATE_BUDGET - PING_RESERVE) {
    sendUpdate(out);
    s._pinged = s._ping;
    s._ping = undefined;
  }
}

function sendUpdate(out, data) {
  edit(out)._sent = out.state._sent.concat(out.now);
  out.commands.push(data ? ['update', data] : ['update']);
}

// A different person than the one held: shutdown (Intercom forgets the session and its cookies), then boot only the
// new person's data, or nobody (a visitor with bootAnonymousVisitors: false). Nothing pending for the previous
// person goes to the next.
function switchTo(out, person) {
  const s = edit(out);
  intercom(out, 'shutdown');
  s._held = null;
  s._pending = s._ping = undefined;
  if (isUser(person) || s.options.bootAnonymousVisitors) return boot(out, person);
  const settings = Object.assign({}, s._base);
  delete settings.app_id; // a widget still loading must not boot a visitor from it
  out.commands.push(['settings', settings]);
}

// At init the widget boots itself from intercomSettings; later boots are explicit (after a shutdown, or the first
// person with bootAnonymousVisitors: false, whose widget is only injected then). A boot pings the page it is on.
function boot(out, person, atInit) {
  const s = edit(out);
  const settings = Object.assign({}, s._base, person);
  s._held = person;
  s._pending = s._ping = undefined;
  s._pinged = out.input.url;
  s._unverified = !!person.user_id && !person.user_hash && !person.intercom_user_jwt;
  out.commands.push(['settings', settings]);
  if (s._inject) {
    s._inject = false;
    out.commands.push(['inject']);
  } else if (!atInit) intercom(out, 'boot', settings);
  // An Intercom the site booted itself never reads intercomSettings again: tell it who the SDK holds.
  else if (!s._ownStub && isUser(person)) {
    s._held = {};
    personChange(out, person);
  }
  if (s.options.trackMessengerEvents && !s._subscribed) {
    s._subscribed = true; // callbacks survive shutdown and boot: registered once per page
    out.commands.push(['subscribe']);
  }
}

// An Intercom call; while Intercom holds nobody (bootAnonymousVisitors: false) nothing is sent.
function intercom(out, ...command) {
  if (out.state._held) out.commands.push(command);
}

function log(out, ...command) {
  out.commands.push(['log', ...command]);
}

// The person the SDK holds (its storage survives reloads and is emptied by reset()).
const fromSdk = (s, sdk) => personFromIdentify(sdk ? { userId: sdk.userId, anonymousId: sdk.anonymousId,
  context: { traits: sdk.traits } } : {}, s.options);

// A step: the state (copied at the first change by edit(), so a step that changes nothing returns the state it
// got), its commands, its input and the time it runs at.
const begin = (state, input, now) => ({ state, from: state, commands: [], input, now });
const edit = (out) => (out.state === out.from ? (out.state = Object.assign({}, out.from)) : out.state);

// When to wake: when a slot frees for what is pending, and every LOGOUT_POLL_MS while a user is booted and the SDK
// has getters to ask (reset() is not forwarded to integrations). An armed wake is kept while it still serves.
function finish(out, sdk) {
  const { state: s, now } = out;
  let wakeAt;
  if (s._pending) wakeAt = freeAt(s._sent, UPDATE_BUDGET, now);
  else if (s._ping && s._held) wakeAt = freeAt(s._sent, UPDATE_BUDGET - PING_RESERVE, now);
  if (sdk && isUser(s._held)) {
    const poll = s._wakeAt > now && s._wakeAt <= now + LOGOUT_POLL_MS ? s._wakeAt : now + LOGOUT_POLL_MS;
    if (!(wakeAt <= poll)) wakeAt = poll;
  }
  if (s._wakeAt !== wakeAt) edit(out)._wakeAt = wakeAt;
  return { state: out.state, commands: out.commands, wakeAt };
}
