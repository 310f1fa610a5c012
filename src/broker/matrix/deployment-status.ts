/**
 * The can-i-deploy verdict over matrix results, as the Pact Broker gives it
 * (lib/pact_broker/matrix/deployment_status_summary.rb): deployable when every considered row has
 * a successful verification and every required integration has a row; `undefined` (unknown) when
 * a verification is missing; false when one failed or a specified version does not exist.
 */
import type { MatrixRow } from '../store/broker-store.ts';
import type { MatrixResults } from './query-matrix.ts';
import {
  describeSelector,
  missingVersionReason,
  onlyPacticipantNamed,
  type ResolvedSelector,
} from './resolved-selector.ts';

/** One reason, with the type the Pact Broker gives its notice. */
export interface MatrixReason {
  readonly type: 'success' | 'error' | 'warning' | 'info';
  readonly text: string;
  /** For a reason about a row or an integration: its outcome. */
  readonly outcome?: 'success' | 'failed' | 'unknown';
}

/** The verdict: `deployable` is undefined when it cannot be known (the Pact Broker's `null`). */
export interface DeploymentStatus {
  readonly deployable: boolean | undefined;
  readonly counts: { success: number; failed: number; unknown: number; ignored?: number };
  readonly reasons: MatrixReason[];
  /** How each considered row and each required integration without a row stands. */
  readonly requirements: Required<Pick<MatrixReason, 'outcome' | 'text'>>[];
}

/**
 * The verdict for matrix results.
 *
 * @example
 * const { deployable, reasons } = deploymentStatus(await queryMatrix(store, selectors, options));
 */
export function deploymentStatus(results: MatrixResults): DeploymentStatus {
  const { considered, ignored, selectors, ignoreSelectors, integrations } = results;
  const all = [...considered, ...ignored];
  const missingIntegrations = integrations.filter(
    (item) =>
      item.required &&
      !all.some((row) => row.pact.consumer === item.consumer && row.pact.provider === item.provider),
  );
  const missingSpecified = selectors.filter(
    (s) => s.type === 'specified' && !s.versionExists && !s.allVersions,
  );
  const consideredMissing = missingSpecified.filter((s) => !s.ignore);
  const describe = describer(results);
  const counts = {
    success: considered.filter((row) => row.verification?.success === true).length,
    failed: considered.filter((row) => row.verification?.success === false).length,
    unknown: missingIntegrations.length + considered.filter((row) => row.verification === undefined).length,
    ...(ignoreSelectors.length > 0 ? { ignored: ignored.length } : {}),
  };
  let deployable: boolean | undefined;
  if (consideredMissing.length > 0) deployable = false;
  else if (counts.unknown > 0) deployable = undefined;
  else deployable = counts.failed === 0;

  const errors: MatrixReason[] = [];
  if (consideredMissing.length > 0)
    for (const s of consideredMissing) errors.push({ type: 'error', text: missingVersionReason(s) });
  else {
    for (const item of missingIntegrations)
      errors.push({
        type: 'error',
        outcome: 'unknown',
        text: `There is no verified pact between ${describe(item.consumer)} and ${describe(item.provider)}`,
      });
    for (const row of considered.filter((item) => item.verification?.success === false))
      errors.push({
        type: 'error',
        outcome: 'failed',
        text: `The verification for the pact between ${describeRow(row, describe)} failed`,
      });
    for (const row of considered.filter((item) => item.verification === undefined))
      errors.push({
        type: 'error',
        outcome: 'unknown',
        text: `There is no verified pact between ${describeRow(row, describe)}`,
      });
  }
  const warnings: MatrixReason[] = [
    ...ignoreSelectors
      .filter((s) => !s.pacticipantExists || !s.versionExists)
      .map((s) => ({ type: 'warning' as const, text: `WARN: Cannot ignore ${describeSelector(s)}` })),
    ...badPracticeWarnings(results),
  ];
  const success: MatrixReason[] =
    considered.length > 0
      ? [{ type: 'success', text: 'All required verification results are published and successful' }]
      : [{ type: 'success', text: 'There are no missing dependencies' }];
  const unique = dedupeReasons(errors);
  const requirements = [
    ...missingIntegrations.map((item) => ({
      outcome: 'unknown' as const,
      text: `There is no verified pact between ${describe(item.consumer)} and ${describe(item.provider)}`,
    })),
    ...considered.map((row) => {
      const between = describeRow(row, describe);
      const success = row.verification?.success;
      if (success === undefined)
        return { outcome: 'unknown' as const, text: `There is no verified pact between ${between}` };
      return success
        ? { outcome: 'success' as const, text: `The verification for the pact between ${between} passed` }
        : { outcome: 'failed' as const, text: `The verification for the pact between ${between} failed` };
    }),
  ];
  return {
    deployable,
    counts,
    reasons: [...warnings, ...(unique.length > 0 ? unique : success)],
    requirements,
  };
}

function badPracticeWarnings({ selectors, options }: MatrixResults): MatrixReason[] {
  const specified = selectors.filter((s) => s.type === 'specified');
  const warnings: MatrixReason[] = [];
  if (
    specified.length === 1 &&
    options.tag === undefined &&
    options.environment === undefined &&
    options.mainBranch !== true
  )
    warnings.push({
      type: 'warning',
      text: 'WARN: It is recommended to specify the environment into which you are deploying. Without the environment, this result will not be reliable.',
    });
  if (
    specified.some((s) => !onlyPacticipantNamed(s)) &&
    !specified.some((s) => s.original.version !== undefined)
  )
    warnings.push({
      type: 'warning',
      text: 'WARN: It is recommended to specify the version number (rather than the tag or branch) of the pacticipant you wish to deploy to avoid race conditions. Without a version number, this result will not be reliable.',
    });
  return warnings;
}

function dedupeReasons(reasons: readonly MatrixReason[]): MatrixReason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => !seen.has(reason.text) && seen.add(reason.text) !== undefined);
}

type Describe = (pacticipant: string, version?: string) => string;

function describeRow(row: MatrixRow, describe: Describe): string {
  return `${describe(row.pact.consumer, row.pact.consumerVersion)} and ${describe(row.pact.provider, row.verification?.providerVersion)}`;
}

/**
 * The selector a row or an integration came from, described: the only selector for the
 * pacticipant, else the one for the version, else one made up from the rows (the Pact Broker's
 * "dummy selectors").
 */
function describer({ selectors, considered, integrations }: MatrixResults): Describe {
  const made = (pacticipant: string, version: string | undefined): ResolvedSelector => ({
    pacticipant,
    version,
    allVersions: version === undefined,
    versionExists: true,
    pacticipantExists: true,
    original: {},
    type: 'inferred',
    ignore: false,
    oneOfMany: false,
  });
  const dummies = [
    ...considered.flatMap((row) => [
      made(row.pact.consumer, row.pact.consumerVersion),
      made(row.pact.provider, row.verification?.providerVersion),
    ]),
    ...integrations.flatMap((item) => [made(item.consumer, undefined), made(item.provider, undefined)]),
  ];
  return (pacticipant, version) => {
    const found = selectors.filter((s) => s.pacticipant === pacticipant);
    const dummy = () => dummies.find((s) => s.pacticipant === pacticipant) ?? made(pacticipant, version);
    if (found.length === 1 && found[0] !== undefined) return describeSelector(found[0]);
    if (version === undefined) return describeSelector(dummy());
    const byVersion = found.find((s) => s.version === version);
    return describeSelector(byVersion ?? dummy());
  };
}
