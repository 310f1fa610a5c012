import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pactBadge, renderBadge } from './render-badge.ts';

describe('renderBadge', () => {
  it('draws an SVG whose width grows with the text, escaping markup', () => {
    const short = renderBadge('pact', 'ok', 'brightgreen');
    const long = renderBadge('pact', 'a much longer message', 'brightgreen');
    const width = (svg: string) => Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
    assert.ok(width(long) > width(short) + 50, `${width(long)} vs ${width(short)}`);
    const hostile = renderBadge('<script>', 'a&b"', 'red');
    assert.doesNotMatch(hostile, /<script>/);
    assert.match(hostile, /<title>&lt;script&gt;: a&amp;b&quot;<\/title>/);
    assert.match(hostile, /fill="#e05d44"/);
  });
  it('names the pact as the Pact Broker does: lower case, initials of camel or dashed names', () => {
    const title = (svg: string) => /<title>(.*)<\/title>/.exec(svg)?.[1];
    assert.equal(
      title(pactBadge({ consumer: 'Web', provider: 'Orders', status: 'stale' })),
      'web/orders pact: changed',
    );
    assert.equal(
      title(
        pactBadge({
          consumer: 'order-service',
          provider: 'PaymentService',
          status: 'failed',
          initials: true,
        }),
      ),
      'os/ps pact: failed',
    );
    assert.equal(
      title(
        pactBadge({
          consumer: 'web',
          provider: 'orders',
          status: 'success',
          label: 'provider',
          providerTag: 'prod',
        }),
      ),
      'orders (prod) pact: verified',
    );
  });
});
