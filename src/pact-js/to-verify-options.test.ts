import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpRequest } from '../match/index.ts';
import { toVerifyOptions } from './to-verify-options.ts';

const request: HttpRequest = {
  method: 'GET',
  path: '/orders/1',
  headers: { Accept: ['application/json'] },
  body: { state: 'missing' },
};

describe('toVerifyOptions', () => {
  it("keeps pact-js's names that seam shares, and leaves unset options unset", () => {
    const options = toVerifyOptions({
      providerBaseUrl: 'http://127.0.0.1:8080',
      provider: 'orders',
      pactBrokerUrl: 'http://broker',
      pactBrokerToken: 't',
      enablePending: true,
      includeWipPactsSince: '2026-01-01',
      publishVerificationResult: true,
      providerVersion: '1.2.3',
      timeout: 5000,
    });
    assert.deepEqual(options, {
      providerBaseUrl: 'http://127.0.0.1:8080',
      provider: 'orders',
      pactBrokerUrl: 'http://broker',
      pactBrokerToken: 't',
      includeWipPactsSince: '2026-01-01',
      enablePending: true,
      publishVerificationResult: true,
      providerVersion: '1.2.3',
      timeout: 5000,
    });
  });

  it('sends HTTP pactUrls as URLs and files, folders and file: URLs as pact files', () => {
    const options = toVerifyOptions({
      providerBaseUrl: 'http://p',
      pactUrls: ['https://broker/pacts/1', './pacts', 'file:///tmp/a.json'],
    });
    assert.deepEqual(options.pactUrls, ['https://broker/pacts/1']);
    assert.deepEqual(options.pactFiles, ['./pacts', '/tmp/a.json']);
  });

  it('turns consumerVersionTags into latest-with-tag selectors and providerBranch into the branch', () => {
    const options = toVerifyOptions({
      providerBaseUrl: 'http://p',
      consumerVersionSelectors: [{ mainBranch: true }],
      consumerVersionTags: ['prod'],
      providerBranch: 'main',
    });
    assert.deepEqual(options.consumerVersionSelectors, [{ mainBranch: true }, { tag: 'prod', latest: true }]);
    assert.equal(options.providerVersionBranch, 'main');
  });

  it('adds customProviderHeaders to each request, replacing a header of the same name', async () => {
    for (const customProviderHeaders of [
      { accept: 'text/plain', 'X-Tenant': 'acme' },
      ['accept: text/plain', 'X-Tenant: acme'],
    ]) {
      const filter = toVerifyOptions({ providerBaseUrl: 'http://p', customProviderHeaders }).requestFilter;
      assert.deepEqual((await filter?.(request))?.headers, { accept: ['text/plain'], 'X-Tenant': ['acme'] });
    }
  });

  it('needs a provider base URL unless messages are verified', () => {
    assert.throws(() => toVerifyOptions({ pactUrls: ['p.json'] }), /providerBaseUrl/);
    assert.doesNotThrow(() => toVerifyOptions({ pactUrls: ['p.json'], messageProviders: {} }));
  });
});
