/**
 * What seam/pact-js does that the shared suites cannot show: why it exists (seam's own verifier
 * reports a wrong port as data, seam/pact-js rejects), where it is stricter or fuller than
 * pact-js 17, and the clear error for every pact-js feature it does not have.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { verifyProvider } from '../../../src/contract/index.ts';
import { isSeamError } from '../../../src/core/index.ts';
import {
  MessageConsumerPact,
  MatchersV3 as m,
  PactV2,
  PactV3,
  PactV4,
  ProviderVerificationError,
  SpecificationVersion,
  Verifier,
  XmlBuilder,
} from '../../../src/pact-js/index.ts';
import { closedPortUrl } from './order-provider.ts';

const unsupported = (error: unknown) => isSeamError(error, 'unsupported');

describe('seam/pact-js beyond the shared suites', () => {
  let dir = '';
  let pactFile = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-pact-js-'));
    const pact = new PactV4({ consumer: 'web', provider: 'orders', dir });
    await pact
      .addInteraction()
      .uponReceiving('a request for order 1')
      .withRequest('GET', '/orders/1')
      .willRespondWith(200, (b) => b.jsonBody({ id: m.integer(1) }))
      .executeTest(async (server) => fetch(`${server.url}/orders/1`));
    pactFile = path.join(dir, 'web-orders.json');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it("rejects on a wrong literal port, where seam's own verifyProvider resolves with ok: false", async () => {
    const providerBaseUrl = await closedPortUrl();
    const report = await verifyProvider({ providerBaseUrl, pactFiles: [pactFile] });
    assert.equal(report.ok, false);
    const error = await new Verifier({ providerBaseUrl, pactUrls: [pactFile] })
      .verifyProvider()
      .catch((e) => e);
    assert.ok(error instanceof ProviderVerificationError);
    assert.equal(error.report.summary.failed, 1);
    assert.match(error.message, /a request for order 1/);
  });

  it('refuses an empty pact folder, which pact-js 17 verifies as a pass', async () => {
    const empty = path.join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    await assert.rejects(
      new Verifier({ providerBaseUrl: 'http://127.0.0.1:9', pactUrls: [empty] }).verifyProvider(),
      /no \.json pact files/,
    );
  });

  it('supports withCompleteRequest and withCompleteResponse, which pact-js 17 leaves unimplemented', async () => {
    const out = path.join(dir, 'complete');
    await new PactV4({ consumer: 'web', provider: 'orders', dir: out })
      .addInteraction()
      .uponReceiving('a rename of order 2')
      .withCompleteRequest({ method: 'PUT', path: '/orders/2', body: { note: m.string('gift') } })
      .withCompleteResponse({ status: 204 })
      .executeTest(async (server) =>
        fetch(`${server.url}/orders/2`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json' },
          body: '{"note":"x"}',
        }),
      );
    const written = JSON.parse(await readFile(path.join(out, 'web-orders.json'), 'utf8')) as {
      interactions: { description: string }[];
    };
    assert.deepEqual(
      written.interactions.map((interaction) => interaction.description),
      ['a rename of order 2'],
    );
  });

  it('refuses verifier options seam cannot honour instead of ignoring them', () => {
    const base = { providerBaseUrl: 'http://127.0.0.1:9', pactUrls: [pactFile] };
    for (const extra of [
      { logFile: 'pact.log' },
      { disableSslVerification: true },
      { providerStatesSetupTeardown: false },
      { consumerFilters: ['web'] },
      { beforeEach: async () => undefined, providerStatesSetupUrl: 'http://127.0.0.1:9/state' },
    ])
      assert.throws(
        () => new Verifier({ ...base, ...extra }),
        unsupported,
        JSON.stringify(Object.keys(extra)),
      );
  });

  it('refuses consumer features seam does not have, naming what to do instead', () => {
    const options = { consumer: 'web', provider: 'orders', dir };
    assert.throws(() => new PactV3({ ...options, tls: true }), unsupported);
    assert.throws(
      () => new PactV3({ ...options, spec: SpecificationVersion.SPECIFICATION_VERSION_V2 }),
      unsupported,
    );
    assert.throws(
      () => new PactV3(options).withRequestMatchingRules({ method: 'GET', path: '/' }, {}),
      unsupported,
    );
    assert.throws(() => new PactV4(options).addInteraction().usingPlugin({}), unsupported);
    assert.throws(() => new PactV4(options).addInteraction().reference('jira', 'id', 'ORD-1'), unsupported);
    assert.throws(() => new PactV4(options).addInteraction().comment({ key: 'k', value: 'v' }), unsupported);
    assert.throws(() => new PactV4(options).addGraphQLInteraction(), unsupported);
    assert.throws(
      () =>
        new PactV4(options)
          .addInteraction()
          .uponReceiving('xml')
          .withRequest('POST', '/x', (b) => b.xmlBody({ toString: () => '<x/>' })),
      unsupported,
    );
    assert.throws(() => new MessageConsumerPact({ ...options, pactfileWriteMode: 'overwrite' }), unsupported);
    assert.throws(() => new XmlBuilder(), /xmlBody/);
    assert.throws(() => new PactV2(), /PactV3 or PactV4/);
  });

  it('fails the interaction when a request filter answers the request itself', async () => {
    const error = await new Verifier({
      providerBaseUrl: 'http://127.0.0.1:9',
      pactUrls: [pactFile],
      requestFilter: (_req, res) => (res as { sendStatus(status: number): void }).sendStatus(401),
    })
      .verifyProvider()
      .catch((e) => e);
    assert.ok(error instanceof ProviderVerificationError);
    assert.match(error.message, /answers the request itself \(res\.sendStatus\)/);
  });
});
