/**
 * Provider version tags in seam's verifier against seam's broker, on both stores: `verifyProvider`'s
 * `providerVersionTags` and `seam verify --provider-version-tag` / `--provider-tags` tag the
 * provider version through the pacticipant's `pb:version-tag` relation before publishing, so the
 * version and the matrix show the tags; a tag that cannot be published fails the run, and no result
 * is published. A recording proxy in front of the broker (the broker's links point at it) shows the
 * order of the calls and can withhold the relation or fail the tag requests.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { main } from '../../../src/cli/main.ts';
import { type VerifyProviderOptions, verifyProvider } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { capturedIo } from '../../support/captured-io.ts';
import { orderPact, usePactFolder, writePactFolder } from '../../support/order-pact.ts';
import { ordersVerification } from '../../support/verification-results.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const pact = orderPact({ body: { id: 7 } });

type Fault = 'none' | 'no version-tag relation' | 'tag requests fail';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A broker behind a proxy that records each call and, per `fault`, breaks tagging. */
async function startBrokerBehindProxy(storeOptions: { databaseUrl?: string }, fault: Fault = 'none') {
  const calls: Call[] = [];
  let target = '';
  const proxy = await startHttpServer(async (request) => {
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    calls.push({
      method: request.method,
      path: url.pathname,
      body: text === '' ? undefined : JSON.parse(text),
    });
    if (fault === 'tag requests fail' && request.method === 'PUT' && url.pathname.includes('/tags/'))
      return Response.json({ error: { message: 'tags are read-only here' } }, { status: 500 });
    const answer = await fetch(`${target}${url.pathname}${url.search}`, {
      method: request.method,
      headers: request.headers,
      ...(text === '' ? {} : { body: text }),
    });
    const body = await answer.text();
    if (fault !== 'no version-tag relation' || url.pathname !== '/pacticipants/orders')
      return new Response(body, { status: answer.status, headers: answer.headers });
    const json = JSON.parse(body) as { _links: Record<string, unknown> };
    delete json._links['pb:version-tag'];
    return Response.json(json, { status: answer.status });
  });
  const broker = await startBroker({ ...storeOptions, baseUrl: proxy.url });
  target = broker.url;
  const close = async () => {
    await proxy.close();
    await broker.close();
  };
  return { url: proxy.url, calls, close, [Symbol.asyncDispose]: close };
}

async function json(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  assert.equal(response.status, 200, `GET ${url}`);
  return (await response.json()) as Record<string, unknown>;
}

async function versionTags(brokerUrl: string, version: string): Promise<string[]> {
  const body = (await json(`${brokerUrl}/pacticipants/orders/versions/${version}`)) as {
    _embedded: { tags: { name: string }[] };
  };
  return body._embedded.tags.map((tag) => tag.name).sort();
}

async function matrixProviderTags(brokerUrl: string, version: string): Promise<string[]> {
  const query = `q[][pacticipant]=web&q[][version]=1&q[][pacticipant]=orders&q[][version]=${version}`;
  const body = (await json(`${brokerUrl}/matrix?${query}`)) as {
    matrix: { provider: { version: { tags: { name: string }[] } | null } }[];
  };
  assert.equal(body.matrix.length, 1);
  return (body.matrix[0]?.provider.version?.tags ?? []).map((tag) => tag.name).sort();
}

async function resultPublished(brokerUrl: string): Promise<boolean> {
  const latest = await json(`${brokerUrl}/pacts/provider/orders/consumer/web/latest`);
  const links = latest._links as Record<string, { href: string }>;
  return (await fetch(links['pb:latest-verification-results']?.href ?? '')).status === 200;
}

