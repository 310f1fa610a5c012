/**
 * Input the store cannot hold or the parser cannot walk, on each store: a NUL in any name (path,
 * query or body) and JSON nested 10,000 levels deep are answered with a 400 that names the input;
 * an unexpected failure is a 500 that says "internal error" with a reference, never the database's
 * text, and logs the detail.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createBrokerHandler } from '../../../src/broker/create-broker-handler.ts';
import type { BrokerStore } from '../../../src/broker/store/broker-store.ts';
import { contractPublication } from '../../support/contract-publication.ts';
import { handlerCall } from '../../support/handler-call.ts';
import { emptyPact } from '../../support/order-pact.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const publication = (overrides: Record<string, unknown>, content: unknown = emptyPact()) =>
  contractPublication('1.0.0', content, { branch: 'main', tags: ['prod'], ...overrides });

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

for (const kind of storeKinds)
  describe(`hostile input to the broker (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());
    const handlerOf = async () => handlerCall(createBrokerHandler(await stores.open()));

    const nulPaths = [
      ['GET', '/pacticipants/we%00b', 'name'],
      ['GET', '/pacticipants/web/versions/1%000', 'version'],
      ['PUT', '/pacts/provider/orders/consumer/we%00b/version/1.0.0', 'consumer'],
      ['PUT', '/pacticipants/web/versions/1.0.0/tags/pr%00d', 'tag'],
      ['GET', '/pacticipants/web/branches/ma%00in', 'branch'],
      ['GET', '/matrix?q[][pacticipant]=we%00b&q[][version]=1', 'q[][pacticipant]'],
    ] as const;
    for (const [method, path, input] of nulPaths)
      it(`refuses a NUL in ${input} of ${method} ${path.split('?')[0]} with a 400 naming it`, async () => {
        const call = await handlerOf();
        const response = await call(method, path, method === 'PUT' ? emptyPact() : undefined);
        const text = await response.text();
        assert.equal(response.status, 400, text);
        assert.match(text, /NUL/);
        assert.ok(text.includes(input), text);
      });

    const nulBodies = [
      ['/contracts/publish', publication({ pacticipantName: 'we\u0000b' }), 'pacticipantName'],
      ['/contracts/publish', publication({ branch: 'ma\u0000in' }), 'branch'],
      ['/contracts/publish', publication({ tags: ['pr\u0000d'] }), 'tags'],
      [
        '/contracts/publish',
        publication({ pacticipantVersionNumber: '1\u00000' }),
        'pacticipantVersionNumber',
      ],
      ['/environments', { name: 'pro\u0000d', production: true }, 'name'],
    ] as const;
    for (const [path, body, input] of nulBodies)
      it(`refuses a NUL in the body's ${input} of POST ${path} with a 400 naming it`, async () => {
        const call = await handlerOf();
        const response = await call('POST', path, body);
        const text = await response.text();
        assert.equal(response.status, 400, text);
        assert.match(text, /NUL/);
        assert.ok(text.includes(input), text);
      });

    const long = 'x'.repeat(256);
    const longNames = [
      ['PUT', `/pacts/provider/orders/consumer/${long}/version/1.0.0`, undefined, 'consumer'],
      ['GET', `/pacticipants/web/versions/${long}`, undefined, 'version'],
      ['POST', '/contracts/publish', publication({ pacticipantName: long }), 'pacticipantName'],
      ['POST', '/contracts/publish', publication({ tags: ['prod', long] }), 'tags[1]'],
      ['POST', '/environments', { name: long }, 'name'],
    ] as const;
    for (const [method, path, body, input] of longNames)
      it(`refuses a ${input} over 255 characters in ${method} ${path.slice(0, 40)}… with a 400 naming it`, async () => {
        const call = await handlerOf();
        const response = await call(method, path, method === 'PUT' ? emptyPact(long) : body);
        const text = await response.text();
        assert.equal(response.status, 400, text);
        assert.match(text, /longer than 255 characters/);
        assert.ok(text.includes(input), text);
      });

    it('takes names of 255 characters', async () => {
      const call = await handlerOf();
      const name = 'y'.repeat(255);
      const put = await call(
        'PUT',
        `/pacts/provider/orders/consumer/${name}/version/${name}`,
        emptyPact(name),
      );
      assert.equal(put.status, 201, await put.text());
    });

    it('keeps a NUL inside pact content, where it is data, not a name', async () => {
      const call = await handlerOf();
      const content = {
        ...emptyPact(),
        interactions: [{ description: 'binary \u0000', request: {}, response: {} }],
      };
      const response = await call('PUT', '/pacts/provider/orders/consumer/web/version/1.0.0', content);
      assert.equal(response.status, 201, await response.text());
    });

    it('refuses JSON nested 10,000 levels deep with a 400, in a body and in published content', async () => {
      const call = await handlerOf();
      const put = await call('PUT', '/pacts/provider/orders/consumer/web/version/1.0.0', nested(10_000));
      assert.equal(put.status, 400);
      assert.match(await put.text(), /nested/);
      const deepPact = `{"consumer":{"name":"web"},"provider":{"name":"orders"},"interactions":[],"metadata":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
      const body = publication({});
      body.contracts[0] = {
        ...body.contracts[0],
        content: Buffer.from(deepPact).toString('base64'),
      } as never;
      const published = await call('POST', '/contracts/publish', body);
      const text = await published.text();
      assert.ok(published.status >= 400 && published.status < 500, `${published.status} ${text}`);
      assert.doesNotMatch(text, /call stack/);
    });

    it('answers an unexpected failure with "internal error" and a reference, and logs the detail', async () => {
      const store = await stores.open();
      const failing = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'findPacticipant')
            return async () => {
              throw new Error('relation "pacticipants" does not exist at character 42');
            };
          return Reflect.get(target, key, receiver);
        },
      }) as BrokerStore;
      const logged: string[] = [];
      const call = handlerCall(createBrokerHandler(failing, { log: (message) => logged.push(message) }));
      const response = await call('GET', '/pacticipants/web');
      const body = (await response.json()) as { error: { message: string; reference: string } };
      assert.equal(response.status, 500);
      assert.match(body.error.message, /internal error/);
      assert.doesNotMatch(body.error.message, /relation|character/);
      assert.ok(body.error.message.includes(body.error.reference));
      assert.ok(logged.some((line) => line.includes(body.error.reference) && line.includes('relation')));
    });
  });
