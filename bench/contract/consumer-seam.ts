/** The consumer suite with seam's DSL: `size` interactions, each its own executeTest, as users write them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPact, matchers as m } from '../../src/contract/index.ts';
import { itemBody, itemPath } from './items.ts';

export async function run(size: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-seam-'));
  try {
    const pact = createPact({ consumer: 'bench-consumer', provider: 'bench-provider', dir });
    for (let i = 0; i < size; i++) {
      await pact
        .addInteraction()
        .given('item exists', { id: i })
        .uponReceiving(`a request for item ${i}`)
        .withRequest({ method: 'GET', path: itemPath(i), headers: { Accept: 'application/json' } })
        .willRespondWith({ status: 200, body: itemBody(i, m) })
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
