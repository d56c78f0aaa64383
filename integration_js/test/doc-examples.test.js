// The destination doc's own examples (RudderStack's Intercom destination page: its identify and track samples).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personFromIdentify } from '../src/person.js';
import { eventFromTrack } from '../src/event.js';

test('identify example: createdAt in unix seconds, company with its id', () => {
  const person = personFromIdentify({
    userId: 'tp4r23',
    context: { traits: { name: 'John Doe', email: 'john@doe.com', company: { id: 'company123', name: 'John Doe Inc.' },
      createdAt: 'Mon May 19 2019 18:34:24 GMT+0000 (UTC)' } },
  });
  assert.deepEqual(person, {
    user_id: 'tp4r23', email: 'john@doe.com', name: 'John Doe', created_at: 1558290864,
    companies: [{ company_id: 'company123', name: 'John Doe Inc.' }],
  });
});

test('track example: price with currency becomes a monetary amount', () => {
  const { name, metadata: meta } = eventFromTrack({ event: 'Product bought', properties: {
    order_ID: '140021222', category: 'shoes', product_name: 'sports_shoes', price: 199.95, currency: 'USD' } });
  assert.equal(name, 'Product bought');
  assert.deepEqual(meta, { price: { amount: 19995, currency: 'USD' }, order_ID: '140021222', category: 'shoes',
    product_name: 'sports_shoes' });
});

test('unsubscribedFromEmails from context, as the doc says', () => {
  const person = personFromIdentify({ userId: 'u', context: { unsubscribedFromEmails: true, traits: {} } });
  assert.equal(person.unsubscribed_from_emails, true);
});
