/** Options of `createPact`, resolved once. */
import path from 'node:path';
import type { ContractRuntime } from './runtime.ts';

/**
 * Options of {@link createPact}.
 *
 * @example
 * const options: CreatePactOptions = { consumer: 'order-service', provider: 'payment-service', dir: './pacts' };
 */
export interface CreatePactOptions {
  readonly consumer: string;
  readonly provider: string;
  /** Where the pact file `<consumer>-<provider>.json` is merged; default `./pacts`. */
  readonly dir?: string;
  /** The pact specification of the file; default `V4`. */
  readonly spec?: 'V3' | 'V4';
  /** The mock server's host; default loopback (127.0.0.1 and ::1). */
  readonly host?: string;
  /** The mock server's port; default 0 (any free port). */
  readonly port?: number;
  /** Whether the mock server answers CORS pre-flight requests. */
  readonly cors?: boolean;
  /** Replaces the mock server and pact-file merger (for embedding and tests). */
  readonly runtime?: ContractRuntime;
}

/**
 * The options with defaults applied, and the pact file's path.
 *
 * @example
 * const settings: PactSettings = resolvePactOptions({ consumer: 'a', provider: 'b' });
 */
export interface PactSettings {
  readonly consumer: string;
  readonly provider: string;
  readonly spec: 'V3' | 'V4';
  readonly file: string;
  readonly host?: string;
  readonly port?: number;
  readonly cors?: boolean;
  readonly runtime?: ContractRuntime;
}

/**
 * Applies the defaults to the options.
 *
 * @example
 * resolvePactOptions({ consumer: 'a', provider: 'b' }).file; // '<cwd>/pacts/a-b.json'
 */
export function resolvePactOptions(options: CreatePactOptions): PactSettings {
  const file = path.resolve(options.dir ?? 'pacts', `${options.consumer}-${options.provider}.json`);
  const { dir: _dir, spec = 'V4', ...rest } = options;
  return { ...rest, spec, file };
}
