/**
 * A selector resolved against the store: one per version it selects (or one for all versions, or
 * one standing for a version that does not exist), with the words the Pact Broker uses for it.
 */
import { isAllVersions, type UnresolvedSelector } from './matrix-selectors.ts';

/** One resolved selector. */
export interface ResolvedSelector {
  readonly pacticipant: string;
  /** The version selected; for a missing version, the number asked for (if any). */
  readonly version?: string | undefined;
  /** The selector stands for every version of the pacticipant (it named only the pacticipant). */
  readonly allVersions: boolean;
  /** False when no version matched (the selector then matches no row). */
  readonly versionExists: boolean;
  readonly pacticipantExists: boolean;
  /** The branch of the selected version when the selector asked for the main branch. */
  readonly branch?: string | undefined;
  readonly original: UnresolvedSelector;
  /** Given in the query, or inferred from the target for an integrated application. */
  readonly type: 'specified' | 'inferred';
  readonly ignore: boolean;
  /** One of several versions the selector matched (e.g. two versions in an environment). */
  readonly oneOfMany: boolean;
}

/**
 * Whether the selector given named only the pacticipant.
 *
 * @example
 * onlyPacticipantNamed(selector); // true for { pacticipant: 'web' }
 */
export function onlyPacticipantNamed(selector: ResolvedSelector): boolean {
  return isAllVersions(selector.original);
}

/**
 * How the Pact Broker describes the versions a selector stands for in its reasons, e.g.
 * "the version of orders currently in production (o1)".
 *
 * @example
 * describeSelector(selector); // 'version 1 of web'
 */
export function describeSelector(selector: ResolvedSelector): string {
  const { pacticipant: name, original } = selector;
  const number = selector.versionExists || selector.allVersions ? selector.version : undefined;
  const branch = original.branch ?? selector.branch;
  const { latest, tag, environment, mainBranch } = original;
  const one = (prefix: string) =>
    selector.oneOfMany ? `one of the versions${prefix}` : `the version${prefix}`;
  if (latest === true && tag !== undefined)
    return `the latest version of ${name} with tag ${tag} (${number ?? 'no such version exists'})`;
  if (latest === true && mainBranch === true && number === undefined)
    return `the latest version of ${name} from the main branch (no versions exist for this branch)`;
  if (mainBranch === true && number === undefined)
    return `any version of ${name} from the main branch (no versions exist for this branch)`;
  if (latest === true && branch !== undefined)
    return `the latest version of ${name} from branch ${branch} (${number ?? 'no such version exists'})`;
  if (branch !== undefined)
    return number === undefined
      ? `a version of ${name} from branch ${branch} (no such version exists)`
      : `${one('')} of ${name} from branch ${branch} (${number})`;
  if (latest === true) return `the latest version of ${name} (${number ?? 'no such version exists'})`;
  if (tag !== undefined)
    return `a version of ${name} with tag ${tag} (${number ?? 'no such version exists'})`;
  if (environment !== undefined)
    return number === undefined
      ? `a version of ${name} currently in ${environment} (no version is currently recorded as deployed/released in this environment)`
      : `${one('')} of ${name} currently in ${environment} (${number})`;
  if (selector.version !== undefined && !selector.versionExists)
    return `version ${selector.version} of ${name} (no such version exists)`;
  if (selector.version !== undefined) return `version ${selector.version} of ${name}`;
  if (!selector.pacticipantExists) return `any version of ${name} (no such pacticipant exists)`;
  return `any version of ${name}`;
}

/**
 * Why a selected version does not exist, as the Pact Broker says it.
 *
 * @example
 * missingVersionReason(selector); // 'No pacts or verifications have been published for version 9 of web'
 */
export function missingVersionReason(selector: ResolvedSelector): string {
  const { pacticipant: name, original } = selector;
  if (original.tag !== undefined) return `No version with tag ${original.tag} exists for ${name}`;
  if (original.branch !== undefined) return `No version of ${name} from branch ${original.branch} exists`;
  if (original.mainBranch === true) return `No version of ${name} from the main branch exists`;
  if (original.environment !== undefined)
    return `No version of ${name} is currently recorded as deployed or released in environment ${original.environment}`;
  if (original.version !== undefined)
    return `No pacts or verifications have been published for version ${original.version} of ${name}`;
  return `No pacts or verifications have been published for ${name}`;
}
