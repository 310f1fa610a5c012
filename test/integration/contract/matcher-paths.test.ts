/**
 * extractExpectations against the reference: the same body, written with pact-js 17's matchers
 * through its Rust core and with seam's matchers through seam's DSL, gives the same matching rules,
 * generators and examples in the pact file.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { it } from 'node:test';
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { createPact, matchers } from '../../../src/contract/index.ts';

type Matchers = typeof matchers;

function body(m: Matchers) {
  return {
    items: m.eachLike({ id: m.integer(1), tags: m.eachLike('t', 2) }),
    nested: [{ a: m.like(1) }, m.regex('x+', 'xx')],
    map: m.eachValueMatches({ k1: { n: m.integer(1) } }, m.like({ n: 1 })),
    keys: m.eachKeyMatches({ 'sku-1': 1 }, m.regex('^sku-\\d+$', 'sku-1')),
    values: m.eachKeyLike('k', { z: m.integer(3) }),
    pays: m.arrayContaining({ type: 'card', n: m.integer(2) }, m.like({ type: 'voucher' })),
    at: m.datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-05-01T10:00:00'),
    day: m.date('yyyy-MM-dd', '2024-05-01'),
    hour: m.time('HH:mm', '10:00'),
    state: m.fromProviderState('${id}', 5),
    text: m.includes('abc'),
    none: m.nullValue(),
    same: m.equal('E'),
    num: m.number(2),
    price: m.decimal(1.5),
    flag: m.boolean(true),
    link: m.url(['orders', m.regex('\\d+', '1')]),
    few: m.constrainedArrayLike('c', 1, 3),
    most: m.atMostLike('m', 2),
    when: m.iso8601DateTime(),
    id: m.uuid(),
  };
}

const sorted = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sorted)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, sorted((value as Record<string, unknown>)[k])]),
        )
      : value;

const call = async (url: string) => {
  await fetch(`${url}/items?q=1`, { headers: { 'X-Id': 'e2490de5-5bd3-43d5-b7c4-526e33f71304' } });
};

it('seam writes the rules, generators and examples pact-js writes for the same matchers', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'seam-matcher-paths-'));
  try {
    const reference = new PactV4({
      consumer: 'c',
      provider: 'p',
      dir: path.join(dir, 'pact-js'),
      logLevel: 'error',
    });
    await reference
      .addInteraction()
      .uponReceiving('items')
      .withRequest('GET', '/items', (b) =>
        b.query({ q: MatchersV3.regex('\\d+', '1') }).headers({ 'X-Id': MatchersV3.uuid() }),
      )
      .willRespondWith(200, (b) =>
        b
          .headers({ 'X-Count': MatchersV3.regex('\\d+', '3') })
          .jsonBody(body(MatchersV3 as unknown as Matchers)),
      )
      .executeTest(async (server) => call(server.url));
    await createPact({ consumer: 'c', provider: 'p', dir: path.join(dir, 'seam') })
      .addInteraction()
      .uponReceiving('items')
      .withRequest('GET', '/items', (b) =>
        b.query({ q: matchers.regex('\\d+', '1') }).headers({ 'X-Id': matchers.uuid() }),
      )
      .willRespondWith(200, (b) =>
        b.headers({ 'X-Count': matchers.regex('\\d+', '3') }).jsonBody(body(matchers)),
      )
      .executeTest(async (server) => call(server.url));
    const read = async (tool: string) =>
      JSON.parse(await readFile(path.join(dir, tool, 'c-p.json'), 'utf8')).interactions[0];
    const [theirs, ours] = [await read('pact-js'), await read('seam')];
    for (const part of ['request', 'response']) {
      for (const field of ['matchingRules', 'generators', 'headers', 'query', 'body']) {
        assert.deepEqual(sorted(ours[part][field]), sorted(theirs[part][field]), `${part}.${field}`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
