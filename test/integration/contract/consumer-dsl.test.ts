// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
/**
 * The consumer DSL end to end: order-service's client against a seam mock server for
 * payment-service, the pact file written into a temp dir, read back and validated; a failing test
 * writes nothing and shows the diff; message pacts likewise.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  arrayContaining,
  atLeastOneLike,
  boolean,
  ContractTestError,
  createPact,
  datetime,
  decimal,
  eachKeyMatches,
  eachLike,
  equal,
  fromProviderState,
  type HttpInteraction,
  includes,
  integer,
  iso8601DateTime,
  like,
  nullValue,
  readPact,
  regex,
  semver,
  statusCode,
  string,
  url,
  uuid,
  validatePact,
} from '../../../src/contract/index.ts';
import * as bodies from './consumer-dsl-bodies.ts';
import { normalisePact } from './interop/normalise-pact.ts';

/** order-service's HTTP client for payment-service (the code under test). */
function createPaymentClient(baseUrl: string) {
  return {
    async pay(orderId: number, amount: number): Promise<{ id: string; status: string; receipt: string }> {
      const response = await fetch(`${baseUrl}/payments`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'X-Request-Id': crypto.randomUUID(),
        },
        body: JSON.stringify({ orderId, amount, currency: 'EUR', card: { last4: '4242' } }),
      });
      if (response.status !== 201) throw new Error(`payment failed: ${response.status}`);
      return (await response.json()) as { id: string; status: string; receipt: string };
    },
    async history(orderId: number): Promise<{ payments: { amount: number }[] }> {
      const response = await fetch(`${baseUrl}/orders/${orderId}/payments?status=SETTLED&limit=10`);
      return (await response.json()) as { payments: { amount: number }[] };
    },
  };
}

let dir = '';
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seam-consumer-dsl-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pactFile = () => path.join(dir, 'order-service-payment-service.json');
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

function paymentPact() {
  return createPact({ consumer: 'order-service', provider: 'payment-service', dir });
}

function payInteraction() {
  return paymentPact()
    .addInteraction()
    .given('order 1042 is unpaid', { orderId: 1042, amount: 99.5 })
    .given('the card 4242 is valid')
    .uponReceiving('a card payment for order 1042')
    .withRequest({
      method: 'POST',
      path: '/payments',
      headers: { 'Content-Type': 'application/json', 'X-Request-Id': uuid() },
      body: {
        orderId: integer(1042),
        amount: decimal(99.5),
        currency: regex(/^[A-Z]{3}$/, 'EUR'),
        card: like({ last4: regex(/^\d{4}$/, '4242') }),
      },
    })
    .willRespondWith({
      status: statusCode([200, 201], 201),
      headers: { Location: url(['payments', regex(/[0-9a-f-]+/, 'e2490de5-5bd3-43d5-b7c4-526e33f71304')]) },
      body: {
        id: uuid(),
        orderId: fromProviderState('${orderId}', 1042),
        status: equal('ACCEPTED'),
        receipt: includes('RCPT-'),
        settledAt: nullValue(),
        createdAt: iso8601DateTime('2024-05-01T10:00:00Z'),
        authorisedAt: datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-05-01T10:00:01'),
        threeDSecure: boolean(true),
        apiVersion: semver('2.3.0'),
        fees: eachKeyMatches({ card: 0.25 }, regex(/^[a-z]+$/, 'card')),
        steps: arrayContaining(
          { name: 'authorise', ok: boolean(true) },
          { name: 'capture', ok: boolean(true) },
        ),
      },
    });
}

