/**
 * What one consumer version selector chooses, one function per kind of selector (main branch,
 * matching branch, branch, tag, environment, latest), each yielding a publication and why.
 */
import type { SelectablePact } from '../store/broker-store.ts';
import type { ConsumerVersionSelector } from './consumer-version-selector.ts';

/** A publication a selector chose, and the reason the answer gives. */
type Choice = [SelectablePact, string];

/**
 * The publications among `candidates` that `selector` chooses, with a reason each.
 *
 * @example
 * [...chooseBySelector(candidates, { mainBranch: true }, undefined)];
 */
export function chooseBySelector(
  candidates: readonly SelectablePact[],
  selector: ConsumerVersionSelector,
  providerVersionBranch: string | undefined,
): Iterable<Choice> {
  if (selector.mainBranch === true) return chooseMainBranch(candidates);
  if (selector.matchingBranch === true) return chooseBranchOf(candidates, providerVersionBranch ?? '');
  if (selector.branch !== undefined) return chooseBranch(candidates, selector, selector.branch);
  if (selector.tag !== undefined) return chooseTag(candidates, selector, selector.tag);
  if (
    selector.deployed === true ||
    selector.released === true ||
    selector.deployedOrReleased === true ||
    selector.environment !== undefined
  )
    return chooseEnvironment(candidates, selector);
  return chooseLatest(candidates);
}

function* chooseMainBranch(candidates: readonly SelectablePact[]): Generator<Choice> {
  const latest = latestPerConsumer(
    candidates,
    (c) => c.consumerMainBranch !== undefined && c.pact.consumerBranch === c.consumerMainBranch,
  );
  for (const c of latest.values())
    yield [c, `latest version of ${c.pact.consumer} from its main branch '${c.consumerMainBranch}'`];
}

function* chooseBranchOf(candidates: readonly SelectablePact[], branch: string): Generator<Choice> {
  for (const c of latestPerConsumer(candidates, (c) => c.pact.consumerBranch === branch).values())
    yield [
      c,
      `latest version of ${c.pact.consumer} from branch '${branch}' (matching the provider's branch)`,
    ];
}

function* chooseBranch(
  candidates: readonly SelectablePact[],
  selector: ConsumerVersionSelector,
  branch: string,
): Generator<Choice> {
  const latest = latestPerConsumer(candidates, (c) => c.pact.consumerBranch === branch);
  for (const c of latest.values()) yield [c, `latest version of ${c.pact.consumer} from branch '${branch}'`];
  for (const consumer of consumersOf(candidates)) {
    if (latest.has(consumer)) continue;
    const own = candidates.filter((c) => c.pact.consumer === consumer);
    const fallback =
      selector.fallbackBranch ??
      (selector.fallbackToMainBranch === true ? own[0]?.consumerMainBranch : undefined);
    if (fallback === undefined) continue;
    const found = latestPerConsumer(own, (c) => c.pact.consumerBranch === fallback).get(consumer);
    if (found !== undefined)
      yield [found, `latest version of ${consumer} from branch '${fallback}' (fallback for '${branch}')`];
  }
}

function* chooseTag(
  candidates: readonly SelectablePact[],
  selector: ConsumerVersionSelector,
  tag: string,
): Generator<Choice> {
  if (selector.latest !== true) {
    for (const c of candidates)
      if (c.tags.includes(tag)) yield [c, `a version of ${c.pact.consumer} tagged '${tag}'`];
    return;
  }
  const latest = latestPerConsumer(candidates, (c) => c.tags.includes(tag));
  for (const c of latest.values()) yield [c, `latest version of ${c.pact.consumer} tagged '${tag}'`];
  const { fallbackTag } = selector;
  if (fallbackTag === undefined) return;
  const fallback = latestPerConsumer(candidates, (c) => c.tags.includes(fallbackTag));
  for (const [consumer, c] of fallback)
    if (!latest.has(consumer))
      yield [c, `latest version of ${consumer} tagged '${fallbackTag}' (fallback for '${tag}')`];
}

function* chooseEnvironment(
  candidates: readonly SelectablePact[],
  selector: ConsumerVersionSelector,
): Generator<Choice> {
  const deployed = selector.deployed === true || selector.deployedOrReleased === true;
  const released = selector.released === true || selector.deployedOrReleased === true;
  const inEnvironment = (environment: string) =>
    selector.environment === undefined || environment === selector.environment;
  const anyKind = !deployed && !released;
  for (const c of candidates) {
    if (deployed || anyKind)
      for (const environment of c.deployedTo.filter(inEnvironment))
        yield [c, `a version of ${c.pact.consumer} currently deployed to ${environment}`];
    if (released || anyKind)
      for (const environment of c.releasedTo.filter(inEnvironment))
        yield [c, `a version of ${c.pact.consumer} released and supported in ${environment}`];
  }
}

function* chooseLatest(candidates: readonly SelectablePact[]): Generator<Choice> {
  for (const c of latestPerConsumer(candidates, () => true).values())
    yield [c, `latest version of ${c.pact.consumer}`];
}

/** The latest candidate per consumer among those matching. */
function latestPerConsumer(candidates: readonly SelectablePact[], matches: (c: SelectablePact) => boolean) {
  const latest = new Map<string, SelectablePact>();
  for (const candidate of candidates) if (matches(candidate)) latest.set(candidate.pact.consumer, candidate);
  return latest;
}

function consumersOf(candidates: readonly SelectablePact[]): string[] {
  return [...new Set(candidates.map((candidate) => candidate.pact.consumer))];
}
