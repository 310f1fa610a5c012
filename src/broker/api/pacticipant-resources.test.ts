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

describe('pacticipant writes', () => {
  const send = (
    handler: (request: Request) => Promise<Response>,
    method: string,
    path: string,
    body: unknown,
  ) =>
    handler(
      new Request(`http://broker${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    );

  it('creates with POST (an existing pacticipant stays as it is), merges with PATCH, replaces with PUT', async () => {
    const store = openSqliteStore();
    const handler = createBrokerHandler(store);
    const created = await send(handler, 'POST', '/pacticipants', {
      name: 'web',
      displayName: 'Web',
      mainBranch: 'main',
      repositoryUrl: 'https://git.example/web',
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('location'), 'http://broker/pacticipants/web');
    const again = await send(handler, 'POST', '/pacticipants', { name: 'web', displayName: 'Other' });
    assert.equal(((await again.json()) as { displayName: string }).displayName, 'Web');
    const patched = await send(handler, 'PATCH', '/pacticipants/web', { mainBranch: 'trunk' });
    assert.equal(patched.status, 200);
    assert.deepEqual(
      [(await store.findPacticipant('web'))?.mainBranch, (await store.findPacticipant('web'))?.displayName],
      ['trunk', 'Web'],
    );
    const replaced = await send(handler, 'PUT', '/pacticipants/web', { displayName: 'Shop' });
    const body = (await replaced.json()) as Record<string, unknown>;
    assert.deepEqual([body.displayName, body.mainBranch, body.repositoryUrl], ['Shop', undefined, undefined]);
    assert.equal((await send(handler, 'PUT', '/pacticipants/nobody', {})).status, 404);
    assert.equal((await send(handler, 'PATCH', '/pacticipants/new', { displayName: 'New' })).status, 201);
    assert.equal(
      (await send(handler, 'PATCH', '/pacticipants/web', { mainBranch: 'two words' })).status,
      400,
    );
    await store.close();
  });

  it('links a version to where it can be recorded as deployed or released, per environment', async () => {
    const store = openSqliteStore();
    const get = handlerGet(createBrokerHandler(store));
    await store.recordVersion('web', '1');
    const production = await store.createEnvironment({ name: 'production', displayName: 'Production' });
    const links = (await get('/pacticipants/web/versions/1')).json._links;
    assert.deepEqual(links['pb:record-deployment'], [
      {
        title: 'Record deployment to Production',
        name: 'production',
        href: `http://broker/pacticipants/web/versions/1/deployed-versions/environment/${production?.uuid}`,
      },
    ]);
    assert.equal(links['pb:record-release'][0].name, 'production');
    assert.equal(
      (await get('/pacticipants/web')).json._links['pb:version-tag'].href,
      'http://broker/pacticipants/web/versions/{version}/tags/{tag}',
    );
    await store.close();
  });
});
