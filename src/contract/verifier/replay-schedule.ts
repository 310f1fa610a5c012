/**
 * Which interactions may be replayed at the same time. The rule (docs/provider-verification.md):
 * an interaction is independent when it is an HTTP interaction with no provider state, a safe
 * method (GET, HEAD, OPTIONS) and no provider-states setup URL is configured (that URL is called,
 * with state `""`, for every interaction, and may reset the provider). Consecutive independent
 * interactions form one concurrent batch; every other interaction runs alone, in file order, with
 * nothing else in flight. So no state setup, teardown or state-changing request ever overlaps
 * another request.
 */
import type { Interaction } from '../model/pact.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True when the interaction may overlap others (see the rule above).
 *
 * @example
 * isIndependent(getOrderWithoutState, {}); // true
 */
export function isIndependent(
  interaction: Interaction,
  options: { readonly providerStatesSetupUrl?: string },
): boolean {
  if (interaction.kind !== 'http' || options.providerStatesSetupUrl !== undefined) return false;
  return interaction.providerStates.length === 0 && safeMethods.has(interaction.request.method.toUpperCase());
}

/**
 * Splits the interactions, in order, into batches: a run of independent interactions is one
 * batch; any other interaction is a batch of its own.
 *
 * @example
 * scheduleBatches([get1, get2, postWithState, get3], {}); // [[get1, get2], [postWithState], [get3]]
 */
export function scheduleBatches<T extends Interaction>(
  interactions: readonly T[],
  options: { readonly providerStatesSetupUrl?: string },
): T[][] {
  const batches: T[][] = [];
  let run: T[] = [];
  for (const interaction of interactions) {
    if (isIndependent(interaction, options)) {
      run.push(interaction);
      continue;
    }
    if (run.length > 0) batches.push(run);
    batches.push([interaction]);
    run = [];
  }
  if (run.length > 0) batches.push(run);
  return batches;
}

/**
 * Maps `items` with at most `limit` calls in flight; results keep the input order.
 *
 * @example
 * await mapConcurrent([1, 2, 3], 2, async (n) => n * 2); // [2, 4, 6]
 */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
