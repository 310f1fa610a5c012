/**
 * The matrix query, as the Pact Broker runs it (lib/pact_broker/matrix/repository.rb): resolve the
 * ignore and the specified selectors; find the integrations the specified versions take part in;
 * with a target (`latest`, `tag`, `environment`, `mainBranch`), infer a selector per integrated
 * application for its versions in the target; select the rows between all the selectors; reduce
 * them by `latestby`; split off the ignored rows.
 */
import type { BrokerStore, MatrixRow } from '../store/broker-store.ts';
import {
  integrationsBetween,
  integrationsInvolving,
  type MatrixIntegration,
  refsOf,
} from './matrix-integrations.ts';
import type { MatrixOptions, UnresolvedSelector } from './matrix-selectors.ts';
import { compareRows, lastAction, latestBy, latestVerifications } from './reduce-matrix-rows.ts';
import { ignoreNothing, ignorerFor, resolveSelectors } from './resolve-selectors.ts';
import { onlyPacticipantNamed, type ResolvedSelector } from './resolved-selector.ts';

/** What {@link queryMatrix} finds. */
export interface MatrixResults {
  readonly considered: MatrixRow[];
  readonly ignored: MatrixRow[];
  /** The specified selectors, then the inferred ones. */
  readonly selectors: ResolvedSelector[];
  readonly ignoreSelectors: ResolvedSelector[];
  readonly integrations: MatrixIntegration[];
  readonly options: MatrixOptions;
}

/**
 * Runs a matrix query.
 *
 * @example
 * const results = await queryMatrix(store, [{ pacticipant: 'web', version: '1' }], { environment: 'production', latestby: 'cvpv' });
 */
export async function queryMatrix(
  store: BrokerStore,
  specified: readonly UnresolvedSelector[],
  options: MatrixOptions,
): Promise<MatrixResults> {
  const ignoreSelectors = await resolveSelectors(store, options.ignore ?? [], 'specified', ignoreNothing);
  const ignorer = ignorerFor(ignoreSelectors);
  const resolved = await resolveSelectors(store, specified, 'specified', ignorer);
  const infer =
    options.latest === true ||
    options.tag !== undefined ||
    options.environment !== undefined ||
    options.mainBranch === true;
  const between = !infer && resolved.length > 1;
  let integrations = between ? [] : await integrationsInvolving(store, resolved);
  const selectors = [...resolved];
  if (infer) {
    const names = new Set(resolved.map((s) => s.pacticipant));
    const others = [...new Set(integrations.flatMap((item) => [item.consumer, item.provider]))].filter(
      (name) => !names.has(name),
    );
    const target = {
      tag: options.tag,
      mainBranch: options.mainBranch === true ? true : undefined,
      latest: options.latest === true ? true : undefined,
      environment: options.environment,
    };
    selectors.push(
      ...(await resolveSelectors(
        store,
        others.map((pacticipant) => ({ pacticipant, ...target })),
        'inferred',
        ignorer,
      )),
    );
  }
  let rows = await rowsFor(store, selectors);
  // Between several specified selectors, the integrations are the pairs of those rows' pacts.
  if (between) integrations = integrationsBetween(rows, selectors);
  if (options.latestby !== undefined) rows = latestBy(latestVerifications(rows), options.latestby);
  if (options.success !== undefined) {
    const wanted = options.success;
    rows = rows.filter((row) => wanted.includes(row.verification?.success));
  }
  // Like the Pact Broker, the limit keeps the rows with the most recent activity.
  rows = rows
    .sort((a, b) => lastAction(b).localeCompare(lastAction(a)))
    .slice(0, options.limit ?? Number.POSITIVE_INFINITY)
    .sort(compareRows);
  const ignoredRow = (row: MatrixRow) =>
    ignoreSelectors.some(
      (s) =>
        s.pacticipantExists &&
        ((s.pacticipant === row.pact.consumer &&
          (onlyPacticipantNamed(s) || (s.versionExists && s.version === row.pact.consumerVersion))) ||
          (s.pacticipant === row.pact.provider &&
            (onlyPacticipantNamed(s) ||
              (s.versionExists && s.version === row.verification?.providerVersion)))),
    );
  return {
    considered: rows.filter((row) => !ignoredRow(row)),
    ignored: rows.filter(ignoredRow),
    selectors,
    ignoreSelectors,
    integrations,
    options,
  };
}

/**
 * The rows for the selectors. One selector: its versions' pacts with every verification, and
 * every verification by its versions. Several: the pacts of the selected consumer versions for
 * the selected providers, joined only to verifications by the selected provider versions, so that
 * a pact the target's provider version never verified shows as a row without a verification.
 */
async function rowsFor(store: BrokerStore, selectors: readonly ResolvedSelector[]): Promise<MatrixRow[]> {
  const refs = refsOf(selectors);
  if (selectors.length === 1) {
    const [selector] = selectors;
    if (selector === undefined || refs.length === 0) return [];
    const asConsumer = await store.matrixQuery({ consumers: refs });
    const asProvider = (
      await store.matrixQuery({ providers: [selector.pacticipant], providerVersions: refs })
    ).filter((row) => row.verification !== undefined);
    const seen = new Set(asConsumer.map(rowKey));
    return [...asConsumer, ...asProvider.filter((row) => !seen.has(rowKey(row)))];
  }
  const names = [...new Set(selectors.map((s) => s.pacticipant))];
  const specified = new Set(selectors.filter((s) => s.type === 'specified').map((s) => s.pacticipant));
  const rows = await store.matrixQuery({ consumers: refs, providers: names, providerVersions: refs });
  return rows.filter((row) => specified.has(row.pact.consumer) || specified.has(row.pact.provider));
}

function rowKey(row: MatrixRow): string {
  const { consumer, consumerVersion, provider } = row.pact;
  return JSON.stringify([consumer, consumerVersion, provider, row.verification?.id]);
}
