// Messenger callbacks → RudderStack track events (trackMessengerEvents). `intercom` registers a callback,
// `track(name, properties)` reports one.
import { MESSENGER_EVENTS } from './generated/constants.js';

export function subscribe(intercom, track) {
  let unread = 0; // so the first report of 0 is not an event
  for (const callback in MESSENGER_EVENTS) {
    const event = MESSENGER_EVENTS[callback];
    intercom(callback, (count) => {
      if (callback !== 'onUnreadCountChange') track(event, {});
      else if (typeof count === 'number' && count % 1 === 0 && count !== unread) {
        unread = count;
        track(event, { unread_count: count });
      }
    });
  }
}
