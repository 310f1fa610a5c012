/**
 * Consumer version selectors, as the Pact Broker defines them: parsing with its validation rules,
 * the default selection, the selection itself over a provider's publications, and the
 * work-in-progress pacts. Pure functions over {@link SelectablePact} lists.
 */
import type { SelectablePact } from '../store/broker-store.ts';
import { isJsonObject } from './request-body.ts';

/** One consumer version selector, validated. */
export interface ConsumerVersionSelector {
  readonly consumer?: string;
  readonly mainBranch?: true;
  readonly branch?: string;
  readonly fallbackBranch?: string;
  readonly fallbackToMainBranch?: true;
  readonly matchingBranch?: true;
  readonly tag?: string;
  readonly fallbackTag?: string;
  readonly latest?: boolean;
  readonly deployed?: true;
  readonly released?: true;
  readonly deployedOrReleased?: true;
  readonly environment?: string;
}

/** A publication chosen for verification, with why (one reason per selector that chose it). */
export interface SelectedPact {
  readonly candidate: SelectablePact;
  readonly reasons: string[];
}

const branchKeys = [
  'latest',
  'tag',
  'fallbackTag',
  'branch',
  'fallbackBranch',
  'fallbackToMainBranch',
  'matchingBranch',
  'mainBranch',
] as const;
const environmentKeys = ['environment', 'deployed', 'released', 'deployedOrReleased'] as const;
const stringKeys = ['consumer', 'tag', 'branch', 'fallbackTag', 'fallbackBranch', 'environment'] as const;
const trueKeys = [
  'mainBranch',
  'matchingBranch',
  'fallbackToMainBranch',
  'deployed',
  'released',
  'deployedOrReleased',
] as const;

/**
 * The selectors of a request, or every problem with them (each prefixed with the selector's index).
 * Unknown keys are ignored, as the Pact Broker does. `environments`: the names that exist.
 *
 * @example
 * parseSelectors([{ mainBranch: true }], undefined, new Set()); // { selectors: [{ mainBranch: true }] }
 */
export function parseSelectors(
  value: unknown,
  providerVersionBranch: string | undefined,
  environments: ReadonlySet<string>,
): { selectors: ConsumerVersionSelector[] } | { errors: string[] } {
  if (!Array.isArray(value)) return { errors: ['must be an array of selector objects'] };
  const errors: string[] = [];
  const selectors: ConsumerVersionSelector[] = [];
  for (const [index, item] of value.entries()) {
    const problems = isJsonObject(item)
      ? selectorProblems(item, providerVersionBranch, environments)
      : ['must be an object'];
    if (problems.length === 0) selectors.push(item as ConsumerVersionSelector);
    else errors.push(...problems.map((problem) => `[${index}] ${problem}`));
  }
  return errors.length === 0 ? { selectors } : { errors };
}

function selectorProblems(
  selector: Record<string, unknown>,
  providerVersionBranch: string | undefined,
  environments: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  for (const key of stringKeys) {
    const value = selector[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === ''))
      problems.push(`${key} must be a non-empty string`);
  }
  for (const key of trueKeys)
    if (selector[key] !== undefined && selector[key] !== true)
      problems.push(`${key} must be true when given`);
  if (selector.latest !== undefined && typeof selector.latest !== 'boolean')
    problems.push('latest must be true or false');
  if (problems.length > 0) return problems;
  const has = (key: string) => selector[key] !== undefined;
  const given = (keys: readonly string[]) => keys.filter(has);
  if (
    !has('mainBranch') &&
    !has('tag') &&
    !has('branch') &&
    !has('environment') &&
    !has('matchingBranch') &&
    !has('deployed') &&
    !has('released') &&
    !has('deployedOrReleased') &&
    selector.latest !== true
  )
    problems.push(
      'must specify at least one of mainBranch, branch, matchingBranch, tag, latest, deployed, released, deployedOrReleased or environment',
    );
  const others = (allowed: readonly string[]) =>
    given([...branchKeys, ...environmentKeys]).filter((key) => !allowed.includes(key));
  if (has('mainBranch') && others(['mainBranch', 'latest']).length > 0)
    problems.push('mainBranch cannot be combined with any other field but consumer and latest');
  if (has('mainBranch') && selector.latest === false)
    problems.push('mainBranch cannot be used with latest: false');
  if (has('matchingBranch') && others(['matchingBranch']).length > 0)
    problems.push('matchingBranch cannot be combined with any other field but consumer');
  if (has('matchingBranch') && providerVersionBranch === undefined)
    problems.push('matchingBranch requires providerVersionBranch in the request');
  if (has('tag') && has('branch')) problems.push('tag and branch cannot be used together');
  const branchFields = given(branchKeys);
  const environmentFields = given(environmentKeys);
  if (branchFields.length > 0 && environmentFields.length > 0)
    problems.push(`cannot specify ${branchFields.join('/')} with ${environmentFields.join('/')}`);
  if (has('fallbackTag') && selector.latest !== true) problems.push('fallbackTag requires latest: true');
  if (has('fallbackTag') && !has('tag')) problems.push('fallbackTag requires tag');
  if (has('fallbackBranch') && !has('branch')) problems.push('fallbackBranch requires branch');
  if (has('fallbackToMainBranch') && !has('branch')) problems.push('fallbackToMainBranch requires branch');
  if (has('fallbackToMainBranch') && has('fallbackBranch'))
    problems.push('fallbackToMainBranch and fallbackBranch cannot be used together');
  if (has('branch') && selector.latest === false) problems.push('branch cannot be used with latest: false');
  const pairs = [
    ['deployed', 'released'],
    ['deployed', 'deployedOrReleased'],
    ['released', 'deployedOrReleased'],
  ] as const;
  for (const [a, b] of pairs) if (has(a) && has(b)) problems.push(`${a} and ${b} cannot be used together`);
  if (typeof selector.environment === 'string' && !environments.has(selector.environment))
    problems.push(`no environment named ${JSON.stringify(selector.environment)} exists`);
  return problems;
}

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
    for (const [candidate, reason] of choose(scoped, selector, providerVersionBranch))
      chosen.add(candidate, reason);
  }
  return chosen.list(candidates);
}

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
  const explicit = new Set(selected.map(({ candidate }) => key(candidate)));
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
      !explicit.has(key(candidate)) &&
      !verified.has(candidate.pact.sha)
    )
      wip.add(candidate, reason);
  return wip.list(candidates);
}

