/** `reify`: a value with its matchers replaced by their examples. */

import { createSink } from './expectations.ts';
import { walkJson } from './walk-json.ts';

/**
 * The example a value with matchers stands for (what the mock server returns, what a message
 * handler receives before generators run). `extractPayload` is pact-js's other name for it.
 *
 * @example
 * reify({ id: integer(7), tags: eachLike('new') }); // { id: 7, tags: ['new'] }
 */
export function reify<T = unknown>(value: unknown): T {
  return walkJson(value, '$', createSink()) as T;
}

/**
 * pact-js's alias of {@link reify}.
 *
 * @example
 * extractPayload(like({ id: 1 })); // { id: 1 }
 */
export const extractPayload = reify;
