/**
 * Selectors resolved against the store, as the Pact Broker resolves them: a selector for several
 * versions (a tag, a branch, an environment) becomes one resolved selector per version, and one
 * that matches nothing becomes a selector for a version that does not exist.
 */
import type {
  BrokerStore,
  EnvironmentVersion,
  Pacticipant,
  PacticipantVersion,
} from '../store/broker-store.ts';
import { isAllVersions, type UnresolvedSelector } from './matrix-selectors.ts';
import type { ResolvedSelector } from './resolved-selector.ts';

/** Which resolved selectors are ignored (the `ignore` selectors of a can-i-deploy question). */
export interface SelectorIgnorer {
  ignorePacticipant(name: string): boolean;
  ignoreVersion(name: string, version: string): boolean;
}

/** An ignorer that ignores nothing (for resolving the ignore selectors themselves). */
export const ignoreNothing: SelectorIgnorer = { ignorePacticipant: () => false, ignoreVersion: () => false };

/**
 * The ignorer for resolved ignore selectors: a name alone ignores every version.
 *
 * @example
 * const ignorer = ignorerFor(await resolveSelectors(store, [{ pacticipant: 'orders' }], 'specified', ignoreNothing));
 */
export function ignorerFor(ignoreSelectors: readonly ResolvedSelector[]): SelectorIgnorer {
  const nameOnly = (selector: ResolvedSelector) => isAllVersions(selector.original);
  return {
    ignorePacticipant: (name) =>
      ignoreSelectors.some((s) => s.pacticipantExists && s.pacticipant === name && nameOnly(s)),
    ignoreVersion: (name, version) =>
      ignoreSelectors.some(
        (s) =>
          s.pacticipantExists &&
          s.pacticipant === name &&
          (nameOnly(s) || (s.versionExists && s.version === version)),
      ),
  };
}

/**
 * Resolves each selector to the versions it stands for.
 *
 * @example
 * const resolved = await resolveSelectors(store, [{ pacticipant: 'orders', environment: 'production' }], 'inferred', ignoreNothing);
 */
export async function resolveSelectors(
  store: BrokerStore,
  selectors: readonly UnresolvedSelector[],
  type: ResolvedSelector['type'],
  ignorer: SelectorIgnorer,
): Promise<ResolvedSelector[]> {
  const lookups = createLookups(store, type, selectors);
  const resolved: ResolvedSelector[] = [];
  for (const selector of selectors)
    resolved.push(...(await resolveOne(store, selector, type, ignorer, lookups)));
  return resolved;
}

/** What resolving reads more than once, read once per call (inferred selectors come by the dozen). */
interface Lookups {
  /** The versions currently deployed or released in an environment (by name). */
  current(environment: string): Promise<EnvironmentVersion[]>;
  /** For inferred selectors (one per integrated pacticipant), the latest version of every pacticipant carrying the tag. */
  latestTagged: ((tag: string) => Promise<PacticipantVersion[]>) | undefined;
  pacticipant(name: string, needsMainBranch: boolean): Promise<Pacticipant | undefined>;
}

function createLookups(
  store: BrokerStore,
  type: ResolvedSelector['type'],
  selectors: readonly UnresolvedSelector[],
): Lookups {
  const memo = <T>(load: (key: string) => Promise<T>) => {
    const cache = new Map<string, Promise<T>>();
    return (key: string) => {
      let found = cache.get(key);
      if (found === undefined) {
        found = load(key);
        cache.set(key, found);
      }
      return found;
    };
  };
  return {
    // Only the versions of the pacticipants selected in that environment, in one query.
    current: memo(async (name) => {
      const environment = await store.findEnvironmentByName(name);
      const names = [
        ...new Set(selectors.filter((s) => s.environment === name).flatMap((s) => s.pacticipant ?? [])),
      ];
      return environment === undefined
        ? []
        : store.currentVersions(environment.uuid, ['deployed', 'released'], names);
    }),
    latestTagged: type === 'inferred' ? memo((tag) => store.latestVersionsWithTag(tag)) : undefined,
    // Inferred pacticipants come from their pacts, so they exist: read one only for its main branch.
    pacticipant: async (name, needsMainBranch) =>
      type === 'inferred' && !needsMainBranch
        ? { name, mainBranch: undefined, createdAt: '' }
        : store.findPacticipant(name),
  };
}

