/** The V4 `statusCode` matcher: a response status by class (`success`, `clientError`, …) or by list. */
import type { StatusCodeClass } from '../../match/index.ts';
import type { Matcher } from './matcher.ts';

/**
 * A status class, in seam's names or pact-js's `HTTPResponseStatusClass` names (`information`).
 *
 * @example
 * const status: StatusClassName = 'clientError';
 */
export type StatusClassName = StatusCodeClass | 'information';

const examples: Record<StatusClassName, number> = {
  info: 100,
  information: 100,
  success: 200,
  redirect: 302,
  clientError: 400,
  serverError: 500,
  nonError: 200,
  error: 500,
};

/**
 * A status in the class or list; the example defaults to a typical one (200 for `success`, the
 * first code of a list).
 *
 * @example
 * statusCode('success'); // { 'pact:matcher:type': 'statusCode', status: 'success', value: 200 }
 * statusCode([200, 201], 201);
 */
export function statusCode(status: StatusClassName | readonly number[], example?: number): Matcher<number> {
  const value = example ?? (typeof status === 'string' ? examples[status] : (status[0] ?? 200));
  const normalised = status === 'information' ? 'info' : status;
  return { 'pact:matcher:type': 'statusCode', status: normalised, value };
}

/**
 * pact-js v17's name and argument order for {@link statusCode}.
 *
 * @example
 * matchStatus(201, 'success');
 */
export function matchStatus(example: number, status: StatusClassName | readonly number[]): Matcher<number> {
  return statusCode(status, example);
}
