/**
 * The matrix query, as the Pact Broker runs it (lib/pact_broker/matrix/repository.rb): resolve the
 * ignore and the specified selectors; find the integrations the specified versions take part in;
 * with a target (`latest`, `tag`, `environment`, `mainBranch`), infer a selector per integrated
 * application for its versions in the target; select the rows between all the selectors; reduce
 * them by `latestby`; split off the ignored rows.
 */
import type { BrokerStore, MatrixRow } from '../store/broker-store.ts';
import type { MatrixOptions, UnresolvedSelector } from './matrix-selectors.ts';
import { ignoreNothing, ignorerFor, resolveSelectors } from './resolve-selectors.ts';
import type { ResolvedSelector } from './resolved-selector.ts';
import { onlyPacticipantNamed } from './resolved-selector.ts';

/** A consumer–provider pair in a matrix question; `required` when a selected version is its consumer. */
export interface MatrixIntegration {
  readonly consumer: string;
  readonly provider: string;
  readonly required: boolean;
}

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
  const integrations =
    infer || resolved.length === 1
      ? await integrationsInvolving(store, resolved)
      : await integrationsBetween(store, resolved);
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

/** A selector as a store reference: a version, all versions (no version), or nothing (no such version). */
function refsOf(selectors: readonly ResolvedSelector[]) {
  return selectors
    .filter((s) => s.pacticipantExists && (s.allVersions || s.versionExists))
    .map((s) =>
      s.allVersions ? { pacticipant: s.pacticipant } : { pacticipant: s.pacticipant, version: s.version },
    );
}

/** Every integration any selected version takes part in: as consumer (required), as provider (not). */
async function integrationsInvolving(
  store: BrokerStore,
  selectors: readonly ResolvedSelector[],
): Promise<MatrixIntegration[]> {
  const found: MatrixIntegration[] = [];
  for (const selector of selectors) {
    if (!selector.pacticipantExists) continue;
    if (selector.allVersions) {
      for (const item of await store.listIntegrations({ consumer: selector.pacticipant }))
        found.push({ consumer: item.consumer, provider: item.provider, required: true });
    } else if (selector.versionExists) {
      // The providers of this consumer version's pacts (not of the consumer: integrations change).
      const published = await store.matrixQuery({ consumers: refsOf([selector]), providerVersions: [] });
      for (const row of published)
        found.push({ consumer: row.pact.consumer, provider: row.pact.provider, required: true });
    }
  }
  for (const name of new Set(selectors.filter((s) => s.pacticipantExists).map((s) => s.pacticipant)))
    for (const item of await store.listIntegrations({ provider: name }))
      found.push({ consumer: item.consumer, provider: item.provider, required: false });
  return dedupe(found);
}

/** The integrations between the selected versions only (several selectors, no target). */
async function integrationsBetween(
  store: BrokerStore,
  selectors: readonly ResolvedSelector[],
): Promise<MatrixIntegration[]> {
  const names = [...new Set(selectors.map((s) => s.pacticipant))];
  const published = await store.matrixQuery({
    consumers: refsOf(selectors),
    providers: names,
    providerVersions: [],
  });
  return dedupe(
    published.map((row) => ({
      consumer: row.pact.consumer,
      provider: row.pact.provider,
      required: names.includes(row.pact.consumer),
    })),
  );
}

function dedupe(integrations: readonly MatrixIntegration[]): MatrixIntegration[] {
  const byPair = new Map<string, MatrixIntegration>();
  for (const item of integrations) {
    const key = JSON.stringify([item.consumer, item.provider]);
    const seen = byPair.get(key);
    if (seen === undefined || (!seen.required && item.required)) byPair.set(key, item);
  }
  return [...byPair.values()].sort(
    (a, b) => a.consumer.localeCompare(b.consumer) || a.provider.localeCompare(b.provider),
  );
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

/** The latest verification per pact and provider version (the Pact Broker's `MatrixRow`, used with `latestby`). */
function latestVerifications(rows: readonly MatrixRow[]): MatrixRow[] {
  const latest = new Map<string, MatrixRow>();
  for (const row of rows) {
    const { consumer, consumerVersion, provider } = row.pact;
    const key = JSON.stringify([consumer, consumerVersion, provider, row.verification?.providerVersion]);
    const seen = latest.get(key);
    if (seen === undefined || (row.verification?.id ?? 0) > (seen.verification?.id ?? 0))
      latest.set(key, row);
  }
  return [...latest.values()];
}

/** One row per group: per consumer version, provider (and provider version), the latest provider version's. */
function latestBy(rows: readonly MatrixRow[], latestby: NonNullable<MatrixOptions['latestby']>): MatrixRow[] {
  const groups = new Map<string, MatrixRow[]>();
  for (const row of rows) {
    const { consumer, consumerVersion, provider } = row.pact;
    const key = JSON.stringify(
      latestby === 'cp'
        ? [consumer, provider]
        : latestby === 'cvp'
          ? [consumer, consumerVersion, provider]
          : [consumer, consumerVersion, provider, row.verification?.providerVersion],
    );
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [MatrixRow];
    if (first.verification === undefined) return first;
    return group.reduce((best, row) => (providerOrder(row) > providerOrder(best) ? row : best));
  });
}

function lastAction(row: MatrixRow): string {
  const verified = row.verification?.createdAt ?? '';
  return verified > row.pact.createdAt ? verified : row.pact.createdAt;
}

function providerOrder(row: MatrixRow): number {
  return row.order?.providerVersion ?? row.verification?.id ?? -1;
}

/** The Pact Broker's row order: consumer, newest consumer version, provider, newest provider version, newest verification. */
function compareRows(a: MatrixRow, b: MatrixRow): number {
  const descending = (x: number | undefined, y: number | undefined) =>
    x !== undefined && y !== undefined ? y - x : x !== undefined ? 1 : y !== undefined ? -1 : 0;
  return (
    a.pact.consumer.localeCompare(b.pact.consumer) ||
    descending(a.order?.consumerVersion, b.order?.consumerVersion) ||
    a.pact.provider.localeCompare(b.pact.provider) ||
    descending(
      a.verification === undefined ? undefined : providerOrder(a),
      b.verification === undefined ? undefined : providerOrder(b),
    ) ||
    descending(a.verification?.id, b.verification?.id)
  );
}
