/**
 * The integrations a matrix question involves, as the Pact Broker finds them
 * (lib/pact_broker/matrix/integrations_repository.rb): a consumer requires its providers, a
 * provider does not require its consumers.
 */
import type { BrokerStore, MatrixRow } from '../store/broker-store.ts';
import type { ResolvedSelector } from './resolved-selector.ts';

/** A consumer–provider pair in a matrix question; `required` when a selected version is its consumer. */
export interface MatrixIntegration {
  readonly consumer: string;
  readonly provider: string;
  readonly required: boolean;
}

/**
 * Selectors as store references: a version, all versions (no version), or nothing (no such version).
 *
 * @example
 * await store.matrixQuery({ consumers: refsOf(selectors) });
 */
export function refsOf(selectors: readonly ResolvedSelector[]) {
  return selectors
    .filter((s) => s.pacticipantExists && (s.allVersions || s.versionExists))
    .map((s) =>
      s.allVersions ? { pacticipant: s.pacticipant } : { pacticipant: s.pacticipant, version: s.version },
    );
}
/**
 * Every integration any selected version takes part in: as consumer (required), as provider (not).
 *
 * @example
 * const integrations = await integrationsInvolving(store, resolved);
 */
export async function integrationsInvolving(
  store: BrokerStore,
  selectors: readonly ResolvedSelector[],
): Promise<MatrixIntegration[]> {
  const found: MatrixIntegration[] = [];
  for (const selector of selectors) {
    if (!selector.pacticipantExists) continue;
    if (selector.allVersions) {
      for (const item of await store.pactPairs({ consumer: selector.pacticipant }))
        found.push({ consumer: item.consumer, provider: item.provider, required: true });
    } else if (selector.versionExists) {
      // The providers of this consumer version's pacts (not of the consumer: integrations change).
      const published = await store.matrixQuery({ consumers: refsOf([selector]), providerVersions: [] });
      for (const row of published)
        found.push({ consumer: row.pact.consumer, provider: row.pact.provider, required: true });
    }
  }
  for (const name of new Set(selectors.filter((s) => s.pacticipantExists).map((s) => s.pacticipant)))
    for (const item of await store.pactPairs({ provider: name }))
      found.push({ consumer: item.consumer, provider: item.provider, required: false });
  return dedupe(found);
}

/**
 * The integrations between the selected versions only (several selectors, no target): the pairs of
 * the pacts of the selected consumer versions for the selected providers, read from the matrix
 * rows for those selectors (each such pact is a row, verified or not).
 *
 * @example
 * const integrations = integrationsBetween(rows, resolved);
 */
export function integrationsBetween(
  rows: readonly MatrixRow[],
  selectors: readonly ResolvedSelector[],
): MatrixIntegration[] {
  const names = new Set(selectors.map((s) => s.pacticipant));
  return dedupe(
    rows.map((row) => ({
      consumer: row.pact.consumer,
      provider: row.pact.provider,
      required: names.has(row.pact.consumer),
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
