/**
 * The mock server from a real pact file, over real HTTP: requests sent with fetch to both loopback
 * addresses get the pact's responses (generators applied), and the result reports missing,
 * unexpected and mismatched requests.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  formatMockServerReport,
  type HttpInteraction,
  loadPactFile,
  startMockServer,
} from '../../../src/contract/index.ts';

const pactFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../examples/pacts/order-service-payment-service.json',
);
const clock = () => new Date('2030-01-02T12:00:00Z');
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function startFromPact() {
  const pact = await loadPactFile(pactFile);
  const interactions = pact.interactions.filter((i): i is HttpInteraction => i.kind === 'http');
  return startMockServer({ interactions, spec: pact.specVersion, clock });
}

function pay(base: string, amount: unknown): Promise<Response> {
  return fetch(`${base}/payments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ orderId: '777', amount, currency: 'EUR', method: 'card' }),
  });
}

function getMissingPayment(base: string): Promise<Response> {
  return fetch(`${base}/payments/404404`, { headers: { accept: 'application/json' } });
}

describe('mock server from a pact file', () => {
  it('answers on 127.0.0.1 and ::1 with the pact responses, generators applied', async () => {
    await using mockServer = await startFromPact();
    assert.match(mockServer.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const paid = await pay(mockServer.url, 12.5);
    assert.equal(paid.status, 201);
    const payment = (await paid.json()) as Record<string, unknown>;
    assert.match(String(payment.paymentId), uuid);
    assert.notEqual(payment.paymentId, 'b6a0c7e2-3f0d-4a7e-9f0b-2c6a1d9e8f00');
    assert.match(String(payment.authorisedAt), /^2030-01-0[12]T\d\d:\d\d:\d\d/);
    assert.equal(payment.status, 'AUTHORISED');

    const missing = await getMissingPayment(`http://[::1]:${mockServer.port}`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(await missing.json(), { title: 'Payment not found', status: 404 });

    const result = mockServer.results();
    assert.deepEqual(result, { ok: true, issues: [], matched: 2 }, formatMockServerReport(result));
  });

  it('reports a mismatched body with the closest interaction, and the interaction left missing', async () => {
    await using mockServer = await startFromPact();
    const response = await pay(`http://[::1]:${mockServer.port}`, '9.99');
    assert.equal(response.status, 500);
    const result = mockServer.results();
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((issue) => issue.code),
      ['mismatch', 'missing', 'missing'],
    );
    const report = formatMockServerReport(result);
    assert.match(
      report,
      /No interaction matched POST \/payments \(2 expected\)\. Closest: "a request to pay for an order" — body \$\.amount: .*decimal/,
    );
    assert.match(report, /body \$\.amount: expected 59\.9, got "9\.99"/);
    assert.match(
      report,
      /Missing request: "a request for a payment that does not exist" \(GET \/payments\/404404\)/,
    );
  });

  it('reports an unexpected request and still serves the expected ones', async () => {
    await using mockServer = await startFromPact();
    const unexpected = await fetch(`${mockServer.url}/refunds?order=1042`, { method: 'DELETE' });
    assert.equal(unexpected.status, 500);
    assert.equal(unexpected.headers.get('x-pact'), 'unexpected');
    assert.equal((await pay(mockServer.url, 1.25)).status, 201);
    assert.equal((await getMissingPayment(mockServer.url)).status, 404);
    const result = mockServer.results();
    assert.equal(result.matched, 2);
    assert.equal(result.issues.length, 1);
    assert.match(
      formatMockServerReport(result),
      /No interaction matched DELETE \/refunds\?order=1042 \(2 expected\)\. Closest: /,
    );
  });

  it('answers a CORS preflight from a browser origin', async () => {
    await using mockServer = await startFromPact();
    const response = await fetch(`${mockServer.url}/payments`, {
      method: 'OPTIONS',
      headers: { origin: 'http://app.test', 'access-control-request-method': 'POST' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://app.test');
  });
});
