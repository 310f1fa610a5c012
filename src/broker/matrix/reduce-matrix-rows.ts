/**
 * Matrix rows reduced and ordered as the Pact Broker does (lib/pact_broker/matrix/repository.rb,
 * matrix_row_instance_methods.rb): pure functions over {@link MatrixRow}s.
 */
import type { MatrixRow } from '../store/broker-store.ts';
import type { LatestBy } from './matrix-selectors.ts';

/**
 * The latest verification per pact and provider version (the Pact Broker's `MatrixRow`, used with `latestby`).
 *
 * @example
 * latestBy(latestVerifications(rows), 'cvpv');
 */
export function latestVerifications(rows: readonly MatrixRow[]): MatrixRow[] {
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

/**
 * One row per group: per consumer version, provider (and provider version), the latest provider version's.
 *
 * @example
 * latestBy(rows, 'cvp');
 */
export function latestBy(rows: readonly MatrixRow[], latestby: LatestBy): MatrixRow[] {
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

/**
 * When a row last changed: its verification, else its publication.
 *
 * @example
 * rows.sort((a, b) => lastAction(b).localeCompare(lastAction(a)));
 */
export function lastAction(row: MatrixRow): string {
  const verified = row.verification?.createdAt ?? '';
  return verified > row.pact.createdAt ? verified : row.pact.createdAt;
}

function providerOrder(row: MatrixRow): number {
  return row.order?.providerVersion ?? row.verification?.id ?? -1;
}

/**
 * The Pact Broker's row order: consumer, newest consumer version, provider, newest provider
 * version, newest verification.
 *
 * @example
 * rows.sort(compareRows);
 */
export function compareRows(a: MatrixRow, b: MatrixRow): number {
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
