// Intercom drops `update` calls beyond UPDATE_BUDGET per UPDATE_WINDOW_MS on one page load. `times` are the
// moments (ms) of the updates already sent.
import { PING_RESERVE, UPDATE_BUDGET, UPDATE_WINDOW_MS } from './generated/constants.js';

// The updates still inside the window.
export const recentUpdates = (times, now) => times.filter((t) => now - t < UPDATE_WINDOW_MS);

// May a page ping go now? Pings leave PING_RESERVE updates of the budget to person changes, which always go.
export const mayPing = (times, now) => recentUpdates(times, now).length < UPDATE_BUDGET - PING_RESERVE;
