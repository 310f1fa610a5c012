/** The compatibility matrix as YAML, JSON or a plain-text table. */
import { stringify } from 'yaml';
import type { CompatibilityMatrix } from './compatibility-matrix.ts';

/** The formats `seam matrix` prints. */
export type MatrixFormat = 'yaml' | 'json' | 'table';

/**
 * The matrix in a format; undefined fields are left out of YAML and JSON.
 *
 * @example
 * process.stdout.write(formatCompatibilityMatrix(matrix, 'yaml'));
 */
export function formatCompatibilityMatrix(matrix: CompatibilityMatrix, format: MatrixFormat): string {
  const plain = JSON.parse(JSON.stringify(matrix)) as unknown;
  if (format === 'json') return `${JSON.stringify(plain, null, 2)}\n`;
  if (format === 'yaml') return stringify(plain, { lineWidth: 0 });
  return table(matrix);
}

function table(matrix: CompatibilityMatrix): string {
  const rows: string[][] = [['CONSUMER', 'PROVIDER', 'RESULT', 'DEPLOYED', 'FAILURES']];
  for (const entry of matrix.consumers)
    for (const { provider, verifications } of entry.providers)
      for (const verification of verifications)
        rows.push([
          `${entry.consumer} ${entry.consumerVersion}`,
          verification.success === null
            ? `${provider} (none)`
            : `${provider} ${verification.providerVersion}`,
          verification.success === null ? 'unverified' : verification.success ? 'verified' : 'FAILED',
          entry.environments.join(', '),
          verification.failures
            .map((failure) => `${failure.interaction}: ${failure.mismatches.join('; ')}`)
            .join(' | '),
        ]);
  if (rows.length === 1) return 'No pacts found.\n';
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return `${rows
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}
