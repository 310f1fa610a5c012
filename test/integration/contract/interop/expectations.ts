/**
 * order-service's expectations of payment-service, written once against the matcher names pact-js
 * and seam share, so the same consumer tests can be run with either tool.
 */
import type { MatchersV3 } from '@pact-foundation/pact';

/** The matcher functions both DSLs offer under the same names. */
export type Matchers = typeof MatchersV3;

/** The payment body, a matcher on every field. */
export function paymentBody(m: Matchers): Record<string, unknown> {
  return {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a Pact provider-state expression, not a template.
    id: m.fromProviderState('${id}', 42),
    orderId: m.regex('^ORD-\\d+$', 'ORD-1001'),
    amount: m.decimal(99.95),
    currency: m.equal('EUR'),
    status: m.string('SETTLED'),
    createdAt: m.iso8601DateTimeWithMillis('2026-11-20T09:30:00.000Z'),
    reference: m.uuid('7b0e1f0a-5a0b-4a8e-9d62-1c3f7d9a2b10'),
    items: m.constrainedArrayLike({ sku: m.regex('^SKU-\\d+$', 'SKU-7'), quantity: m.integer(1) }, 1, 10),
    card: m.like({ last4: m.regex('^\\d{4}$', '4242'), brand: m.includes('VIS') }),
    refunded: m.boolean(false),
    note: m.nullValue(),
    metadata: m.eachValueMatches({ channel: 'web' }, m.regex('^[a-z]+$', 'web')),
    tags: m.arrayContaining(m.string('priority')),
    receiptUrl: m.url(['receipts', m.regex('\\d+', '42')]),
  };
}

/** A successful payment's response body. */
export const authorised = (m: Matchers) => ({
  id: m.integer(1000),
  status: m.equal('AUTHORISED'),
  fees: m.number(0.35),
});

/** A refused payment's response body. */
export const refused = (m: Matchers) => ({
  error: { code: m.equal('INSUFFICIENT_FUNDS'), message: m.string('The account cannot cover it') },
});

/** The payment request body. */
export const paymentRequest = (m: Matchers) => ({
  orderId: m.regex('^ORD-\\d+$', 'ORD-1001'),
  amount: m.decimal(99.95),
});

/** The Authorization header. */
export const bearer = (m: Matchers) => m.regex('^Bearer .+$', 'Bearer token-1');

/** The orderId query parameter. */
export const orderIdQuery = (m: Matchers) => m.regex('^ORD-\\d+$', 'ORD-1001');

/** A search result body. */
export const searchResult = (m: Matchers) => ({
  payments: m.atMostLike({ id: m.integer(42), amount: m.decimal(99.95) }, 10),
  metadata: m.eachKeyMatches({ channel: 'web' }, [m.regex('^[a-z]+$', 'channel')]),
});

/** The settled event's contents. */
export const settledEvent = (m: Matchers) => ({
  paymentId: m.integer(42),
  orderId: m.regex('^ORD-\\d+$', 'ORD-1001'),
  amount: m.decimal(99.95),
  settledAt: m.timestamp("yyyy-MM-dd'T'HH:mm:ssX", '2026-11-20T09:31:00Z'),
  settledDate: m.date('yyyy-MM-dd', '2026-11-20'),
  settledTime: m.time('HH:mm:ss', '09:31:00'),
  checksum: m.hexadecimal('a1b2c3d4'),
});

/** The settled event's metadata. */
export const settledMetadata = (m: Matchers) => ({
  topic: m.regex('^payments\\..+$', 'payments.settled'),
  contentType: 'application/json',
});

/** What the consumer does against the mock server for each interaction. */
export const consumerCalls = {
  getPayment: (base: string) => call(`${base}/payments/42`, { headers: { Accept: 'application/json' } }),
  postPayment: (base: string) =>
    call(`${base}/payments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer token-1' },
      body: JSON.stringify({ orderId: 'ORD-1001', amount: 99.95 }),
    }),
  search: (base: string) => call(`${base}/payments?orderId=ORD-1001`),
};

async function call(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, init);
  return response.json();
}
