import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import {
  type BrokerStores,
  brokerStores,
  storeKinds,
} from '../../../test/integration/broker/broker-stores.ts';
import { contractPublication } from '../../../test/support/contract-publication.ts';
import { handlerJsonCall } from '../../../test/support/handler-call.ts';
import { orderPact } from '../../../test/support/order-pact.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';

const base = 'http://broker.test';
const pact = (id: string) => orderPact({ orderId: id, specVersion: '2.0.0' });

async function setUp(stores: BrokerStores, allowContractModification?: boolean) {
  const store = await stores.open();
  const handler = createBrokerHandler(
    store,
    allowContractModification === undefined ? {} : { allowContractModification },
  );
  return { store, call: handlerJsonCall(handler, base) };
}

type Notice = { type: string; text: string };

for (const kind of storeKinds)
  describe(`POST /contracts/publish (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('creates the tags the publication names on the version, and links them', async () => {
      const { store, call } = await setUp(stores);
      const { status, json } = await call(
        'POST',
        '/contracts/publish',
        contractPublication('1.0.0', pact('7'), { branch: 'main', tags: ['prod', 'dev'] }),
      );
      assert.equal(status, 200);
      assert.deepEqual((await store.tagsOf('web', '1.0.0')).sort(), ['dev', 'prod']);
      assert.deepEqual(json._links['pb:pacticipant-version-tags'], [
        { title: 'Tag', name: 'prod', href: `${base}/pacticipants/web/versions/1.0.0/tags/prod` },
        { title: 'Tag', name: 'dev', href: `${base}/pacticipants/web/versions/1.0.0/tags/dev` },
      ]);
      const notices = json.notices as Notice[];
      assert.ok(
        notices.some((n) => n.text === 'Created web version 1.0.0 with branch main and tags prod, dev'),
        JSON.stringify(notices),
      );
    });

    it('gives every log entry the deprecationWarning the Pact CLI requires, mirroring the notices', async () => {
      const { call } = await setUp(stores);
      const { json } = await call('POST', '/contracts/publish', contractPublication('1', pact('7')));
      const notices = json.notices as Notice[];
      assert.ok(notices.length > 0);
      assert.deepEqual(
        json.logs,
        notices.map((n) => ({ level: n.type, message: n.text, deprecationWarning: 'Replaced by notices' })),
      );
      assert.ok(
        notices.some(
          (n) =>
            n.type === 'success' &&
            n.text === 'Pact successfully published for web version 1 and provider orders.',
        ),
      );
      assert.ok(notices.some((n) => n.type === 'prompt' && /Configure the version branch/.test(n.text)));
    });

    it('prompts the next steps while the pair has no verification and no webhook, as the Pact Broker does', async () => {
      const { store, call } = await setUp(stores);
      const prompts = async (version: string) =>
        (
          (
            await call(
              'POST',
              '/contracts/publish',
              contractPublication(version, pact(version), { branch: 'main' }),
            )
          ).json.notices as Notice[]
        )
          .filter((n) => n.type === 'prompt')
          .map((n) => n.text);
      assert.deepEqual(await prompts('1'), [
        '  Next steps:',
        '    * Add Pact verification tests to the orders build. See https://docs.pact.io/go/provider_verification',
        '    * Configure separate orders pact verification build and webhook to trigger it when the pact content changes. See https://docs.pact.io/go/webhooks',
      ]);
      const first = await store.findPact('orders', 'web', '1');
      await store.recordVerification({
        consumer: 'web',
        provider: 'orders',
        sha: first?.sha ?? '',
        providerVersion: 'p1',
        success: true,
        results: {},
      });
      await store.saveWebhook('0123456789abcdef', {
        provider: 'orders',
        events: ['contract_content_changed'],
        enabled: true,
        request: { method: 'POST', url: 'https://ci.example/hook', headers: {} },
      });
      assert.deepEqual(await prompts('2'), []);
    });

    it('refuses a different pact for an existing consumer version with 409 and the reason', async () => {
      const { store, call } = await setUp(stores);
      await call('POST', '/contracts/publish', contractPublication('1', pact('7'), { branch: 'main' }));
      const refused = await call(
        'POST',
        '/contracts/publish',
        contractPublication('1', pact('8'), { branch: 'main', tags: ['prod'] }),
      );
      assert.equal(refused.status, 409);
      assert.match(refused.headers.get('content-type') ?? '', /^application\/json/);
      const message = refused.json.errors.contracts[0] as string;
      assert.match(
        message,
        /^Cannot change the content of the pact for web version 1 and provider orders, as race conditions/,
      );
      assert.deepEqual(refused.json.notices[0], { type: 'error', text: message });
      const stored = await store.findPact('orders', 'web', '1');
      assert.match(stored?.content ?? '', /orders\/7/);
      assert.deepEqual(await store.tagsOf('web', '1'), []);
    });

    it('accepts the same pact for an existing consumer version again, as republished', async () => {
      const { call } = await setUp(stores);
      await call('POST', '/contracts/publish', contractPublication('1', pact('7')));
      const again = await call(
        'POST',
        '/contracts/publish',
        contractPublication('1', pact('7'), { tags: ['prod'] }),
      );
      assert.equal(again.status, 200);
      assert.ok(
        (again.json.notices as Notice[]).some(
          (n) =>
            n.type === 'success' &&
            n.text ===
              'Pact successfully republished for web version 1 and provider orders with no content changes.',
        ),
      );
    });

    it('replaces the pact with a warning when the broker allows contract modification', async () => {
      const { store, call } = await setUp(stores, true);
      await call('POST', '/contracts/publish', contractPublication('1', pact('7')));
      const replaced = await call('POST', '/contracts/publish', contractPublication('1', pact('8')));
      assert.equal(replaced.status, 200);
      assert.ok(
        (replaced.json.notices as Notice[]).some(
          (n) =>
            n.type === 'warning' && /^Pact with changed content published over existing content/.test(n.text),
        ),
      );
      assert.match((await store.findPact('orders', 'web', '1'))?.content ?? '', /orders\/8/);
    });

    it('merges with onConflict merge where modification is allowed: same description and state replaced, the rest kept', async () => {
      const { store, call } = await setUp(stores, true);
      const interaction = (description: string, status: number, providerState?: string) => ({
        description,
        ...(providerState === undefined ? {} : { providerState }),
        request: { method: 'GET', path: `/${description}` },
        response: { status },
      });
      const withInteractions = (...interactions: object[]) => ({ ...pact('7'), interactions });
      const merged = (content: object) => {
        const body = contractPublication('1', content);
        return {
          ...body,
          contracts: body.contracts.map((contract) => ({ ...contract, onConflict: 'merge' })),
        };
      };
      await call(
        'POST',
        '/contracts/publish',
        contractPublication('1', withInteractions(interaction('a', 200), interaction('b', 200))),
      );
      const answer = await call(
        'POST',
        '/contracts/publish',
        merged(withInteractions(interaction('b', 201), interaction('a', 202, 'an order exists'))),
      );
      assert.equal(answer.status, 200);
      assert.ok(
        (answer.json.notices as Notice[]).some(
          (n) =>
            n.type === 'success' &&
            n.text === 'Pact content merged with existing content for web version 1 and provider orders.',
        ),
      );
      const stored = JSON.parse((await store.findPact('orders', 'web', '1'))?.content ?? '{}') as {
        interactions: { description: string; response: { status: number } }[];
      };
      assert.deepEqual(
        stored.interactions.map((i) => [i.description, i.response.status]),
        [
          ['a', 200],
          ['b', 201],
          ['a', 202],
        ],
      );
    });

    it('refuses a merge that changes the pact where modification is not allowed, and onConflict values it does not know', async () => {
      const { call } = await setUp(stores);
      await call('POST', '/contracts/publish', contractPublication('1', pact('7')));
      const body = contractPublication('1', pact('8'));
      const merge = {
        ...body,
        contracts: body.contracts.map((contract) => ({ ...contract, onConflict: 'merge' })),
      };
      assert.equal((await call('POST', '/contracts/publish', merge)).status, 409);
      const odd = {
        ...body,
        contracts: body.contracts.map((contract) => ({ ...contract, onConflict: 'replace' })),
      };
      const refused = await call('POST', '/contracts/publish', odd);
      assert.equal(refused.status, 400);
      assert.deepEqual(refused.json.errors['contracts[0]'], [
        'onConflict must be "overwrite" or "merge", got "replace"',
      ]);
    });

    it('takes null tags, branch and buildUrl as absent, and refuses blank tags', async () => {
      const { call } = await setUp(stores);
      const nulls = await call(
        'POST',
        '/contracts/publish',
        contractPublication('1', pact('7'), { tags: null, branch: null, buildUrl: null }),
      );
      assert.equal(nulls.status, 200);
      const blank = await call(
        'POST',
        '/contracts/publish',
        contractPublication('2', pact('7'), { tags: ['ok', ' '] }),
      );
      assert.equal(blank.status, 400);
      assert.deepEqual(blank.json.errors, { tags: ['must be an array of non-blank strings'] });
    });
  });
