/** The consumer suite with pact-js: `size` interactions, each its own executeTest, as users write them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MatchersV3 as m, PactV4 } from '@pact-foundation/pact';
import { itemBody, itemPath } from './items.ts';

export async function run(size: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pact-js-'));
  try {
    const pact = new PactV4({
      consumer: 'bench-consumer',
      provider: 'bench-provider',
      dir,
      logLevel: 'error',
    });
    for (let i = 0; i < size; i++) {
      await pact
        .addInteraction()
        .given('item exists', { id: i })
        .uponReceiving(`a request for item ${i}`)
        .withRequest('GET', itemPath(i), (b) => b.headers({ Accept: 'application/json' }))
        .willRespondWith(200, (b) => b.jsonBody(itemBody(i, m)))
        .executeTest(async (server) => {
          const response = await fetch(`${server.url}${itemPath(i)}`, {
            headers: { Accept: 'application/json' },
          });
          await response.json();
        });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
