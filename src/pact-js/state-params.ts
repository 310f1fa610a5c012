/** pact-js's check on provider-state parameters: they must survive JSON unchanged. */
import { isDeepStrictEqual } from 'node:util';
import { SeamError } from '../core/index.ts';

/**
 * Throws, as pact-js does, when state parameters hold `undefined` (or anything JSON drops).
 *
 * @throws SeamError `usage`.
 * @example
 * checkStateParams({ id: 1 }); // fine
 * checkStateParams({ id: undefined }); // throws
 */
export function checkStateParams(parameters: unknown): void {
  if (parameters === undefined) return;
  const json = JSON.stringify(parameters);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), parameters))
    throw new SeamError(
      'usage',
      `Invalid provider state parameters ${String(json)}: they must be JSON, without undefined values`,
    );
}
