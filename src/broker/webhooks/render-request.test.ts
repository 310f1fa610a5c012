// biome-ignore-all lint/suspicious/noTemplateCurlyInString: webhook templates hold ${pactbroker.*} placeholders literally.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linksFor } from '../paths/links.ts';
import type { PactPublication, VerificationResult } from '../store/broker-store.ts';
import { renderRequest, renderTemplate } from './render-request.ts';
import { templateParameters } from './template-parameters.ts';

const pact: PactPublication = {
  consumer: 'web app',
  provider: 'orders',
  consumerVersion: '1.0.0',
  consumerBranch: 'main',
  sha: 'abc123',
  content: '{}',
  createdAt: '2026-01-01T00:00:00.000Z',
};
const verification: VerificationResult = {
  id: 7,
  consumer: 'web app',
  provider: 'orders',
  providerVersion: '2.1.0',
  providerBranch: 'feat/x',
  sha: 'abc123',
  success: false,
  results: {},
  createdAt: '2026-01-02T00:00:00.000Z',
};
const links = linksFor('https://broker.test');

describe('templateParameters', () => {
  it('fills names, versions, branches, URLs and statuses from the pact and verification', () => {
    const values = templateParameters(
      {
        eventName: 'provider_verification_failed',
        pact,
        verification,
        consumerVersionTags: ['prod', 'test'],
      },
      links,
    );
    assert.equal(values['pactbroker.consumerName'], 'web app');
    assert.equal(values['pactbroker.providerName'], 'orders');
    assert.equal(values['pactbroker.consumerVersionNumber'], '1.0.0');
    assert.equal(values['pactbroker.providerVersionNumber'], '2.1.0');
    assert.equal(values['pactbroker.consumerVersionBranch'], 'main');
    assert.equal(values['pactbroker.providerVersionBranch'], 'feat/x');
    assert.equal(values['pactbroker.consumerVersionTags'], 'prod, test');
    assert.equal(
      values['pactbroker.pactUrl'],
      'https://broker.test/pacts/provider/orders/consumer/web%20app/pact-version/abc123',
    );
    assert.equal(
      values['pactbroker.verificationResultUrl'],
      'https://broker.test/pacts/provider/orders/consumer/web%20app/pact-version/abc123/verification-results/7',
    );
    assert.equal(values['pactbroker.githubVerificationStatus'], 'failure');
    assert.equal(values['pactbroker.bitbucketVerificationStatus'], 'FAILED');
    assert.equal(values['pactbroker.eventName'], 'provider_verification_failed');
  });

  it('reports pending and empty values while there is no verification', () => {
    const values = templateParameters({ eventName: 'contract_published', pact }, links);
    assert.equal(values['pactbroker.githubVerificationStatus'], 'pending');
    assert.equal(values['pactbroker.providerVersionNumber'], '');
    assert.equal(values['pactbroker.verificationResultUrl'], '');
    const succeeded = templateParameters(
      {
        eventName: 'provider_verification_succeeded',
        pact,
        verification: { ...verification, success: true },
      },
      links,
    );
    assert.equal(succeeded['pactbroker.githubVerificationStatus'], 'success');
  });
});

describe('renderRequest', () => {
  const parameters = templateParameters({ eventName: 'contract_published', pact, verification }, links);

  it('leaves unknown parameters and plain text as written', () => {
    assert.equal(
      renderTemplate('${pactbroker.nope} $x ${other}', parameters),
      '${pactbroker.nope} $x ${other}',
    );
  });

  it('URL-encodes values in the URL, substitutes headers, and every string of a JSON body', () => {
    const sent = renderRequest(
      {
        method: 'post',
        url: 'https://ci.test/build?consumer=${pactbroker.consumerName}&pact=${pactbroker.pactUrl}',
        headers: {
          'X-Consumer': '${pactbroker.consumerName}',
          'X-Evil': 'a\r\nInjected: ${pactbroker.eventName}',
        },
        body: {
          state: '${pactbroker.githubVerificationStatus}',
          nested: ['${pactbroker.providerVersionNumber}', 3],
        },
      },
      parameters,
    );
    assert.equal(sent.method, 'POST');
    assert.equal(
      sent.url,
      `https://ci.test/build?consumer=web%20app&pact=${encodeURIComponent(parameters['pactbroker.pactUrl'] ?? '')}`,
    );
    assert.equal(sent.headers['X-Consumer'], 'web app');
    assert.equal(sent.headers['X-Evil'], 'a Injected: contract_published');
    assert.equal(sent.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(sent.body ?? ''), { state: 'failure', nested: ['2.1.0', 3] });
  });

  it('keeps a string body as text, quotes included, and adds basic auth', () => {
    const sent = renderRequest(
      {
        method: 'POST',
        url: 'https://ci.test/',
        headers: { 'Content-Type': 'text/plain' },
        body: 'Pact "${pactbroker.consumerName}" changed',
        username: 'bot',
        password: 's3cret',
      },
      parameters,
    );
    assert.equal(sent.body, 'Pact "web app" changed');
    assert.equal(sent.headers['content-type'], undefined);
    assert.equal(sent.headers.authorization, `Basic ${Buffer.from('bot:s3cret').toString('base64')}`);
  });
});
