/**
 * The publications consumer version selectors choose over a provider's publications, as the Pact
 * Broker chooses them. Pure functions over {@link SelectablePact} lists.
 */
import type { SelectablePact } from '../store/broker-store.ts';
import { chooseBySelector } from './choose-by-selector.ts';
import type { ConsumerVersionSelector } from './consumer-version-selector.ts';
import { type SelectedPact, Selection } from './selection.ts';

/**
 * The publications the selectors choose, deduplicated by consumer and content (reasons merged),
 * ordered by consumer, then consumer version.
 *
 * @example
 * selectPacts(candidates, [{ mainBranch: true }, { deployedOrReleased: true }], 'main');
 */
export function selectPacts(
  candidates: readonly SelectablePact[],
  selectors: readonly ConsumerVersionSelector[],
  providerVersionBranch: string | undefined,
): SelectedPact[] {
  const chosen = new Selection();
  for (const selector of selectors) {
    const scoped =
      selector.consumer === undefined
        ? candidates
        : candidates.filter((candidate) => candidate.pact.consumer === selector.consumer);
    for (const [candidate, reason] of chooseBySelector(scoped, selector, providerVersionBranch))
      chosen.add(candidate, reason);
  }
  return chosen.list(candidates);
}
