import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decimal, eachLike, integer, like, regex, uuid } from '../dsl-matchers/index.ts';
import { formatMockServerReport, startMockServer } from '../mock-server/index.ts';
import type { HttpInteraction, Pact } from '../model/pact.ts';
import { ContractTestError } from './contract-test-error.ts';
import { createPact } from './create-pact.ts';
import type { ContractRuntime } from './runtime.ts';

/** The real mock server, with merges recorded instead of written. */
function recordingRuntime(): ContractRuntime & {
  merged: { file: string; pact: Pact; spec: string | undefined }[];
} {
  const merged: { file: string; pact: Pact; spec: string | undefined }[] = [];
  return {
    merged,
    startMockServer,
    formatMockServerReport,
    mergePactFile: async (file, pact, options) => {
      merged.push({ file, pact, spec: options?.spec });
    },
  };
}

const options = (runtime: ContractRuntime, spec: 'V3' | 'V4' = 'V4') =>
  ({ consumer: 'order-service', provider: 'payment-service', dir: '/tmp/pacts', spec, runtime }) as const;

function paymentInteraction(runtime: ContractRuntime) {
  return createPact(options(runtime))
    .addInteraction()
    .given('order 1042 is unpaid', { orderId: 1042 })
    .uponReceiving('a payment for order 1042')
    .withRequest({
      method: 'post',
      path: '/payments',
      headers: { Accept: 'application/json' },
      body: { orderId: integer(1042), amount: decimal(99.5) },
    })
    .willRespondWith({
      status: 201,
      body: { id: uuid(), status: 'ACCEPTED', lines: eachLike({ sku: regex(/^SKU-\d+$/, 'SKU-1') }) },
    });
}

