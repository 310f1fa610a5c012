/** Step 3 of the contract flow: each consumer's pacts published to the broker with its version. */
import { publishPacts } from '../../broker/index.ts';
import { pactFilesOf } from './consumer-tests.ts';
import type { ContractSystem } from './contract-system.ts';

/** The pact files published, and the consumers the broker refused (with why). */
export interface PublishedPacts {
  readonly published: string[];
  readonly failures: string[];
}

/** Publishes each consumer's pact files; a refusal is recorded and the next consumer goes on. */
export async function publishConsumerPacts(
  system: ContractSystem,
  pactDir: string,
  connection: { readonly brokerUrl: string },
): Promise<PublishedPacts> {
  const published: string[] = [];
  const failures: string[] = [];
  for (const service of system.services) {
    const files = await pactFilesOf(pactDir, service.name);
    if (files.length === 0) continue;
    try {
      await publishPacts({
        ...connection,
        pactFiles: files,
        consumerVersion: service.version,
        branch: service.branch ?? 'main',
      });
      published.push(...files);
    } catch (error) {
      failures.push(`${service.name} ${service.version}: ${(error as Error).message}`);
    }
  }
  return { published, failures };
}
