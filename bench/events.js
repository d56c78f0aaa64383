// Evaluated in the page by `pybuild bench` after INTERCOM.min.js has run. Calls the plugin's methods directly on
// an instance, with a no-op window.Intercom, so the figures are the plugin's own cost per event.
async ({ events, batch, warmup }) => {
  window.Intercom = function () {}; // a function already there: init() installs no stub and loads no widget
  const Plugin = window.INTERCOM_RS.INTERCOM;
  const analytics = { logLevel: 'ERROR', loadIntegration: true };
  const make = () => new Plugin({ appId: 'abc123xy', apiServer: 'eu' }, analytics, { destinationId: 'bench' });

  // One person identified again and again (as every page load does), with some traits changing each time.
  const context = (i) => ({
    traits: {
      email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', phone: '+44 20 7946 0000',
      createdAt: '2024-03-01T10:00:00Z', avatar: 'https://example.com/a.png', plan: 'enterprise', seats: 40 + (i % 7),
      beta: i % 2 === 0, tags: ['admin', 'billing'], address: { city: 'London', country: 'GB' },
      company: { id: `c${i % 50}`, name: `Acme ${i % 50}`, plan: 'pro', monthlySpend: 990, employees: 120,
        industry: 'Software', createdAt: 1700000000 },
    },
    page: { path: '/pricing', url: 'https://example.com/pricing', title: 'Pricing', referrer: '', search: '' },
    library: { name: 'RudderLabs JavaScript SDK', version: '3.34.1' }, locale: 'en-GB',
    userAgent: navigator.userAgent, screen: { width: 1280, height: 800, density: 1 },
  });
  const identify = (i) => ({ message: {
    type: 'identify', messageId: `m${i}`, anonymousId: 'anon-1', userId: 'user-1',
    originalTimestamp: '2024-03-01T10:00:00.000Z', integrations: { All: true }, context: context(i) } });
  const track = (i) => ({ message: {
    type: 'track', messageId: `t${i}`, anonymousId: 'anon-1', userId: 'user-1', event: 'Order Completed',
    properties: { order_id: `o${i}`, revenue: 99.5 + i % 10, currency: 'EUR', sku: 'SKU-1', quantity: 2,
      coupon: 'SPRING', shipping_at: '2024-03-04T09:00:00Z', gift: false, category: 'books',
      product: { name: 'Notebook', color: 'blue' } },
    integrations: { All: true }, context: context(i) } });

  // Median over batches of the per-event time: one event is below the timer's resolution.
  const perEvent = (method, messages) => {
    const plugin = make();
    plugin.init();
    for (let i = 0; i < warmup; i++) plugin[method](messages[i % messages.length]);
    const samples = [];
    for (let start = 0; start < messages.length; start += batch) {
      const t0 = performance.now();
      for (let i = start; i < start + batch; i++) plugin[method](messages[i]);
      samples.push(((performance.now() - t0) * 1000) / batch);
    }
    samples.sort((a, b) => a - b);
    // min: the batch least disturbed by GC and by other processes on the machine.
    return { median_us: samples[samples.length >> 1], p90_us: samples[Math.floor(samples.length * 0.9)],
      min_us: samples[0], events: messages.length, batch };
  };
  const identifies = Array.from({ length: events }, (_, i) => identify(i));
  const tracks = Array.from({ length: events }, (_, i) => track(i));
  const result = { identify: perEvent('identify', identifies), track: perEvent('track', tracks) };

  // Readiness: how long init() takes until isReady() is true, and how many polls that needs.
  const instances = Array.from({ length: 1000 }, make);
  const t0 = performance.now();
  let polls = 0;
  for (const plugin of instances) {
    plugin.init();
    polls += plugin.isReady() ? 1 : 2;
  }
  result.ready = { init_to_ready_us: ((performance.now() - t0) * 1000) / instances.length,
    polls_per_instance: polls / instances.length, timer_resolution_us: crossOriginIsolated ? 5 : 100 };
  return result;
}
