/**
 * The one table from error code to exit code: 0 ok, 1 a failed check or an environment that broke
 * (a broker that cannot be reached, a file that cannot be written), 2 misuse (usage, configuration,
 * input that cannot be read as what it should be).
 */
import type { SeamErrorCode } from '../core/index.ts';

const exitCodeByCode: Readonly<Record<SeamErrorCode, 1 | 2>> = {
  usage: 2,
  config: 2,
  io: 1,
  parse: 2,
  'invalid-pact': 2,
  'invalid-matching-rule': 2,
  'invalid-generator': 2,
  'generator-limit': 2,
  unsupported: 2,
  internal: 1,
  'invalid-request': 2,
  'not-found': 1,
  'method-not-allowed': 2,
  'too-large': 2,
  timeout: 1,
};

/**
 * The exit code for a thrown value: a `SeamError` by its `code`, 1 for anything else. Read by the
 * `code` field, without importing core, so that the CLI's prologue stays lazy.
 *
 * @example
 * exitCodeOf(new SeamError('usage', '--provider-base-url is required.')); // 2
 * exitCodeOf(new SeamError('io', 'cannot reach the Pact Broker')); // 1
 */
export function exitCodeOf(error: unknown): 1 | 2 {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && Object.hasOwn(exitCodeByCode, code)
    ? exitCodeByCode[code as SeamErrorCode]
    : 1;
}
