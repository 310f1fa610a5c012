/** The `statusCode` rule (V4): a response status within a class or a list of codes. */

import type { MatchingRule, StatusCodeClass } from '../model.ts';
import { debugRule } from '../rule-debug.ts';
import type { RuleMatcher, Verdict } from './rule-matcher.ts';

type StatusCodeRule = Extract<MatchingRule, { match: 'statusCode' }>;

const CLASSES: Readonly<Record<StatusCodeClass, { text: string; test: (code: number) => boolean }>> = {
  info: { text: 'Informational response (100–199)', test: (code) => code >= 100 && code <= 199 },
  success: { text: 'Successful response (200–299)', test: (code) => code >= 200 && code <= 299 },
  redirect: { text: 'Redirect (300–399)', test: (code) => code >= 300 && code <= 399 },
  clientError: { text: 'Client error (400–499)', test: (code) => code >= 400 && code <= 499 },
  serverError: { text: 'Server error (500–599)', test: (code) => code >= 500 && code <= 599 },
  nonError: { text: 'Non-error response (< 400)', test: (code) => code < 400 },
  error: { text: 'Error response (>= 400)', test: (code) => code >= 400 },
};

/**
 * Checks a status code against the rule's class or codes.
 *
 * @example
 * matchStatusCode(400, 'success'); // 'Expected status code 400 to be a Successful response (200–299)'
 */
export function matchStatusCode(code: number, status: StatusCodeRule['status']): Verdict {
  if (typeof status === 'string') {
    const statusClass = CLASSES[status];
    if (statusClass === undefined) return `Expected status code ${code} to be a ${status}`;
    return statusClass.test(code) ? undefined : `Expected status code ${code} to be a ${statusClass.text}`;
  }
  return status.includes(code) ? undefined : `Expected status code ${code} to be a [${status.join(', ')}]`;
}

/** Checks for `{ match: 'statusCode', status }`. */
export const statusCodeMatcher: RuleMatcher<StatusCodeRule> = {
  status: (rule, _expected, actual) => matchStatusCode(actual, rule.status),
  text: (rule, _expected, actual) => {
    if (!/^[0-9]+$/.test(actual) || Number(actual) > 65535) {
      return `Unable to match '${actual}' using ${debugRule(rule)} - invalid digit found in string`;
    }
    return matchStatusCode(Number(actual), rule.status);
  },
};
