import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { handlerGet } from '../../../test/support/handler-get.ts';
import { createBrokerHandler } from '../create-broker-handler.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';

describe('pacticipant versions', () => {
  it('lists versions newest first and shows one with its tags; 404 names what is missing', async () => {
    const store = openSqliteStore();
    const handler = createBrokerHandler(store);
    const get = handlerGet(handler);
    await store.recordVersion('web', '1', 'main');
    await store.recordVersion('web', '2', 'feat');
    await store.addTag('web', '2', 'prod');
    const listed = await get('/pacticipants/web/versions');
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.json._embedded.versions.map((v: { number: string; branch: string }) => [v.number, v.branch]),
      [
        ['2', 'feat'],
        ['1', 'main'],
      ],
    );
    const one = await get('/pacticipants/web/versions/2');
    assert.deepEqual([one.json.number, one.json.tags], ['2', [{ name: 'prod' }]]);
    assert.equal(one.json._links.self.href, 'http://broker/pacticipants/web/versions/2');
    const pacticipant = await get('/pacticipants/web');
    assert.equal(pacticipant.json._links['pb:versions'].href, 'http://broker/pacticipants/web/versions');
    assert.match(
      (await get('/pacticipants/web/versions/9')).json.error.message,
      /No version 9 of pacticipant "web"/,
    );
    assert.equal((await get('/pacticipants/nobody/versions')).status, 404);
    await store.close();
  });

  it('lists branches with their latest versions, and answers latest-version by tag and branch', async () => {
    const store = openSqliteStore();
    const handler = createBrokerHandler(store);
    const get = handlerGet(handler);
    await store.recordVersion('web', '1', 'main');
    await store.recordVersion('web', '2', 'feat');
    await store.recordVersion('web', '3', 'main');
    await store.addTag('web', '2', 'prod');
    const branches = await get('/pacticipants/web/branches');
    assert.deepEqual(
      branches.json._embedded.branches.map(
        (b: { name: string; _links: Record<string, { name?: string }> }) => [
          b.name,
          b._links['pb:latest-version']?.name,
        ],
      ),
      [
        ['main', '3'],
        ['feat', '2'],
      ],
    );
    assert.equal((await get('/pacticipants/web/branches/main')).json.name, 'main');
    assert.equal((await get('/pacticipants/web/branches/main/latest-version')).json.number, '3');
    assert.deepEqual(
      (await get('/pacticipants/web/branches/main/versions')).json._embedded.versions.map(
        (v: { number: string }) => v.number,
      ),
      ['3', '1'],
    );
    assert.equal((await get('/pacticipants/web/latest-version')).json.number, '3');
    assert.equal((await get('/pacticipants/web/latest-version/prod')).json.number, '2');
    assert.equal((await get('/pacticipants/web/versions/2/tags/prod')).json.name, 'prod');
    assert.equal((await get('/pacticipants/web/versions/1/tags/prod')).status, 404);
    assert.match(
      (await get('/pacticipants/web/latest-version/qa')).json.error.message,
      /No qa version of pacticipant "web"/,
    );
    assert.equal((await get('/pacticipants/web/branches/none')).status, 404);
    await store.close();
  });
});
