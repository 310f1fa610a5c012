/** pact-js's consumer options (`PactV3Options`, `PactV4Options`) and their seam equivalent. */

import type { CreatePactOptions } from '../contract/index.ts';
import { definedOnly, SeamError } from '../core/index.ts';
import { seamSpec } from './specification-version.ts';

/**
 * pact-js's log levels; seam's library code never prints, so the level is accepted and unused.
 *
 * @example
 * const level: LogLevel = 'error';
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

/**
 * Options of `PactV3` and `PactV4`, with pact-js's names.
 *
 * @example
 * const options: PactV3Options = { consumer: 'web', provider: 'orders', dir: './pacts' };
 */
export interface PactV3Options {
  readonly consumer: string;
  readonly provider: string;
  /** Where `<consumer>-<provider>.json` is merged; default `./pacts`. */
  readonly dir?: string;
  /** Answer CORS pre-flight requests; default `true`, as pact-js. */
  readonly cors?: boolean;
  /** The mock server's port; default any free port. */
  readonly port?: number;
  /** A {@link SpecificationVersion} number; default V3 for `PactV3`, V4 for `PactV4`. */
  readonly spec?: number;
  readonly logLevel?: LogLevel;
  /** HTTPS mock server: not supported by seam (an error when `true`). */
  readonly tls?: boolean;
  /** The mock server's host; default loopback (127.0.0.1 and ::1, URL on 127.0.0.1). */
  readonly host?: string;
}

/** @see PactV3Options */
export type PactV4Options = PactV3Options;

/**
 * seam's `createPact` options for pact-js options.
 *
 * @throws SeamError `unsupported` for `tls: true` and V2.
 * @example
 * createPact(toCreatePactOptions({ consumer: 'web', provider: 'orders' }, 'V3'));
 */
export function toCreatePactOptions(options: PactV3Options, fallback: 'V3' | 'V4'): CreatePactOptions {
  if (options.tls === true)
    throw new SeamError('unsupported', 'seam/pact-js has no HTTPS mock server (tls: true); leave tls unset');
  return definedOnly({
    consumer: options.consumer,
    provider: options.provider,
    spec: seamSpec(options.spec, fallback),
    cors: options.cors ?? true,
    host: options.host,
    dir: options.dir,
    port: options.port,
  });
}
