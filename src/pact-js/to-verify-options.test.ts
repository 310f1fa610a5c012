import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toVerifyOptions } from './to-verify-options.ts';

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

  it("passes customProviderHeaders, as an object or as 'Name: value' lines, as seam's customHeaders", () => {
    for (const customProviderHeaders of [{ 'X-Tenant': 'acme' }, ['X-Tenant: acme']])
      assert.deepEqual(
        toVerifyOptions({ providerBaseUrl: 'http://p', customProviderHeaders }).customHeaders,
        {
          'X-Tenant': 'acme',
        },
      );
    assert.throws(
      () => toVerifyOptions({ providerBaseUrl: 'http://p', customProviderHeaders: ['X-Tenant'] }),
      /header line/,
    );
  });

  it('passes providerVersionTags on as the tags of the provider version, and leaves an empty list unset', () => {
    const tagged = toVerifyOptions({ providerBaseUrl: 'http://p', providerVersionTags: ['prod', 'dev'] });
    assert.deepEqual(tagged.providerVersionTags, ['prod', 'dev']);
    const untagged = toVerifyOptions({ providerBaseUrl: 'http://p', providerVersionTags: [] });
    assert.equal('providerVersionTags' in untagged, false);
  });

  it('needs a provider base URL unless messages are verified', () => {
    assert.throws(() => toVerifyOptions({ pactUrls: ['p.json'] }), /providerBaseUrl/);
    assert.doesNotThrow(() => toVerifyOptions({ pactUrls: ['p.json'], messageProviders: {} }));
  });
});
