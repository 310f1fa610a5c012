/** The work-in-progress pacts: the heads of consumer branches and tags not yet verified. */
import type { SelectablePact } from '../store/broker-store.ts';
import { type SelectedPact, Selection, selectionKey } from './selection.ts';

/**
 * The work-in-progress pacts: the latest publication of every consumer branch and tag, published
 * since `since`, not chosen by the selectors, and still pending (its content not in `verified`).
 *
 * @example
 * selectWipPacts(candidates, selectPacts(candidates, selectors, 'main'), verified, new Date('2026-01-01'));
 */
export function selectWipPacts(
  candidates: readonly SelectablePact[],
  selected: readonly SelectedPact[],
  verified: ReadonlySet<string>,
  since: Date,
): SelectedPact[] {
  const explicit = new Set(selected.map(({ candidate }) => selectionKey(candidate)));
  const heads = new Map<string, [SelectablePact, string]>();
  for (const candidate of candidates) {
    const { consumer, consumerBranch } = candidate.pact;
    if (consumerBranch !== undefined)
      heads.set(`${consumer}\u0000b\u0000${consumerBranch}`, [
        candidate,
        `latest version of ${consumer} from branch '${consumerBranch}'`,
      ]);
    for (const tag of candidate.tags)
      heads.set(`${consumer}\u0000t\u0000${tag}`, [
        candidate,
        `latest version of ${consumer} tagged '${tag}'`,
      ]);
  }
  const wip = new Selection();
  for (const [candidate, reason] of heads.values())
    if (
      Date.parse(candidate.pact.createdAt) >= since.getTime() &&
      !explicit.has(selectionKey(candidate)) &&
      !verified.has(candidate.pact.sha)
    )
      wip.add(candidate, reason);
  return wip.list(candidates);
}
