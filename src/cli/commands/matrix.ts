/**
 * `seam matrix [--pacticipant P] [--format yaml|json|table] --broker-url URL`: the compatibility
 * matrix of a pacticipant or of the whole system, from a seam broker, with the failures that
 * block. Exit 0 when nothing is broken, 1 when a latest verification failed or the broker refused,
 * 2 usage error.
 */
import {
  fetchCompatibilityMatrix,
  formatCompatibilityMatrix,
  type MatrixFormat,
} from '../../broker/index.ts';
import { brokerOptionsHelp, runBrokerCommand } from '../broker-command.ts';
import type { CommandIo } from '../command.ts';
import { formatUsage } from '../usage.ts';

/** The text `seam matrix --help` prints. */
export const usage = formatUsage(
  'seam matrix [--pacticipant P] [--format yaml|json|table] --broker-url URL',
  [
    ['--pacticipant P', 'only the pacts of this application, as consumer and as provider (default: all)'],
    ['--format F', 'yaml, json or table (default table)'],
    ...brokerOptionsHelp,
  ],
);

const formats = new Set(['yaml', 'json', 'table']);

/** Runs `seam matrix` with the arguments after `matrix`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const spec = { pacticipant: { type: 'string' }, format: { type: 'string' } } as const;
  return runBrokerCommand('matrix', usage, args, io, spec, [], async (values, connection) => {
    const format = (values.format as string | undefined) ?? 'table';
    if (!formats.has(format)) {
      io.err(`--format must be yaml, json or table, not ${JSON.stringify(format)}.\n${usage}`);
      return 2;
    }
    const matrix = await fetchCompatibilityMatrix(connection, values.pacticipant as string | undefined);
    io.out(formatCompatibilityMatrix(matrix, format as MatrixFormat));
    return matrix.breaking.length === 0 ? 0 : 1;
  });
}
