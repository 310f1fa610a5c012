// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpRequest, HttpResponse, Message } from '../model.ts';
import { generateMessage } from './apply-to-message.ts';
import { generateRequest } from './apply-to-request.ts';
import { generateResponse } from './apply-to-response.ts';
import type { GeneratorContext, GeneratorIssue } from './context.ts';
import { createSeededRandom } from './seeded-random.ts';

const json = (value: unknown) => ({
  state: 'present' as const,
  content: new TextEncoder().encode(JSON.stringify(value)),
  contentType: 'application/json',
});

function bodyOf(part: { body: HttpRequest['body'] } | { contents: Message['contents'] }): unknown {
  const body = 'body' in part ? part.body : part.contents;
  return body.state === 'present' ? JSON.parse(new TextDecoder().decode(body.content)) : undefined;
}

const consumer: GeneratorContext = { mode: 'consumer', random: createSeededRandom(3) };

describe('generateRequest', () => {
  const request: HttpRequest = {
    method: 'GET',
    path: '/orders/1',
    query: { page: ['1', '2'] },
    queryString: 'page=1&page=2',
    headers: { 'x-trace': ['old'] },
    body: json({ id: 1, items: [{ sku: 'a' }, { sku: 'b' }] }),
    generators: {
      path: { $: { type: 'ProviderState', expression: '/orders/${id}' } },
      header: {
        'X-Trace': { type: 'Regex', regex: 't-\\d{3}' },
        'X-New': { type: 'RandomInt', min: 1, max: 1 },
      },
      query: { page: { type: 'RandomInt', min: 5, max: 5 }, size: { type: 'RandomInt', min: 9, max: 9 } },
      body: { '$.items[*].sku': { type: 'Uuid' }, '$.id': { type: 'ProviderState', expression: '${id}' } },
    },
  };

  it('applies path, header, query and body generators that run in the mode', () => {
    const generated = generateRequest(request, { ...consumer, mode: 'provider', providerState: { id: 42 } });
    assert.equal(generated.path, '/orders/42');
    assert.match(generated.headers?.['x-trace']?.[0] ?? '', /^t-\d{3}$/);
    assert.deepEqual(generated.headers?.['X-New'], ['1']);
    assert.deepEqual(generated.query, { page: ['5', '5'], size: ['9'] });
    assert.equal(generated.queryString, undefined);
    const body = bodyOf(generated) as { id: unknown; items: Array<{ sku: string }> };
    assert.equal(body.id, 42);
    assert.match(body.items[1]?.sku ?? '', /^[0-9a-f-]{36}$/);
  });

  it('leaves provider-state values alone for the consumer', () => {
    const generated = generateRequest(request, consumer);
    assert.equal(generated.path, '/orders/1');
    assert.equal((bodyOf(generated) as { id: unknown }).id, 1);
  });

  it('does not change the request it is given', () => {
    const before = structuredClone(request);
    generateRequest(request, { ...consumer, mode: 'provider', providerState: { id: 42 } });
    assert.deepEqual(request, before);
  });

  it('returns the request itself when it has no generators', () => {
    const plain: HttpRequest = { method: 'GET', path: '/', body: { state: 'missing' } };
    assert.equal(generateRequest(plain, consumer), plain);
  });

  it('keeps values that cannot be generated and reports them with their place', () => {
    const issues: GeneratorIssue[] = [];
    const generated = generateRequest(request, {
      mode: 'provider',
      providerState: {},
      onIssue: (i) => issues.push(i),
    });
    assert.equal(generated.path, '/orders/1');
    assert.deepEqual(
      issues
        .filter((issue) => issue.generator === 'ProviderState')
        .map((issue) => [issue.category, issue.path]),
      [
        ['path', '$'],
        ['body', '$.id'],
      ],
    );
  });
});

describe('generateResponse', () => {
  it('applies status, header and body generators', () => {
    const response: HttpResponse = {
      status: 200,
      body: json({ total: 0 }),
      generators: {
        status: { $: { type: 'RandomInt', min: 201, max: 599 } },
        header: {
          Location: { type: 'MockServerURL', example: 'http://x/orders/1', regex: '.*(/orders/\\d+)' },
        },
        body: { '$.total': { type: 'RandomDecimal', digits: 4 } },
      },
    };
    const generated = generateResponse(response, { ...consumer, mockServerUrl: 'http://127.0.0.1:9000' });
    assert.ok(generated.status >= 201 && generated.status <= 599);
    assert.deepEqual(generated.headers, { Location: ['http://127.0.0.1:9000/orders/1'] });
    assert.equal(typeof (bodyOf(generated) as { total: unknown }).total, 'number');
  });

  it('keeps the status and reports when a generator gives something that is not a status code', () => {
    const issues: GeneratorIssue[] = [];
    const response: HttpResponse = {
      status: 200,
      body: { state: 'missing' },
      generators: { status: { $: { type: 'Uuid' } } },
    };
    assert.equal(
      generateResponse(response, { mode: 'consumer', onIssue: (i) => issues.push(i) }).status,
      200,
    );
    assert.match(issues[0]?.message ?? '', /is not a status code/);
  });
});

describe('generateMessage', () => {
  it('applies content and metadata generators, adding absent metadata', () => {
    const message: Message = {
      contents: json({ id: 1 }),
      metadata: { contentType: 'application/json' },
      generators: {
        content: { '$.id': { type: 'RandomInt', min: 3, max: 3 } },
        metadata: { key: { type: 'RandomBoolean' } },
      },
    };
    const generated = generateMessage(message, consumer);
    assert.deepEqual(bodyOf(generated), { id: 3 });
    assert.equal(typeof generated.metadata?.key, 'boolean');
    assert.equal(message.metadata?.key, undefined);
  });
});