describe('consumer DSL: order-service → payment-service', () => {
  it('writes a pact file that validates and reads back when the test passes', async () => {
    const payment = await payInteraction().executeTest(async (mockServer) => {
      const result = await createPaymentClient(mockServer.url).pay(1042, 99.5);
      assert.equal(result.status, 'ACCEPTED');
      assert.match(result.receipt, /RCPT-/);
      return result;
    });
    assert.match(payment.id, /^[0-9a-f-]{36}$/);

    await paymentPact()
      .addInteraction()
      .given('order 1042 has settled payments')
      .uponReceiving('the settled payments of order 1042')
      .withRequest({
        method: 'GET',
        path: regex('^/orders/\\d+/payments$', '/orders/1042/payments'),
        query: { status: 'SETTLED', limit: integer(10) },
      })
      .willRespondWith({
        status: 200,
        body: {
          payments: atLeastOneLike({ amount: decimal(99.5), method: string('card') }),
          next: nullValue(),
        },
      })
      .executeTest(async (mockServer) => {
        const { payments } = await createPaymentClient(mockServer.url).history(1042);
        assert.deepEqual(payments, [{ amount: 99.5, method: 'card' }]);
      });

    const json = await readJson(pactFile());
    const validation = validatePact(json, pactFile());
    assert.deepEqual(validation.issues, []);
    assert.equal(validation.specVersion, 'V4');
    const pact = readPact(json, pactFile());
    assert.deepEqual(
      pact.interactions.map((i) => i.description),
      ['a card payment for order 1042', 'the settled payments of order 1042'],
    );
    const pay = pact.interactions[0] as HttpInteraction;
    assert.deepEqual(
      pay.providerStates.map((s) => s.name),
      ['order 1042 is unpaid', 'the card 4242 is valid'],
    );
    assert.deepEqual(
      Object.keys(pay.response.matchingRules?.body ?? {}).sort(),
      [
        '$.apiVersion',
        '$.authorisedAt',
        '$.createdAt',
        '$.fees',
        '$.orderId',
        '$.receipt',
        '$.settledAt',
        '$.status',
        '$.steps',
        '$.threeDSecure',
        '$.id',
      ].sort(),
    );
    assert.deepEqual(pay.response.generators?.body?.['$.orderId'], {
      type: 'ProviderState',
      expression: '${orderId}',
    });
    assert.deepEqual(pay.response.matchingRules?.status, {
      $: { combine: 'AND', rules: [{ match: 'statusCode', status: [200, 201] }] },
    });
    const history = pact.interactions[1] as HttpInteraction;
    assert.deepEqual(history.request.query, { status: ['SETTLED'], limit: ['10'] });
    assert.ok(history.request.matchingRules?.query?.limit);
  });

  it('writes nothing when the request mismatches, and the error shows the diff', async () => {
    await rm(pactFile(), { force: true });
    const run = payInteraction().executeTest(async (mockServer) => {
      // The client sends the amount as a string: the mock server says where and how.
      await fetch(`${mockServer.url}/payments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': crypto.randomUUID() },
        body: JSON.stringify({ orderId: 1042, amount: '99.50', currency: 'EUR', card: { last4: '4242' } }),
      });
    });
    await assert.rejects(run, (error: unknown) => {
      assert.ok(error instanceof ContractTestError);
      assert.match(error.message, /a card payment for order 1042/);
      assert.match(error.message, /\$\.amount/);
      return true;
    });
    assert.equal(existsSync(pactFile()), false);
  });

  it('reports a missing request when the client never calls', async () => {
    await assert.rejects(
      payInteraction().executeTest(async () => {}),
      (error: unknown) =>
        error instanceof ContractTestError && /a card payment for order 1042/.test(error.message),
    );
    assert.equal(existsSync(pactFile()), false);
  });
});

describe('consumer DSL: messages', () => {
  const eventsFile = () => path.join(dir, 'order-service-payment-events.json');
  const eventsPact = (spec: 'V3' | 'V4') =>
    createPact({ consumer: 'order-service', provider: 'payment-events', dir, spec });

  it('writes a V3 message pact when the handler succeeds', async () => {
    const handled: unknown[] = [];
    await eventsPact('V3')
      .addAsynchronousMessage()
      .given('payment p-1 settled')
      .expectsToReceive('a payment-settled event')
      .withMetadata({ topic: 'payments', partition: integer(0) })
      .withContent({ paymentId: uuid(), orderId: integer(1042), lines: eachLike({ sku: string('SKU-1') }) })
      .executeTest(async (message) => {
        handled.push(message.contents);
      });
    assert.equal(handled.length, 1);
    const json = await readJson(eventsFile());
    assert.deepEqual(validatePact(json, eventsFile()).issues, []);
    assert.equal((json.messages as unknown[]).length, 1);
    const pact = readPact(json);
    assert.equal(pact.interactions[0]?.kind, 'message');
  });

  it('writes nothing when the handler throws', async () => {
    await rm(eventsFile(), { force: true });
    const run = eventsPact('V4')
      .addAsynchronousMessage()
      .expectsToReceive('a payment-failed event')
      .withContent({ paymentId: uuid(), reason: string('declined') })
      .executeTest(async () => {
        throw new Error('the handler could not process the event');
      });
    await assert.rejects(run, /could not process/);
    assert.equal(existsSync(eventsFile()), false);
  });

  it('writes a V4 synchronous message with several responses', async () => {
    await eventsPact('V4')
      .addSynchronousMessage('a refund request')
      .given('payment p-1 settled')
      .withRequest({ contents: { paymentId: string('p-1'), amount: decimal(10.5) } })
      .withResponse({ contents: { refundId: uuid(), status: 'PENDING' } })
      .withResponse({ contents: { refundId: uuid(), status: 'DONE' }, metadata: { final: true } })
      .executeTest(async ({ request, responses }) => {
        assert.deepEqual(request.contents, { paymentId: 'p-1', amount: 10.5 });
        assert.equal(responses.length, 2);
      });
    const json = await readJson(eventsFile());
    assert.deepEqual(validatePact(json, eventsFile()).issues, []);
    assert.equal(readPact(json).interactions[0]?.kind, 'sync-message');
  });
});

describe('consumer DSL: binary, multipart and XML bodies (invoice-service → document-service)', () => {
  const written = (tool: string, spec: string) =>
    path.join(dir, 'bodies', tool, spec, `${bodies.consumer}-${bodies.provider}.json`);
  let files = { pdfFile: '', textFile: '' };
  before(async () => {
    await mkdir(path.join(dir, 'bodies'), { recursive: true });
    files = await bodies.writeFixtures(path.join(dir, 'bodies'));
  });

  it('writes a V4 pact for real binary, multipart and XML requests that validates', async () => {
    await bodies.writeSeamV4(path.join(dir, 'bodies', 'seam', 'v4'), files);
    const json = await readJson(written('seam', 'v4'));
    assert.deepEqual(validatePact(json, written('seam', 'v4')).issues, []);
    type Written = { request: Record<string, unknown>; response: Record<string, unknown> };
    const [pdf, logo, lines, xml] = json.interactions as [Written, Written, Written, Written];
    assert.deepEqual(pdf.request.body, {
      content: 'JVBERi0xLjcKAP/+',
      contentType: 'application/pdf',
      encoded: 'base64',
    });
    assert.deepEqual(pdf.request.matchingRules, {
      body: { $: { combine: 'AND', matchers: [{ match: 'contentType', value: 'application/pdf' }] } },
    });
    assert.deepEqual(logo.response.headers, { 'Content-Type': ['image/png'] });
    assert.deepEqual(lines.request.headers, {
      'Content-Type': [`multipart/form-data; boundary=${bodies.boundary}`],
    });
    assert.deepEqual(Object.keys(lines.request.matchingRules ?? {}).sort(), ['body', 'header']);
    assert.match(
      Buffer.from(String((lines.request.body as { content: string }).content), 'base64').toString(),
      /filename="lines.txt"/,
    );
    assert.deepEqual(xml.request.headers, { 'Content-Type': ['application/xml'] });
  });

  it('writes the same V4 pact as pact-js 17', async () => {
    await bodies.writePactJsV4(path.join(dir, 'bodies', 'pact-js', 'v4'), files);
    assert.deepEqual(
      await normalisePact(written('seam', 'v4')),
      await normalisePact(written('pact-js', 'v4')),
    );
  });

  it('writes the same V3 pact as pact-js 17 with the V3 file methods, and it validates', async () => {
    await bodies.writeSeamV3(path.join(dir, 'bodies', 'seam', 'v3'), files);
    await bodies.writePactJsV3(path.join(dir, 'bodies', 'pact-js', 'v3'), files);
    const json = await readJson(written('seam', 'v3'));
    assert.deepEqual(validatePact(json, written('seam', 'v3')).issues, []);
    assert.deepEqual(
      await normalisePact(written('seam', 'v3')),
      await normalisePact(written('pact-js', 'v3')),
    );
  });
});