function key(candidate: SelectablePact): string {
  return `${candidate.pact.consumer}\u0000${candidate.pact.sha}`;
}

/** Chosen publications by consumer and content, with their merged reasons. */
class Selection {
  readonly #byKey = new Map<string, SelectedPact>();

  add(candidate: SelectablePact, reason: string): void {
    const found = this.#byKey.get(key(candidate));
    if (found === undefined) this.#byKey.set(key(candidate), { candidate, reasons: [reason] });
    else if (!found.reasons.includes(reason)) found.reasons.push(reason);
  }

  list(order: readonly SelectablePact[]): SelectedPact[] {
    const position = new Map(order.map((candidate, index) => [candidate, index]));
    return [...this.#byKey.values()].sort(
      (a, b) =>
        (a.candidate.pact.consumer < b.candidate.pact.consumer
          ? -1
          : a.candidate.pact.consumer > b.candidate.pact.consumer
            ? 1
            : 0) || (position.get(a.candidate) ?? 0) - (position.get(b.candidate) ?? 0),
    );
  }
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

function* choose(
  candidates: readonly SelectablePact[],
  selector: ConsumerVersionSelector,
  providerVersionBranch: string | undefined,
): Generator<[SelectablePact, string]> {
  const name = (c: SelectablePact) => c.pact.consumer;
  if (selector.mainBranch === true) {
    const latest = latestPerConsumer(
      candidates,
      (c) => c.consumerMainBranch !== undefined && c.pact.consumerBranch === c.consumerMainBranch,
    );
    for (const c of latest.values())
      yield [c, `latest version of ${name(c)} from its main branch '${c.consumerMainBranch}'`];
    return;
  }
  if (selector.matchingBranch === true) {
    const branch = providerVersionBranch ?? '';
    for (const c of latestPerConsumer(candidates, (c) => c.pact.consumerBranch === branch).values())
      yield [c, `latest version of ${name(c)} from branch '${branch}' (matching the provider's branch)`];
    return;
  }
  if (selector.branch !== undefined) {
    const { branch } = selector;
    const latest = latestPerConsumer(candidates, (c) => c.pact.consumerBranch === branch);
    for (const c of latest.values()) yield [c, `latest version of ${name(c)} from branch '${branch}'`];
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
    return;
  }
  if (selector.tag !== undefined) {
    const { tag } = selector;
    if (selector.latest !== true) {
      for (const c of candidates)
        if (c.tags.includes(tag)) yield [c, `a version of ${name(c)} tagged '${tag}'`];
      return;
    }
    const latest = latestPerConsumer(candidates, (c) => c.tags.includes(tag));
    for (const c of latest.values()) yield [c, `latest version of ${name(c)} tagged '${tag}'`];
    const { fallbackTag } = selector;
    if (fallbackTag === undefined) return;
    const fallback = latestPerConsumer(candidates, (c) => c.tags.includes(fallbackTag));
    for (const [consumer, c] of fallback)
      if (!latest.has(consumer))
        yield [c, `latest version of ${consumer} tagged '${fallbackTag}' (fallback for '${tag}')`];
    return;
  }
  const deployed = selector.deployed === true || selector.deployedOrReleased === true;
  const released = selector.released === true || selector.deployedOrReleased === true;
  if (deployed || released || selector.environment !== undefined) {
    const inEnvironment = (environment: string) =>
      selector.environment === undefined || environment === selector.environment;
    const anyKind = !deployed && !released;
    for (const c of candidates) {
      if (deployed || anyKind)
        for (const environment of c.deployedTo.filter(inEnvironment))
          yield [c, `a version of ${name(c)} currently deployed to ${environment}`];
      if (released || anyKind)
        for (const environment of c.releasedTo.filter(inEnvironment))
          yield [c, `a version of ${name(c)} released and supported in ${environment}`];
    }
    return;
  }
  for (const c of latestPerConsumer(candidates, () => true).values())
    yield [c, `latest version of ${name(c)}`];
}
