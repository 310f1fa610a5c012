/**
 * The local provider for the verification benchmark, and the pact it is verified against: `size`
 * interactions, each with a provider state the verifier must set up.
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { itemJson } from './items.ts';

/** A started item provider; `stateCalls` counts provider-state set-ups. */
export interface ItemProvider {
  readonly url: string;
  stateCalls: number;
  close(): Promise<void>;
}

/** Starts the provider on 127.0.0.1, port 0. */
export async function startItemProvider(): Promise<ItemProvider> {
  const server = createServer((request, response) => {
    const id = Number(/^\/items\/(\d+)$/.exec(request.url ?? '')?.[1] ?? Number.NaN);
    response.writeHead(Number.isNaN(id) ? 404 : 200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify(Number.isNaN(id) ? { error: 'not found' } : itemJson(id)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const provider: ItemProvider = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stateCalls: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return provider;
}

const rule = (match: string, extra: Record<string, unknown> = {}) => ({
  combine: 'AND',
  matchers: [{ match, ...extra }],
});

/** Writes a V4 pact with `size` item interactions into `dir` and returns its path. */
export function writeItemsPact(dir: string, size: number): string {
  const interactions = Array.from({ length: size }, (_, i) => ({
    type: 'Synchronous/HTTP',
    description: `a request for item ${i}`,
    providerStates: [{ name: 'item exists', params: { id: i } }],
    request: { method: 'GET', path: `/items/${i}`, headers: { Accept: ['application/json'] } },
    response: {
      status: 200,
      headers: { 'Content-Type': ['application/json'] },
      body: { contentType: 'application/json', encoded: false, content: itemJson(i) },
      matchingRules: {
        body: {
          '$.id': rule('integer'),
          '$.name': rule('type'),
          '$.price': rule('decimal'),
          '$.sku': rule('regex', { regex: '^SKU-\\d+$' }),
          '$.inStock': rule('boolean'),
          '$.tags': rule('type', { min: 1 }),
        },
      },
    },
  }));
  const pact = {
    consumer: { name: 'bench-consumer' },
    provider: { name: 'bench-provider' },
    interactions,
    metadata: { pactSpecification: { version: '4.0' } },
  };
  const file = path.join(dir, 'bench-consumer-bench-provider.json');
  writeFileSync(file, JSON.stringify(pact));
  return file;
}
