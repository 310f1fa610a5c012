/** Shared by the part readers and writers: optional fields and errors. */
import { SeamError } from '../../core/index.ts';
import { describeValue, setOwn } from '../json/untyped-json.ts';

/**
 * `base` plus every entry of `optional` whose value is not undefined, so models and JSON never
 * carry `key: undefined` (exactOptionalPropertyTypes).
 *
 * @example
 * withOptional({ a: 1 }, { b: undefined, c: 2 }); // { a: 1, c: 2 }
 */
export function withOptional<T extends object, U extends object>(base: T, optional: U): T & Defined<U> {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) setOwn(result, key, value);
  }
  return result as T & Defined<U>;
}

/**
 * The value, or undefined when it has no keys (empty rule and generator sets are left out).
 *
 * @example
 * nonEmpty({}); // undefined
 * nonEmpty({ body: {} }); // { body: {} }
 */
export function nonEmpty<T extends object>(value: T): T | undefined {
  return Object.keys(value).length === 0 ? undefined : value;
}

/** `U` with every property optional and never undefined. */
export type Defined<U> = { [K in keyof U]?: Exclude<U[K], undefined> };

/**
 * The error for a part of a pact file that has the wrong shape.
 *
 * @example
 * throw partError('a request', 42, 'pact.json: $.interactions[0].request');
 */
export function partError(what: string, actual: unknown, location: string): SeamError {
  return new SeamError('invalid-pact', `expected ${what} (an object), got ${describeValue(actual)}`, {
    location,
  });
}