const pay = (url: string, body: unknown) =>
  fetch(`${url}/payments`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('createPact — HTTP interactions', () => {
  it('serves the example response and merges the pact file when the test passes', async () => {
    const runtime = recordingRuntime();
    const status = await paymentInteraction(runtime).executeTest(async (mockServer) => {
      const response = await pay(mockServer.url, { orderId: 7, amount: 12.25 });
      const body = (await response.json()) as { status: string; lines: unknown[] };
      assert.deepEqual(body.lines, [{ sku: 'SKU-1' }]);
      return body.status;
    });
    assert.equal(status, 'ACCEPTED');
    assert.equal(runtime.merged.length, 1);
    const [{ file, pact, spec }] = runtime.merged as [(typeof runtime.merged)[0]];
    assert.equal(file, '/tmp/pacts/order-service-payment-service.json');
    assert.equal(spec, 'V4');
    const interaction = pact.interactions[0] as HttpInteraction;
    assert.deepEqual(interaction.providerStates, [
      { name: 'order 1042 is unpaid', params: { orderId: 1042 } },
    ]);
    assert.equal(interaction.request.method, 'POST');
    assert.deepEqual(interaction.request.headers, {
      Accept: ['application/json'],
      'Content-Type': ['application/json'],
    });
    assert.deepEqual(Object.keys(interaction.request.matchingRules?.body ?? {}), ['$.orderId', '$.amount']);
    assert.deepEqual(Object.keys(interaction.response.generators?.body ?? {}), ['$.id']);
  });

  it('rejects with the mock server report and writes nothing when a request mismatches', async () => {
    const runtime = recordingRuntime();
    const run = paymentInteraction(runtime).executeTest(async (mockServer) => {
      await pay(mockServer.url, { orderId: 'x', amount: 1.5 });
    });
    await assert.rejects(run, (error: unknown) => {
      assert.ok(error instanceof ContractTestError);
      assert.match(error.message, /orderId/);
      assert.equal(error.result.ok, false);
      return true;
    });
    assert.equal(runtime.merged.length, 0);
  });

  it('rethrows the test’s own error with the report appended and attached', async () => {
    const runtime = recordingRuntime();
    const run = paymentInteraction(runtime).executeTest(async () => {
      throw new Error('client blew up');
    });
    await assert.rejects(run, (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.match(error.message, /^client blew up\n\n/);
      assert.ok(error.cause instanceof ContractTestError);
      return true;
    });
    assert.equal(runtime.merged.length, 0);
  });

  it('serves several interactions chained with addInteraction in one test', async () => {
    const runtime = recordingRuntime();
    await createPact(options(runtime))
      .addInteraction()
      .uponReceiving('a health check')
      .withRequest({ method: 'GET', path: '/health' })
      .willRespondWith({ status: 200, body: like({ up: true }) })
      .addInteraction()
      .uponReceiving('a missing order')
      .withRequest({ method: 'GET', path: '/orders/9', query: { expand: 'lines' } })
      .willRespondWith({ status: 404 })
      .executeTest(async (mockServer) => {
        assert.equal((await fetch(`${mockServer.url}/health`)).status, 200);
        assert.equal((await fetch(`${mockServer.url}/orders/9?expand=lines`)).status, 404);
      });
    assert.equal(runtime.merged[0]?.pact.interactions.length, 2);
  });

  it('records V4 key, pending and comments, and refuses them in a V3 pact', async () => {
    const runtime = recordingRuntime();
    await createPact(options(runtime))
      .addInteraction()
      .key('pay-1')
      .pending()
      .comment('new in v2')
      .testName('pays an order')
      .uponReceiving('a ping')
      .withRequest({ method: 'GET', path: '/ping' })
      .willRespondWith({ status: 204 })
      .executeTest(async (mockServer) => void (await fetch(`${mockServer.url}/ping`)));
    const interaction = runtime.merged[0]?.pact.interactions[0] as HttpInteraction;
    assert.equal(interaction.key, 'pay-1');
    assert.equal(interaction.pending, true);
    assert.deepEqual(interaction.comments, { text: ['new in v2'], testname: 'pays an order' });
    assert.throws(() => createPact(options(runtime, 'V3')).addInteraction().pending(), /V4 feature/);
  });
});

describe('createPact — pact-js V4 callback form and V3 pacts', () => {
  it('accepts withRequest(method, path, builder) and willRespondWith(status, builder)', async () => {
    const runtime = recordingRuntime();
    await createPact(options(runtime, 'V3'))
      .addInteraction()
      .uponReceiving('settled payments')
      .withRequest('GET', '/payments', (b) =>
        b.query({ status: 'SETTLED' }).headers({ Accept: 'application/json' }),
      )
      .willRespondWith(200, (b) =>
        b.headers({ 'X-Total': integer(1) }).jsonBody(eachLike({ amount: decimal(9.5) })),
      )
      .executeTest(async (mockServer) => {
        const response = await fetch(`${mockServer.url}/payments?status=SETTLED`, {
          headers: { Accept: 'application/json' },
        });
        assert.deepEqual(await response.json(), [{ amount: 9.5 }]);
        assert.equal(response.headers.get('x-total'), '1');
      });
    const interaction = runtime.merged[0]?.pact.interactions[0] as HttpInteraction;
    assert.equal(runtime.merged[0]?.spec, 'V3');
    assert.deepEqual(interaction.request.query, { status: ['SETTLED'] });
    assert.deepEqual(Object.keys(interaction.response.matchingRules?.body ?? {}), ['$[*].amount', '$']);
  });
});

describe('createPact — messages', () => {
  it('hands the example message to the handler and merges the pact when it succeeds', async () => {
    const runtime = recordingRuntime();
    const seen = await createPact(options(runtime, 'V3'))
      .addAsynchronousMessage()
      .given('order 1042 is paid')
      .expectsToReceive('an order-paid event')
      .withMetadata({ topic: 'orders' })
      .withContent({ orderId: integer(1042), paymentId: uuid() })
      .executeTest(async (message) => message);
    assert.deepEqual(seen.contents, {
      orderId: 1042,
      paymentId: (seen.contents as { paymentId: string }).paymentId,
    });
    assert.notEqual(
      (seen.contents as { paymentId: string }).paymentId,
      'e2490de5-5bd3-43d5-b7c4-526e33f71304',
    );
    assert.deepEqual(seen.metadata, { topic: 'orders', contentType: 'application/json' });
    assert.equal(runtime.merged[0]?.spec, 'V3');
    assert.equal(runtime.merged[0]?.pact.interactions[0]?.kind, 'message');
  });

  it('writes nothing when the handler fails', async () => {
    const runtime = recordingRuntime();
    const run = createPact(options(runtime))
      .addAsynchronousMessage()
      .expectsToReceive('an event')
      .withContent('plain text')
      .executeTest((message) => {
        assert.equal(message.contents, 'plain text');
        throw new Error('handler failed');
      });
    await assert.rejects(run, /handler failed/);
    assert.equal(runtime.merged.length, 0);
  });

  it('tells the handler the contents’ type (metadata.contentType), without writing it into a V4 pact', async () => {
    const runtime = recordingRuntime();
    const xml = new TextEncoder().encode('<stock available="3"/>');
    const response = await createPact(options(runtime))
      .addSynchronousMessage('an XML stock check')
      .withRequest({ contents: { sku: 'SKU-1' } })
      .withResponse({ contents: xml, contentType: 'application/xml' })
      .executeTest(({ responses }) => responses[0]);
    assert.equal(response?.contents, '<stock available="3"/>');
    assert.equal(response?.contentType, 'application/xml');
    assert.deepEqual(response?.metadata, { contentType: 'application/xml' });
    const written = runtime.merged[0]?.pact.interactions[0];
    assert.equal(written?.kind === 'sync-message' ? written.response[0]?.metadata : 'not sync', undefined);
  });

  it('runs a synchronous message with its responses (V4 only)', async () => {
    const runtime = recordingRuntime();
    const got = await createPact(options(runtime))
      .addSynchronousMessage('a stock check')
      .withRequest({ contents: { sku: 'SKU-1' } })
      .withResponse({ contents: { available: integer(3) } })
      .withResponse({ contents: { available: integer(0) }, metadata: { status: 'retry' } })
      .executeTest(({ request, responses }) => [request.contents, ...responses.map((r) => r.contents)]);
    assert.deepEqual(got, [{ sku: 'SKU-1' }, { available: 3 }, { available: 0 }]);
    assert.equal(runtime.merged[0]?.pact.interactions[0]?.kind, 'sync-message');
    assert.throws(() => createPact(options(runtime, 'V3')).addSynchronousMessage('x'), /need a V4 pact/);
  });
});