for (const kind of storeKinds)
  describe(`provider version tags with seam's broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const folder = usePactFolder('seam-provider-tags-', pact);

    async function setUp(fault: Fault = 'none') {
      const broker = await startBrokerBehindProxy(await stores.options(), fault);
      await folder.publish(broker.url);
      const provider = await startHttpServer(async () => Response.json({ id: 7 }));
      const options: VerifyProviderOptions = ordersVerification(provider.url, broker.url);
      const close = async () => {
        await provider.close();
        await broker.close();
      };
      return { broker, provider, options, [Symbol.asyncDispose]: close };
    }

    it('tags the provider version before publishing, and the version and the matrix show the tags', async () => {
      await using setup = await setUp();
      const { broker, options } = setup;
      const report = await verifyProvider({ ...options, providerVersionTags: ['prod', 'dev'] });
      assert.equal(report.ok, true, JSON.stringify(report));
      assert.deepEqual(report.publishErrors, []);
      assert.deepEqual(await versionTags(broker.url, 'orders-1'), ['dev', 'prod']);
      assert.deepEqual(await matrixProviderTags(broker.url, 'orders-1'), ['dev', 'prod']);
      // As the Pact verifier: the tags go with the pact selection, and are PUT before any result.
      const selection = broker.calls.find((call) => call.path.endsWith('/for-verification'))?.body;
      assert.deepEqual((selection as Record<string, unknown> | undefined)?.providerVersionTags, [
        'prod',
        'dev',
      ]);
      const writes = broker.calls
        .filter((call) => call.method !== 'GET' && !call.path.endsWith('/for-verification'))
        .filter((call) => !call.path.startsWith('/contracts/'))
        .map((call) => `${call.method} ${call.path}`);
      assert.deepEqual(writes.slice(0, 2), [
        'PUT /pacticipants/orders/versions/orders-1/tags/prod',
        'PUT /pacticipants/orders/versions/orders-1/tags/dev',
      ]);
      assert.match(
        writes[2] ?? '',
        /^POST \/pacts\/provider\/orders\/consumer\/web\/pact-version\/.*\/verification-results$/,
      );
    });

    it('fails the run, naming the missing pb:version-tag relation, and publishes no result', async () => {
      await using setup = await setUp('no version-tag relation');
      const report = await verifyProvider({ ...setup.options, providerVersionTags: ['prod'] });
      assert.equal(report.ok, false);
      assert.equal(report.summary.failed, 0, 'every interaction passed');
      assert.equal(report.publishErrors?.length, 1);
      assert.match(
        report.publishErrors?.[0] ?? '',
        /Could not tag provider version orders-1 with prod: .*'pb:version-tag'/,
      );
      assert.equal(await resultPublished(setup.broker.url), false);
    });

    it('fails the run when the broker refuses a tag, names the tag, and publishes no result', async () => {
      await using setup = await setUp('tag requests fail');
      const report = await verifyProvider({ ...setup.options, providerVersionTags: ['prod'] });
      assert.equal(report.ok, false);
      assert.match(report.publishErrors?.[0] ?? '', /with prod: .*answered 500/);
      assert.equal(await resultPublished(setup.broker.url), false);
    });

    it('seam verify tags with --provider-version-tag and --provider-tags a,b, and exits 1 when a tag fails', async () => {
      for (const fault of ['none', 'tag requests fail'] as const) {
        await using setup = await setUp(fault);
        const { io, text, errors } = capturedIo();
        const code = await main(
          [
            'verify',
            ...['--provider-base-url', setup.provider.url, '--broker-url', setup.broker.url],
            ...['--provider', 'orders', '--consumer-version-selectors', '{"mainBranch":true}'],
            ...['--provider-version', 'orders-1', '--publish'],
            ...['--provider-version-tag', 'prod', '--provider-tags', 'dev,test'],
          ],
          io,
        );
        if (fault === 'none') {
          assert.equal(code, 0, text() + errors());
          assert.deepEqual(await versionTags(setup.broker.url, 'orders-1'), ['dev', 'prod', 'test']);
        } else {
          assert.equal(code, 1, text() + errors());
          assert.match(text(), /^error: Could not tag provider version orders-1 with prod: /m);
          assert.match(text(), /1 interaction: 1 passed, 0 failed, 3 publishing errors/);
        }
      }
    });
  });

describe('provider version tags without a broker', () => {
  it('fail the run when results are to be published but no pact came from a broker to tag on', async () => {
    const folder = await writePactFolder('seam-provider-tags-local-', pact);
    try {
      await using provider = await startHttpServer(async () => Response.json({ id: 7 }));
      const report = await verifyProvider({
        providerBaseUrl: provider.url,
        pactFiles: [folder.dir],
        publishVerificationResult: true,
        providerVersion: 'orders-1',
        providerVersionTags: ['prod'],
      });
      assert.equal(report.summary.failed, 0);
      assert.equal(report.ok, false);
      assert.match(report.publishErrors?.[0] ?? '', /with prod: no pact came from a Pact Broker/);
    } finally {
      await folder.remove();
    }
  });

  it('seam verify refuses an empty tag as a usage error', async () => {
    const { io, errors } = capturedIo();
    const args = ['verify', '--provider-base-url', 'http://127.0.0.1:9', 'pacts', '--provider-tags', 'a,,b'];
    assert.equal(await main(args, io), 2);
    assert.match(errors(), /non-empty tag names/);
  });
});
