/** The selection the Pact Broker makes when a request names no consumer version selectors. */
import type { SelectablePact } from '../store/broker-store.ts';
import type { ConsumerVersionSelector } from './consumer-version-selector.ts';

/**
 * The Pact Broker's selection when a request names none: for each consumer, its latest version
 * from its main branch (else the latest tagged with the main branch's name, else its overall
 * latest), plus every version currently deployed or released.
 *
 * @example
 * defaultSelectors(await store.selectablePacts('orders'));
 */
export function defaultSelectors(candidates: readonly SelectablePact[]): ConsumerVersionSelector[] {
  const selectors: ConsumerVersionSelector[] = [];
  const consumers = Map.groupBy(candidates, (candidate) => candidate.pact.consumer);
  for (const [consumer, own] of [...consumers].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const main = own[0]?.consumerMainBranch;
    if (main !== undefined && own.some((c) => c.pact.consumerBranch === main))
      selectors.push({ consumer, mainBranch: true });
    else if (main !== undefined && own.some((c) => c.tags.includes(main)))
      selectors.push({ consumer, tag: main, latest: true });
    else selectors.push({ consumer, latest: true });
  }
  selectors.push({ deployed: true }, { released: true });
  return selectors;
}