async function resolveOne(
  store: BrokerStore,
  original: UnresolvedSelector,
  type: ResolvedSelector['type'],
  ignorer: SelectorIgnorer,
  lookups: Lookups,
): Promise<ResolvedSelector[]> {
  const name = original.pacticipant ?? '';
  const base = { pacticipant: name, original, type, oneOfMany: false };
  const pacticipant = await lookups.pacticipant(name, original.mainBranch === true);
  if (pacticipant === undefined)
    return [{ ...base, allVersions: false, versionExists: false, pacticipantExists: false, ignore: false }];
  const known = { ...base, pacticipantExists: true };
  if (isAllVersions(original))
    return [{ ...known, allVersions: true, versionExists: true, ignore: ignorer.ignorePacticipant(name) }];
  const versions = await versionsFor(store, original, pacticipant, lookups);
  if (versions.length === 0)
    return [
      {
        ...known,
        version: original.version,
        allVersions: false,
        versionExists: false,
        ignore: ignorer.ignorePacticipant(name),
      },
    ];
  return versions.map((version) => ({
    ...known,
    version: version.number,
    branch: original.branch ?? (original.mainBranch === true ? version.branch : undefined),
    allVersions: false,
    versionExists: true,
    oneOfMany: versions.length > 1,
    ignore: ignorer.ignoreVersion(name, version.number),
  }));
}

/** The versions a selector stands for, newest first (only the newest when `latest`). */
async function versionsFor(
  store: BrokerStore,
  selector: UnresolvedSelector,
  pacticipant: Pacticipant,
  lookups: Lookups,
): Promise<PacticipantVersion[]> {
  const name = pacticipant.name;
  let candidates: PacticipantVersion[];
  let tagChecked = false;
  if (selector.version !== undefined) {
    const found = await store.findVersion(name, selector.version);
    candidates = found === undefined ? [] : [found];
  } else if (selector.environment !== undefined) {
    candidates = await versionsInEnvironment(
      store,
      name,
      await lookups.current(selector.environment),
      selector.latest === true || selector.branch !== undefined || selector.mainBranch === true,
    );
  } else if (
    lookups.latestTagged !== undefined &&
    selector.latest === true &&
    selector.tag !== undefined &&
    selector.branch === undefined &&
    selector.mainBranch !== true
  ) {
    // The latest tagged version of every pacticipant at once (an inferred `--to TAG` target).
    const tagged = await lookups.latestTagged(selector.tag);
    candidates = tagged.filter((item) => item.pacticipant === name);
    tagChecked = true;
  } else if (selector.latest === true && selector.mainBranch !== true) {
    // The common questions (latest, latest with a tag, latest of a branch) in one indexed lookup.
    const found = await store.latestVersion(name, selector.tag, selector.branch);
    candidates = found === undefined ? [] : [found];
    tagChecked = true;
  } else candidates = await store.listVersions(name);
  if (selector.environment !== undefined && selector.version !== undefined) {
    const inEnvironment = await versionsInEnvironment(
      store,
      name,
      await lookups.current(selector.environment),
      false,
    );
    candidates = candidates.filter((item) => inEnvironment.some((other) => other.number === item.number));
  }
  if (selector.tag !== undefined && !tagChecked && candidates.length > 0) {
    const tags = await store.tagsOfVersions(
      candidates.map((item) => ({ pacticipant: name, version: item.number })),
    );
    candidates = candidates.filter(
      (item) => tags.get(`${name}@${item.number}`)?.includes(selector.tag ?? '') === true,
    );
  }
  if (selector.branch !== undefined)
    candidates = candidates.filter((item) => item.branch === selector.branch);
  if (selector.mainBranch === true)
    candidates = candidates.filter(
      (item) => pacticipant.mainBranch !== undefined && item.branch === pacticipant.mainBranch,
    );
  return selector.latest === true ? candidates.slice(0, 1) : candidates;
}

async function versionsInEnvironment(
  store: BrokerStore,
  name: string,
  current: readonly EnvironmentVersion[],
  lookUp: boolean,
): Promise<PacticipantVersion[]> {
  const here = current.filter((item) => item.pacticipant === name);
  const numbers = [...new Set(here.map((item) => item.version))];
  // The versions themselves (branch, creation order) only when a filter or `latest` needs them.
  if (!lookUp)
    return numbers.map((number) => ({ pacticipant: name, number, branch: undefined, createdAt: '' }));
  const versions = await Promise.all(numbers.map((number) => store.findVersion(name, number)));
  return versions
    .filter((item): item is PacticipantVersion => item !== undefined)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
