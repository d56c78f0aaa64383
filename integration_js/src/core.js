// The session core: every decision the plugin makes, as a pure function of (state, input, now). The class feeds it
// the SDK's events, what the SDK's getters hold and timer wakes, then runs the commands it returns and arms one
// timer at `wakeAt` (docs/architecture.md). Delivery under Intercom's update limit: docs/delivery.md.
//
// state: {held, pending, ping, pinged, sent, groups, booted, ...}; the settings and options given to start() are
//   kept in it. `held` is the person Intercom holds (null: nobody); `pending` the person changes waiting for a free
//   `update` slot; `ping` the URL waiting to be pinged; `sent` when each `update` went.
// input: {type: 'identify' | 'track' | 'page' | 'group', message, url, sdk} | {type: 'wake', url, sdk}, where
//   `sdk` is {userId, anonymousId, traits} from the SDK's getters (absent when the SDK has none) and `url` the page's.
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
  held.user_id ? held.user_id === person.user_id : held.email ? held.email === person.email : true;

// Companies merged by company_id, the later entry winning: a person's companies are never lost by merging.
function mergeCompanies(a, b) {
  if (!a) return b;
  const ids = b.map((c) => c.company_id);
  return a.filter((c) => ids.indexOf(c.company_id) < 0).concat(b);
}

// `data` on top of `into` (a new object): for each key the latest value wins, companies merge by id.
export function merge(into, data) {
  const out = Object.assign({}, into, data);
  if (into && into.companies && data.companies) out.companies = mergeCompanies(into.companies, data.companies);
  return out;
}

// What Intercom does not hold yet: the keys of `person` whose value differs from `known`'s, and only the companies
// it does not hold as they are. An identical identify therefore sends nothing.
export function changes(known, person) {
  const out = {};
  for (const key of Object.keys(person)) {
    let value = person[key];
    if (key === 'companies' && known.companies) value = value.filter((c) => !known.companies.some((k) => same(k, c)));
    if (key === 'companies' ? value.length : !same(value, known[key])) out[key] = value;
  }
  return out;
}

// The moment `used` updates of the last window leave a slot free (now or later), from the times they went.
const freeAt = (sent, used, now) => (sent.length < used ? now : Math.max(now, sent[sent.length - used] + UPDATE_WINDOW_MS));

// The state a page starts with: Intercom holds nobody yet.
export const start = (settings, options) =>
  ({ settings, options, held: null, groups: [], sent: [], subscribed: false, inject: false });

// init: Intercom starts with the SDK's stored person (a reload keeps the user logged in), else a visitor, else
// (bootAnonymousVisitors: false) nobody and no widget until someone identifies. `site` is what the page's own
// intercomSettings held; `ownStub` false when the site loaded Intercom itself; `inject` whether to add the widget.
export function init(state, { sdk, site, ownStub, inject, url }, now) {
  const s = Object.assign({}, state, { base: Object.assign({}, state.settings, site), inject, ownStub });
  const out = { state: s, commands: [] };
  const person = fromSdk(s, sdk);
  if (isUser(person) || s.options.bootAnonymousVisitors) boot(out, person, url, now, true);
  return finish(out, sdk, now);
}

// One input → the next state, the commands to run and when to wake next.
export function step(state, input, now) {
  const out = { state: Object.assign({}, state), commands: [] };
  const { type, message, sdk, url } = input;
  const s = out.state;
  if (type === 'wake') {
    if (isUser(s.held) && sdk && !sdkHoldsUser(sdk)) switchTo(out, fromSdk(s, sdk), url, now);
    flush(out, now);
    return finish(out, sdk, now);
  }
  if (!isObject(message)) log(out, 'warn', type + ': no message');
  // An event without a user id while a user is booted: a logout if the SDK agrees (reset() was called), else an
  // event the SDK buffered from before the login (its stored traits, booted already, hold that data).
  else if (isUser(s.held) && !message.userId && sdk && sdkHoldsUser(sdk)) {
    if (type !== 'identify' || !s.held.user_id) HANDLERS[type](out, message, url, now);
  } else {
    if (isUser(s.held) && !message.userId) switchTo(out, fromSdk(s, sdk), url, now);
    else if (s.held && s.options.sendAnonymousId && message.anonymousId) {
      personChange(out, { anonymous_id: message.anonymousId }, url, now);
    }
    HANDLERS[type](out, message, url, now);
  }
  return finish(out, sdk, now);
}

const HANDLERS = {
  identify(out, message, url, now) {
    const s = out.state;
    let person = personFromIdentify(message, s.options);
    if (s.groups.length && isUser(person)) {
      // The companies of group calls made before anyone was identified join the first identified person.
      person.companies = (person.companies || []).concat(s.groups);
      s.groups = [];
    }
    if (!s.held || !isSamePerson(s.held, person)) return switchTo(out, person, url, now);
    // Booted from the SDK's storage without a token (it keeps none): boot again now that the token is here.
    if (s.unverified && (person.user_hash || person.intercom_user_jwt)) return boot(out, merge(known(s), person), url, now);
    personChange(out, person, url, now);
  },

  track(out, message) {
    const event = eventFromTrack(message, out.state.options.metadataKeyLimit);
    if (!event) return log(out, 'warn', 'track without event name skipped');
    if (event.dropped.length) log(out, 'debug', 'over key limit:', event.dropped);
    intercom(out, 'trackEvent', event.name, event.metadata);
  },

  // A ping on every URL change; the same URL twice in a row is not pinged again.
  page(out, message, url, now) {
    const s = out.state;
    if (url === s.pinged) s.ping = undefined; // back where the last ping was: nothing to tell
    else if (url !== s.ping) {
      s.ping = url;
      flush(out, now);
    }
  },

  group(out, message, url, now) {
    const s = out.state;
    const company = companyFrom(message.traits, message.groupId);
    if (!company) return log(out, 'warn', 'group without id skipped');
    if (isIdentified(message)) return personChange(out, { companies: [company] }, url, now);
    // A visitor cannot hold companies: remembered (the latest per company id) until someone is identified.
    s.groups = mergeCompanies(s.groups, [company]);
  },
};

