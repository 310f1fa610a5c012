/**
 * The broker's links and webhook URLs come from its configured base URL (the Pact Broker's
 * `PACT_BROKER_BASE_URL`), not from a client's Host header; the Host only when none is configured.
 * Each store runs the suite, since publications and webhooks go through it.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: webhook templates hold ${pactbroker.*} placeholders literally.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, describe, it } from 'node:test';
import { createBrokerHandler } from '../../../src/broker/create-broker-handler.ts';
import { startBroker } from '../../../src/broker/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { emptyPact } from '../../support/order-pact.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

// fetch will not send a Host of the caller's choosing; node:http will, as an attacker's client does.
function send(url: string, method: string, path: string, host: string, body?: unknown) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const req = httpRequest(`${url}${path}`, {
      method,
      headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let received = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        received += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: received }));
    });
    req.end(text);
  });
}

/** Publishes web 1's pact with a forged Host, `evil.example`. */
const putPactAsEvil = (url: string) =>
  send(url, 'PUT', '/pacts/provider/orders/consumer/web/version/1', 'evil.example', emptyPact());

for (const kind of storeKinds)
  describe(`the broker's base URL (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('builds links from the configured base URL whatever Host a client sends', async () => {
      await using broker = await startBroker({
        ...(await stores.options()),
        baseUrl: 'https://broker.example.com/',
      });
      const put = await putPactAsEvil(broker.url);
      assert.equal(put.status, 201);
      assert.doesNotMatch(put.text, /evil\.example/);
      assert.match(
        put.text,
        /"href":"https:\/\/broker\.example\.com\/pacts\/provider\/orders\/consumer\/web\/version\/1"/,
      );
      const index = await send(broker.url, 'GET', '/', 'evil.example');
      assert.doesNotMatch(index.text, /evil\.example/);
      const webhooks = await send(broker.url, 'GET', '/webhooks', 'evil.example');
      assert.doesNotMatch(webhooks.text, /evil\.example|127\.0\.0\.1/);
    });

    it('sends webhooks with the configured base URL when a publication comes with a forged Host', async () => {
      const received: string[] = [];
      await using receiver = await startHttpServer(async (request) => {
        received.push(await request.text());
        return new Response('ok');
      });
      await using broker = await startBroker({
        ...(await stores.options()),
        baseUrl: 'https://broker.example.com',
        webhooks: { allowHosts: ['127.0.0.1'], retryDelaysMs: [] },
      });
      const created = await send(broker.url, 'POST', '/webhooks', 'evil.example', {
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `${receiver.url}/hook`, body: { pactUrl: '${pactbroker.pactUrl}' } },
      });
      assert.equal(created.status, 201, created.text);
      const put = await putPactAsEvil(broker.url);
      assert.equal(put.status, 201);
      const deadline = Date.now() + 15_000;
      while (received.length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      const [delivered] = received;
      assert.match(
        String(delivered),
        /"pactUrl":"https:\/\/broker\.example\.com\/pacts\/provider\/orders\/consumer\/web\/pact-version\/[0-9a-f]+"/,
      );
    });

    it('uses the Host header when no base URL is configured', async () => {
      await using broker = await startBroker(await stores.options());
      const index = await send(broker.url, 'GET', '/', 'broker.internal:9292');
      assert.match(index.text, /http:\/\/broker\.internal:9292\/pacticipants/);
    });

    it('picks, among several configured base URLs, the one the request arrived on, else the first', async () => {
      const store = await stores.open();
      const handler = createBrokerHandler(store, {
        baseUrl: 'https://public.example.com http://broker.internal',
      });
      const index = async (host: string) =>
        (await (await handler(new Request('http://127.0.0.1/', { headers: { host } }))).json()) as {
          _links: { 'pb:pacticipants': { href: string } };
        };
      assert.equal(
        (await index('broker.internal'))._links['pb:pacticipants'].href,
        'http://broker.internal/pacticipants',
      );
      assert.equal(
        (await index('evil.example'))._links['pb:pacticipants'].href,
        'https://public.example.com/pacticipants',
      );
    });

    it('refuses a base URL that is not an absolute http(s) URL', async () => {
      const store = await stores.open();
      assert.throws(() => createBrokerHandler(store, { baseUrl: 'broker.example.com' }), {
        code: 'usage',
        message: /broker\.example\.com/,
      });
    });
  });
