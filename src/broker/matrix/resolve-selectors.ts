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
  const resolved: ResolvedSelector[] = [];
  // One look at each environment's current versions, however many pacticipants are inferred in it.
  const environments = new Map<string, Promise<EnvironmentVersion[]>>();
  const current = (name: string) => {
    let found = environments.get(name);
    if (found === undefined) {
      found = currentVersionsIn(store, name);
      environments.set(name, found);
    }
    return found;
  };
  for (const selector of selectors)
    resolved.push(...(await resolveOne(store, selector, type, ignorer, current)));
  return resolved;
}

type CurrentVersions = (environment: string) => Promise<EnvironmentVersion[]>;

async function currentVersionsIn(store: BrokerStore, name: string): Promise<EnvironmentVersion[]> {
  const environment = await store.findEnvironmentByName(name);
  return environment === undefined ? [] : store.currentVersions(environment.uuid, ['deployed', 'released']);
}

async function resolveOne(
  store: BrokerStore,
  original: UnresolvedSelector,
  type: ResolvedSelector['type'],
  ignorer: SelectorIgnorer,
  current: CurrentVersions,
): Promise<ResolvedSelector[]> {
  const name = original.pacticipant ?? '';
  const base = { pacticipant: name, original, type, oneOfMany: false };
  const pacticipant = await store.findPacticipant(name);
  if (pacticipant === undefined)
    return [{ ...base, allVersions: false, versionExists: false, pacticipantExists: false, ignore: false }];
  const known = { ...base, pacticipantExists: true };
  if (isAllVersions(original))
    return [{ ...known, allVersions: true, versionExists: true, ignore: ignorer.ignorePacticipant(name) }];
  const versions = await versionsFor(store, original, pacticipant, current);
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
  current: CurrentVersions,
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
      await current(selector.environment),
      selector.latest === true || selector.branch !== undefined || selector.mainBranch === true,
    );
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
      await current(selector.environment),
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
