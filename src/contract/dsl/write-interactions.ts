/** Merging a passing test's interactions into the pact file. */
import type { Interaction, Pact } from '../model/pact.ts';
import type { PactSettings } from './pact-options.ts';
import type { ContractRuntime } from './runtime.ts';

/**
 * The pact of the settings' consumer and provider holding `interactions`.
 *
 * @example
 * pactOf(settings, [interaction]).consumer; // { name: 'order-service' }
 */
export function pactOf(settings: PactSettings, interactions: readonly Interaction[]): Pact {
  return {
    specVersion: settings.spec,
    consumer: { name: settings.consumer },
    provider: { name: settings.provider },
    interactions,
    metadata: {},
  };
}

/**
 * Merges the interactions into the settings' pact file (locked, written atomically).
 *
 * @example
 * await writeInteractions(runtime, settings, [interaction]);
 */
export async function writeInteractions(
  runtime: ContractRuntime,
  settings: PactSettings,
  interactions: readonly Interaction[],
): Promise<void> {
  await runtime.mergePactFile(settings.file, pactOf(settings, interactions), { spec: settings.spec });
}
