import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HttpRequest } from '../match/index.ts';
import { fromExpressFilter } from './express-request-filter.ts';

const encode = (text: string) => new TextEncoder().encode(text);

const post: HttpRequest = {
  method: 'POST',
  path: '/orders',
  query: { dry: ['true'] },
  headers: { 'Content-Type': ['application/json'], Authorization: ['Bearer old'] },
  body: { state: 'present', content: encode('{"sku":"SKU-1"}'), contentType: 'application/json' },
};

describe('fromExpressFilter', () => {
  it('shows the filter an Express-like request: lower-case headers, parsed JSON body, query and URL', async () => {
    let seen: unknown;
    await fromExpressFilter((req, _res, next) => {
      seen = {
        headers: req.headers,
        body: req.body,
        query: req.query,
        url: req.url,
        get: req.get('AUTHORIZATION'),
      };
      next();
    })(post);
    assert.deepEqual(seen, {
      headers: { 'content-type': 'application/json', authorization: 'Bearer old' },
      body: { sku: 'SKU-1' },
      query: { dry: 'true' },
      url: '/orders?dry=true',
      get: 'Bearer old',
    });
  });

  it("sends the filter's changes: a header set in any case replaces the old one, the body and URL are rewritten", async () => {
    const filtered = await fromExpressFilter((req, _res, next) => {
      req.headers.Authorization = 'Bearer new';
      (req.body as { sku: string }).sku = 'SKU-2';
      req.url = '/v2/orders?dry=false';
      next();
    })(post);
    assert.deepEqual(filtered.headers, {
      'content-type': ['application/json'],
      authorization: ['Bearer new'],
    });
    assert.equal(
      new TextDecoder().decode(filtered.body.state === 'present' ? filtered.body.content : undefined),
      '{"sku":"SKU-2"}',
    );
    assert.equal(filtered.path, '/v2/orders');
    assert.deepEqual(filtered.query, { dry: ['false'] });
  });

  it('keeps the body bytes as they were when the filter leaves the body alone', async () => {
    const filtered = await fromExpressFilter((_req, _res, next) => next())(post);
    assert.equal(filtered.body, post.body);
  });

  it('rejects with the error a filter passes to next or throws', async () => {
    await assert.rejects(
      fromExpressFilter((_req, _res, next) => next(new Error('no token')))(post),
      /no token/,
    );
    await assert.rejects(
      fromExpressFilter(() => {
        throw new Error('boom');
      })(post),
      /boom/,
    );
  });
});
