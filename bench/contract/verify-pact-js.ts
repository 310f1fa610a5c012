/** Verification of `size` interactions, each with a provider state, by pact-js's Verifier. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Verifier } from '@pact-foundation/pact';
import { startItemProvider, writeItemsPact } from './item-provider.ts';

export async function run(size: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-verify-pact-js-'));
  const provider = await startItemProvider();
  try {
    await new Verifier({
      providerBaseUrl: provider.url,
      pactUrls: [writeItemsPact(dir, size)],
      logLevel: 'error',
      stateHandlers: {
        'item exists': async () => {
          provider.stateCalls++;
        },
      },
    }).verifyProvider();
    if (provider.stateCalls !== size)
      throw new Error(`expected ${size} state calls, saw ${provider.stateCalls}`);
  } finally {
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
