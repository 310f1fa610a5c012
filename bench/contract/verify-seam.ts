/** Verification of `size` interactions, each with a provider state, by seam's verifier. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyProvider } from '../../src/contract/index.ts';
import { startItemProvider, writeItemsPact } from './item-provider.ts';

export async function run(size: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-verify-seam-'));
  const provider = await startItemProvider();
  try {
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [writeItemsPact(dir, size)],
      stateHandlers: {
        'item exists': async () => {
          provider.stateCalls++;
        },
      },
    });
    if (!report.ok) throw new Error('seam verification failed');
    if (provider.stateCalls !== size)
      throw new Error(`expected ${size} state calls, saw ${provider.stateCalls}`);
  } finally {
    await provider.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
