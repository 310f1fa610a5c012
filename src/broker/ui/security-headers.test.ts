import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getInteraction, httpPact } from '../../../test/support/sample-pacts.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const pact = JSON.stringify(
  httpPact([getInteraction('get an order', '/orders/1', { status: 200, body: { id: 1 } })], {
    specVersion: '2.0.0',
  }),
);

const pages = [
  '/ui',
  '/ui/environments',
  '/ui/pacticipants/web',
  '/ui/pacticipants/web/versions/1',
  '/ui/pacts/provider/orders/consumer/web/version/1',
  '/ui/matrix',
  '/ui/network',
  '/ui/can-i-deploy?pacticipant=web&version=1&environment=production',
  '/ui/figures',
  '/ui/assets/style.css',
  '/ui/pacticipants/nobody',
  '/ui/assets/missing.js',
];

describe('web UI security headers', () => {
  let store: BrokerStore;
  let handler: ReturnType<typeof createBrokerHandler>;
  before(async () => {
    store = openSqliteStore();
    handler = createBrokerHandler(store);
    await store.publishPact({ consumer: 'web', provider: 'orders', consumerVersion: '1', content: pact });
  });
  after(() => store.close());

  for (const path of pages)
    it(`sends a CSP without scripts or framing, nosniff and a referrer policy with ${path}`, async () => {
      const response = await handler(
        new Request(`http://broker${path}`, { headers: { accept: browserAccept } }),
      );
      await response.body?.cancel();
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /style-src 'self'/);
      assert.match(csp, /img-src 'self' data:/);
      assert.match(csp, /form-action 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.doesNotMatch(csp, /script-src|unsafe-inline|unsafe-eval/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'same-origin');
    });

  it('sends the same headers with the redirect a browser gets from /', async () => {
    const response = await handler(new Request('http://broker/', { headers: { accept: browserAccept } }));
    assert.equal(response.status, 303);
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  });

  it('renders pages with no inline style or script that the policy would block', async () => {
    for (const path of pages.filter((page) => !page.includes('/assets/'))) {
      const text = await (
        await handler(new Request(`http://broker${path}`, { headers: { accept: browserAccept } }))
      ).text();
      assert.doesNotMatch(text, /<script|<style|\sstyle=|\son[a-z]+=|javascript:/i, path);
    }
  });
});
