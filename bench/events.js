// Evaluated in the page by `pybuild bench` after INTERCOM.min.js has run. Calls the plugin's methods directly on
// an instance, with a no-op window.Intercom, so the figures are the plugin's own cost per event. The messages are
// shaped as the v3 SDK delivers them, and the instance gets the SDK's getters, which the plugin reads per event.
async ({ events, batch, warmup }) => {
  window.Intercom = function () {}; // a function already there: init() installs no stub and loads no widget
  const Plugin = window.INTERCOM_RS.INTERCOM;
  const OWNER = '__intercom_rs_app_id'; // one Intercom per page: forgotten so the bench can make another
  // An instance with the SDK's getters (as the v3 SDK passes them), answering with the person of the message
  // `sdk.current` being delivered.
  const make = (sdk) => {
    delete window[OWNER];
    const analytics = {
      logLevel: 'ERROR', loadIntegration: true,
      getUserId: () => sdk.current.userId,
      getAnonymousId: () => sdk.current.anonymousId,
      getUserTraits: () => sdk.current.context.traits,
    };
    return new Plugin({ appId: 'abc123xy', apiServer: 'eu' }, analytics, { destinationId: 'bench' });
  };

  const context = (traits, intercom) => Object.assign({
    traits,
    sessionId: 1700000000000, sessionStart: false,
    app: { name: 'RudderLabs JavaScript SDK', namespace: 'com.rudderlabs.javascript', version: '3.34.1', installType: 'npm' },
    library: { name: 'RudderLabs JavaScript SDK', version: '3.34.1' },
    userAgent: navigator.userAgent, os: { name: '', version: '' }, locale: 'en-GB',
    screen: { width: 1280, height: 800, density: 1, innerWidth: 1280, innerHeight: 720 },
    campaign: {}, timezone: 'GMT+0000',
    page: { path: '/pricing', referrer: '$direct', referring_domain: '', search: '', title: 'Pricing',
      url: 'https://example.com/pricing', tab_url: 'https://example.com/pricing', initial_referrer: '$direct',
      initial_referring_domain: '' },
  }, intercom && { Intercom: intercom });
  const message = (type, i, userId, fields) => Object.assign({
    type, messageId: `m-${type}-${i}`, anonymousId: 'anon-1', userId, channel: 'web',
    originalTimestamp: '2024-03-01T10:00:00.000Z', sentAt: '2024-03-01T10:00:00.001Z', integrations: { All: true },
  }, fields);
  // identify's options {Intercom: {user_hash}} arrive as context.Intercom.
  const identify = (i, n) => message('identify', i, `user-${n}`, { context: context({
    name: 'John Doe', email: `john${n}@doe.com`, phone: '+15550100', plan: 'gold', seats: i,
    createdAt: 'Mon May 19 2019 18:34:24 GMT+0000 (UTC)', company: { id: 'company123', name: 'John Doe Inc.', plan: 'pro' },
    avatar: 'https://example.com/a.png' }, { user_hash: `h${n}` }) });
  const personOne = identify(0, 1).context.traits;
  const track = (i) => message('track', i, 'user-1', { event: 'Product bought', properties: {
    order_ID: `o${i}`, category: 'shoes', product_name: 'sports_shoes', price: 199.95, currency: 'USD', quantity: 2,
    coupon: 'X', product: { sku: `s${i}`, variant: 'red' } }, context: context(personOne) });

  const WORKLOADS = {
    A: ['identify', 'identify of one person (only `seats` changes)', (i) => identify(i, 1)],
    B: ['identify', 'identify of a new person every time (shutdown + boot)', (i) => identify(i, i)],
    C: ['track', 'track of an order (eight properties, one nested)', track],
  };

  // Median over batches of the per-event time: one event is below the timer's resolution.
  const perEvent = (method, messages) => {
    const sdk = { current: messages[0] }; // the SDK holds the workload's person from the start
    const plugin = make(sdk);
    plugin.init();
    const elements = messages.map((message) => ({ message })); // what the SDKs hand integrations
    const deliver = (i) => { sdk.current = messages[i]; plugin[method](elements[i]); };
    for (let i = 0; i < warmup; i++) deliver(i % messages.length);
    const samples = [];
    for (let start = 0; start < messages.length; start += batch) {
      const t0 = performance.now();
      for (let i = start; i < start + batch; i++) deliver(i);
      samples.push(((performance.now() - t0) * 1000) / batch);
    }
    samples.sort((a, b) => a - b);
    // min: the batch least disturbed by GC and by other processes on the machine.
    return { median_us: samples[samples.length >> 1], p90_us: samples[Math.floor(samples.length * 0.9)],
      min_us: samples[0], events: messages.length };
  };
  const workloads = {};
  for (const [name, [method, label, messageOf]] of Object.entries(WORKLOADS)) {
    workloads[name] = Object.assign({ label }, perEvent(method, Array.from({ length: events }, (_, i) => messageOf(i))));
  }

  // Readiness: how long init() takes until isReady() is true, and how many polls that needs.
  // A visitor's page (no stored person): nothing to send at init, as on most first page views.
  const instances = Array.from({ length: 1000 }, () => make({ current: { context: {} } }));
  const t0 = performance.now();
  let polls = 0;
  for (const plugin of instances) {
    plugin.init();
    polls += plugin.isReady() ? 1 : 2;
  }
  const ready = { init_to_ready_us: ((performance.now() - t0) * 1000) / instances.length,
    polls_per_instance: polls / instances.length, timer_resolution_us: crossOriginIsolated ? 5 : 100 };
  return { workloads, ready };
}