// What Intercom will hold once the pending changes are sent.
const known = (s) => (s.pending ? merge(s.held, s.pending) : s.held);

// A person change: what Intercom does not know yet joins the pending changes, which go now if a slot is free.
function personChange(out, person, url, now) {
  const s = out.state;
  const data = changes(known(s), person);
  if (Object.keys(data).length) {
    s.pending = merge(s.pending, data);
    s.pendingUrl = url; // an update with data also records the page it is sent from
    flush(out, now);
  }
}

// Sends what waits, as Intercom's update budget allows: person changes at any free slot, then the ping, which leaves
// PING_RESERVE slots to person changes. An update with data counts as the ping of the URL it was sent from.
function flush(out, now) {
  const s = out.state;
  if (!s.held) return; // nobody booted: nothing to send to
  s.sent = s.sent.filter((t) => now - t < UPDATE_WINDOW_MS);
  if (s.pending && s.sent.length < UPDATE_BUDGET) {
    sendUpdate(out, now, s.pending);
    s.held = merge(s.held, s.pending);
    s.pinged = s.pendingUrl;
    s.pending = undefined;
    if (s.ping === s.pinged) s.ping = undefined;
  }
  if (s.ping && !s.pending && s.sent.length < UPDATE_BUDGET - PING_RESERVE) {
    sendUpdate(out, now);
    s.pinged = s.ping;
    s.ping = undefined;
  }
}

function sendUpdate(out, now, data) {
  out.state.sent = out.state.sent.concat(now);
  out.commands.push(data ? ['update', data] : ['update']);
}

// A different person than the one held: shutdown (Intercom forgets the session and its cookies), then boot only the
// new person's data, or nobody (a visitor with bootAnonymousVisitors: false). Nothing pending for the previous
// person goes to the next.
function switchTo(out, person, url, now) {
  const s = out.state;
  if (s.held) intercom(out, 'shutdown');
  s.held = null;
  s.pending = s.ping = undefined;
  if (isUser(person) || s.options.bootAnonymousVisitors) return boot(out, person, url, now);
  const settings = Object.assign({}, s.base);
  delete settings.app_id; // a widget still loading must not boot a visitor from it
  out.commands.push(['settings', settings]);
}

// At init the widget boots itself from intercomSettings; later boots are explicit (after a shutdown, or the first
// person with bootAnonymousVisitors: false, whose widget is only injected then).
function boot(out, person, url, now, atInit) {
  const s = out.state;
  const settings = Object.assign({}, s.base, person);
  s.held = person;
  s.pending = s.ping = s.pinged = undefined; // a new Intercom session: its first page() pings
  s.unverified = !!person.user_id && !person.user_hash && !person.intercom_user_jwt;
  out.commands.push(['settings', settings]);
  if (s.inject) {
    s.inject = false;
    out.commands.push(['inject']);
  } else if (!atInit) intercom(out, 'boot', settings);
  // An Intercom the site booted itself never reads intercomSettings again: tell it who the SDK holds.
  else if (!s.ownStub && isUser(person)) {
    s.held = {};
    personChange(out, person, url, now);
  }
  if (s.options.trackMessengerEvents && !s.subscribed) {
    s.subscribed = true; // callbacks survive shutdown and boot: registered once per page
    out.commands.push(['subscribe']);
  }
}

// An Intercom call; while Intercom holds nobody (bootAnonymousVisitors: false) nothing is sent.
function intercom(out, ...command) {
  if (out.state.held) out.commands.push(command);
}

function log(out, level, ...text) {
  out.commands.push(['log', level, ...text]);
}

// Does the SDK still hold a user: its user id, else its stored traits' email?
const sdkHoldsUser = (sdk) => !!(sdk.userId || objectOr(sdk.traits).email);

// The person the SDK holds (its storage survives reloads and is emptied by reset()).
const fromSdk = (s, sdk) => personFromIdentify(sdk ? { userId: sdk.userId, anonymousId: sdk.anonymousId,
  context: { traits: sdk.traits } } : {}, s.options);

// When to wake: when a slot frees for what is pending, and every LOGOUT_POLL_MS while a user is booted and the SDK
// has getters to ask (reset() is not forwarded to integrations). An armed wake is kept while it still serves.
function finish(out, sdk, now) {
  const s = out.state;
  let wakeAt;
  if (s.pending) wakeAt = freeAt(s.sent, UPDATE_BUDGET, now);
  else if (s.ping && s.held) wakeAt = freeAt(s.sent, UPDATE_BUDGET - PING_RESERVE, now);
  if (sdk && isUser(s.held)) {
    const poll = s.wakeAt > now && s.wakeAt <= now + LOGOUT_POLL_MS ? s.wakeAt : now + LOGOUT_POLL_MS;
    if (!(wakeAt <= poll)) wakeAt = poll;
  }
  s.wakeAt = out.wakeAt = wakeAt;
  return out;
}
