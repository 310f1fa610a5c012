import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { httpPact, messagePact } from '../../../test/support/sample-pacts.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import { html } from './html.ts';
import { layoutNetwork } from './network-layout.ts';
import { prefersHtml } from './prefers-html.ts';

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const examples = new URL('../../../examples/pacts/', import.meta.url);

describe('broker web UI pages', () => {
  let store: BrokerStore;
  let handler: ReturnType<typeof createBrokerHandler>;
  const get = async (path: string, accept = browserAccept) => {
    const response = await handler(new Request(`http://broker${path}`, { headers: { accept } }));
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  };

  before(async () => {
    store = openSqliteStore();
    handler = createBrokerHandler(store);
    const v3 = await readFile(new URL('order-service-inventory-service.json', examples), 'utf8');
    await store.publishPact({
      consumer: 'order-service',
      provider: 'inventory-service',
      consumerVersion: '1',
      content: v3,
    });
    const messages = messagePact(
      [
        {
          description: 'a stock event',
          providerStates: [{ name: 'stock exists' }],
          contents: { sku: 'SKU-1' },
          metaData: { topic: 'stock' },
          matchingRules: { body: { '$.sku': { matchers: [{ match: 'regex', regex: '^SKU' }] } } },
        },
      ],
      { consumer: 'billing', provider: 'inventory-service' },
    );
    await store.publishPact({
      consumer: 'billing',
      provider: 'inventory-service',
      consumerVersion: '7',
      content: JSON.stringify(messages),
    });
    const v2 = httpPact(
      [
        {
          description: 'get an order',
          providerState: 'order 1 exists',
          request: { method: 'GET', path: '/orders/1', query: 'expand=lines' },
          response: { status: 200, body: { id: 1 }, matchingRules: { '$.body.id': { match: 'type' } } },
        },
      ],
      { specVersion: '2.0.0' },
    );
    await store.publishPact({
      consumer: 'web',
      provider: 'orders',
      consumerVersion: '3',
      content: JSON.stringify(v2),
    });
  });

  after(() => store.close());

  it('redirects a browser from / to /ui and answers API clients with the HAL index', async () => {
    const page = await handler(new Request('http://broker/', { headers: { accept: browserAccept } }));
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/ui');
    for (const accept of [
      'application/hal+json',
      'application/json',
      '*/*',
      'application/hal+json, text/html',
    ]) {
      const index = await get('/', accept);
      assert.equal(index.status, 200, accept);
      assert.match(index.type, /application\/hal\+json/, accept);
    }
  });

  it('shows a V3 HTTP pact with its query and body rules', async () => {
    const page = await get('/ui/pacts/provider/inventory-service/consumer/order-service/version/1');
    assert.equal(page.status, 200);
    assert.match(page.type, /text\/html/);
    assert.match(page.text, /<dd>V3<\/dd>/);
    assert.match(
      page.text,
      /<td>query parameter<\/td>\n<td><code>sku<\/code><\/td>\n<td><code>regex \^SKU-\\d\+\$<\/code>/,
    );
    assert.match(page.text, /<code>\$\.items\[\*\]\.available<\/code><\/td>\n<td><code>integer<\/code>/);
  });

  it('shows a V3 message pact with its contents, metadata and rules', async () => {
    const page = await get('/ui/pacts/provider/inventory-service/consumer/billing/version/7');
    assert.match(page.text, /asynchronous message/);
    assert.match(page.text, /<td><code>topic<\/code><\/td><td><code>stock<\/code><\/td>/);
    assert.match(
      page.text,
      /<td>contents<\/td>\n<td><code>\$\.sku<\/code><\/td>\n<td><code>regex \^SKU<\/code>/,
    );
  });

  it('shows a V2 pact with its flat matching rules under the body part', async () => {
    const page = await get('/ui/pacts/provider/orders/consumer/web/version/3');
    assert.match(page.text, /<dd>V2<\/dd>/);
    assert.match(page.text, /GET \/orders\/1\?expand=lines/);
    assert.match(page.text, /<li>order 1 exists<\/li>/);
    assert.match(page.text, /<td>body<\/td>\n<td><code>\$\.id<\/code><\/td>\n<td><code>type<\/code>/);
  });

  it('answers unknown pacticipants, versions, pacts and assets with an HTML 404', async () => {
    for (const path of [
      '/ui/pacticipants/nobody',
      '/ui/pacticipants/web/versions/99',
      '/ui/pacts/provider/orders/consumer/web/version/99',
      '/ui/assets/missing.js',
    ]) {
      const page = await get(path);
      assert.equal(page.status, 404, path);
      assert.match(page.type, /text\/html/, path);
    }
    const css = await get('/ui/assets/style.css');
    assert.match(css.type, /text\/css/);
  });

  it('says which part of a can-i-deploy question does not exist', async () => {
    const page = await get('/ui/can-i-deploy?pacticipant=web&version=3&environment=moon');
    assert.match(page.text, /No environment named &quot;moon&quot; was found\./);
    const latest = await get('/ui/can-i-deploy?pacticipant=web&version=&environment=moon');
    assert.match(latest.text, /No environment named/);
  });

  it('renders every page of an empty broker', async () => {
    const emptyStore = openSqliteStore();
    const empty = createBrokerHandler(emptyStore);
    for (const path of [
      '/ui',
      '/ui/environments',
      '/ui/matrix',
      '/ui/network',
      '/ui/can-i-deploy',
      '/ui/figures?days=x',
    ]) {
      const response = await empty(new Request(`http://broker${path}`));
      assert.equal(response.status, 200, path);
      await response.body?.cancel();
    }
    await emptyStore.close();
  });
});

describe('web UI helpers', () => {
  it('escapes interpolated values and keeps nested markup', () => {
    const name = `<img src=x onerror="alert('1')">&`;
    assert.equal(
      html`<td title="${name}">${[html`<b>${name}</b>`, 2]}</td>`.safeHtml,
      '<td title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;"><b>&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;</b>2</td>',
    );
  });

  it('tells browsers from API clients by Accept', () => {
    const accepts = (accept: string) => prefersHtml(new Request('http://b/', { headers: { accept } }));
    assert.equal(accepts(browserAccept), true);
    assert.equal(accepts('application/hal+json'), false);
    assert.equal(accepts('text/html, application/json'), false);
    assert.equal(prefersHtml(new Request('http://b/')), false);
  });

  it('puts consumers left of their providers and survives cycles', () => {
    const { nodes } = layoutNetwork(
      ['a', 'b', 'c'],
      [
        { consumer: 'a', provider: 'b' },
        { consumer: 'b', provider: 'c' },
        { consumer: 'c', provider: 'a' },
      ],
    );
    assert.equal(nodes.length, 3);
    const x = (name: string) => nodes.find((node) => node.name === name)?.x ?? -1;
    assert.ok(x('b') > x('a') || x('a') > x('c'));
  });
});
