/** Step 1 of the contract flow: each consumer's contract runs write its pacts into its own folder. */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ConsumerTestOutcome } from './contract-flow-result.ts';
import type { ContractSystem } from './contract-system.ts';

/** Runs every consumer contract of the system; a run that throws is a failed outcome, not an error. */
export async function runConsumerTests(
  system: ContractSystem,
  pactDir: string,
): Promise<ConsumerTestOutcome[]> {
  const outcomes: ConsumerTestOutcome[] = [];
  for (const service of system.services)
    for (const contract of service.consumerContracts ?? []) {
      // Each consumer's pacts go to its own folder, so that each is published with its version.
      const dir = join(pactDir, service.name);
      await mkdir(dir, { recursive: true });
      try {
        const result = await contract.run(dir);
        outcomes.push({
          consumer: service.name,
          contract: contract.name,
          provider: result.provider,
          ok: result.ok,
          passed: result.interactions.filter((interaction) => interaction.ok).length,
          total: result.interactions.length,
          failures: result.interactions
            .filter((interaction) => !interaction.ok)
            .map((interaction) => `${interaction.description}: ${interaction.error ?? 'failed'}`),
        });
      } catch (error) {
        outcomes.push({
          consumer: service.name,
          contract: contract.name,
          provider: '',
          ok: false,
          passed: 0,
          total: 0,
          failures: [`the contract run threw: ${(error as Error).message}`],
        });
      }
    }
  return outcomes;
}

/** The pact files a consumer's contract runs wrote, sorted by name. */
export async function pactFilesOf(pactDir: string, consumer: string): Promise<string[]> {
  const dir = join(pactDir, consumer);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}
