/**
 * A child process for the concurrent pact-merge test: merges `count` interactions of its own, plus
 * one interaction every worker shares, into the same pact file, one merge at a time.
 *
 * Usage: node test/support/merge-pact-worker.ts FILE WORKER COUNT
 */

import type { HttpInteraction, Pact } from '../../src/contract/model/pact.ts';
import { mergePactFile } from '../../src/contract/pact-file/merge-pact-file.ts';

const [file, worker, count] = process.argv.slice(2);

function interaction(description: string, state: string): HttpInteraction {
  return {
    kind: 'http',
    description,
    providerStates: [{ name: state, params: { worker: Number(worker) } }],
    request: { method: 'GET', path: `/items/${description}`, body: { state: 'missing' } },
    response: { status: 200, body: { state: 'missing' } },
  };
}

for (let i = 0; i < Number(count); i++) {
  const pact: Pact = {
    specVersion: 'V4',
    consumer: { name: 'workers' },
    provider: { name: 'items' },
    interactions: [
      interaction(`w${worker}-i${i}`, 'an item exists'),
      { ...interaction('shared', 'shared'), providerStates: [{ name: 'shared' }] },
    ],
    metadata: {},
  };
  await mergePactFile(file as string, pact, { spec: 'V4' });
}
