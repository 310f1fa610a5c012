import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Body, createSeededRandom, type HttpRequest, type HttpResponse } from '../../match/index.ts';
import type { HttpInteraction } from '../model/pact.ts';
import { createMockHandler } from './create-mock-handler.ts';

function json(value: unknown): Body {
  return {
    state: 'present',
    content: new TextEncoder().encode(JSON.stringify(value)),
    contentType: 'application/json',
  };
}

function interaction(description: string, request: Partial<HttpRequest>, response?: Partial<HttpResponse>) {
  return {
    kind: 'http',
    description,
    providerStates: [],
    request: { method: 'GET', path: '/', body: { state: 'missing' }, ...request },
    response: { status: 200, body: { state: 'missing' }, ...response },
  } satisfies HttpInteraction;
}

const getOrder = interaction('get order', { path: '/orders/1' }, { body: json({ id: 1 }) });
const payOrder = interaction(
  'pay order',
  {
    method: 'POST',
    path: '/payments',
    headers: { 'Content-Type': ['application/json'] },
    body: json({ amount: 9.99 }),
    matchingRules: { body: { '$.amount': { combine: 'AND', rules: [{ match: 'decimal' }] } } },
  },
  { status: 201 },
);

function post(path: string, body: unknown, origin = 'http://mock.test'): Request {
  return new Request(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('mock handler', () => {
  it('answers a matching request with the interaction response, generators applied', async () => {
    const withUrl = interaction(
      'get links',
      { path: '/links' },
      {
        body: json({ self: 'http://example/orders/1', n: 5 }),
        generators: {
          body: {
            '$.self': {
              type: 'MockServerURL',
              example: 'http://example/orders/1',
              regex: '.*(/orders/\\d+)$',
            },
            '$.n': { type: 'RandomInt', min: 100, max: 200 },
          },
        },
      },
    );
    const { handler, recorder } = createMockHandler({
      interactions: [withUrl],
      random: createSeededRandom(1),
    });
    const response = await handler(new Request('http://[::1]:4321/links'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const body = (await response.json()) as { self: string; n: number };
    assert.equal(body.self, 'http://[::1]:4321/orders/1');
    assert.ok(body.n >= 100 && body.n <= 200);
    assert.deepEqual(recorder.results(), { ok: true, issues: [], matched: 1 });
  });

  it('chooses, among several interactions, the one whose request matches', async () => {
    const { handler, recorder } = createMockHandler({ interactions: [getOrder, payOrder] });
    assert.equal((await handler(post('/payments', { amount: 1.5 }))).status, 201);
    assert.deepEqual(await (await handler(new Request('http://mock.test/orders/1'))).json(), { id: 1 });
    assert.equal(recorder.results().ok, true);
  });

  it('satisfies two interactions with the same request, one request each', async () => {
    const first = interaction('order exists', { path: '/orders/1' }, { body: json({ v: 1 }) });
    const second = interaction('order exists again', { path: '/orders/1' }, { body: json({ v: 2 }) });
    const { handler, recorder } = createMockHandler({ interactions: [first, second] });
    const bodies = [
      await (await handler(new Request('http://mock.test/orders/1'))).json(),
      await (await handler(new Request('http://mock.test/orders/1'))).json(),
    ];
    assert.deepEqual(bodies, [{ v: 1 }, { v: 2 }]);
    assert.equal(recorder.results().ok, true);
  });

  it('records a mismatch against the interaction with the same method and path', async () => {
    const { handler, recorder } = createMockHandler({ interactions: [getOrder, payOrder] });
    const response = await handler(post('/payments', { amount: '9.99' }));
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('x-pact'), 'mismatch');
    assert.match(
      ((await response.json()) as { error: string }).error,
      /Closest: "pay order" — body \$\.amount: .*decimal/,
    );
    const issue = recorder.results().issues[0];
    assert.equal(issue?.code, 'mismatch');
    assert.equal(issue.code === 'mismatch' && issue.interaction, 'pay order');
    assert.deepEqual(issue.code === 'mismatch' && issue.mismatches.map((m) => [m.code, m.path]), [
      ['body', '$.amount'],
    ]);
  });

  it('records an unexpected request with the closest interaction', async () => {
    const { handler, recorder } = createMockHandler({ interactions: [getOrder, payOrder] });
    assert.equal((await handler(new Request('http://mock.test/orders/2'))).status, 500);
    const issue = recorder.results().issues[0];
    assert.equal(issue?.code, 'unexpected');
    assert.deepEqual(issue.code === 'unexpected' && issue.request, { method: 'GET', path: '/orders/2' });
    assert.equal(issue.code === 'unexpected' && issue.closest?.interaction, 'get order');
    assert.equal(issue.code === 'unexpected' && issue.expected, 2);
  });

  it('reports interactions never requested as missing', () => {
    const { recorder } = createMockHandler({ interactions: [getOrder, payOrder] });
    const result = recorder.results();
    assert.equal(result.ok, false);
    assert.deepEqual(result.issues, [
      { code: 'missing', interaction: 'get order', request: { method: 'GET', path: '/orders/1' } },
      { code: 'missing', interaction: 'pay order', request: { method: 'POST', path: '/payments' } },
    ]);
  });

  it('answers CORS preflights when cors is on, and records them when it is off', async () => {
    const preflight = () =>
      new Request('http://mock.test/payments', {
        method: 'OPTIONS',
        headers: { origin: 'http://app.test', 'access-control-request-method': 'POST' },
      });
    const on = createMockHandler({ interactions: [getOrder] });
    const response = await on.handler(preflight());
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'http://app.test');
    assert.equal(on.recorder.results().issues.length, 1); // only the missing interaction
    const off = createMockHandler({ interactions: [getOrder], cors: false });
    assert.equal((await off.handler(preflight())).status, 500);
    assert.equal(off.recorder.results().issues[0]?.code, 'unexpected');
  });

  it('records every one of many concurrent requests', async () => {
    const { handler, recorder } = createMockHandler({ interactions: [getOrder, payOrder] });
    const requests = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0
        ? handler(post('/payments', { amount: 'bad' }))
        : handler(new Request('http://mock.test/orders/1')),
    );
    await Promise.all(requests);
    const result = recorder.results();
    assert.equal(result.matched, 40);
    assert.equal(result.issues.filter((issue) => issue.code === 'mismatch').length, 20);
    assert.equal(result.issues.filter((issue) => issue.code === 'missing').length, 1);
  });

  it('sends no body with a 204 response', async () => {
    const empty = interaction(
      'delete',
      { method: 'DELETE', path: '/o/1' },
      { status: 204, body: json({ x: 1 }) },
    );
    const { handler } = createMockHandler({ interactions: [empty] });
    const response = await handler(new Request('http://mock.test/o/1', { method: 'DELETE' }));
    assert.equal(response.status, 204);
    assert.equal(response.body, null);
  });
});
