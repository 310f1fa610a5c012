/** The `semver` rule: the value must be a valid semantic version (semver.org 2.0). */
import { stringifyJson } from '../../core/index.ts';
import type { MatchingRule } from '../model.ts';
import { matches, type RuleMatcher } from './rule-matcher.ts';

const POSITIONS = ['major version number', 'minor version number', 'patch version number'] as const;
const U64_MAX = 18446744073709551615n;

/**
 * Why the text is not a semantic version, in the words of Rust's `semver` crate; `undefined` when it is.
 *
 * @example
 * semverError('1.0'); // 'unexpected end of input while parsing minor version number'
 */
export function semverError(text: string): string | undefined {
  if (text === '') return 'empty string, expected a semver version';
  let rest = text;
  for (let i = 0; i < 3; i++) {
    const position = POSITIONS[i] as string;
    const digits = /^[0-9]*/.exec(rest)?.[0] ?? '';
    if (digits === '')
      return rest === ''
        ? `unexpected end of input while parsing ${position}`
        : `unexpected character '${rest[0]}' while parsing ${position}`;
    if (digits.length > 1 && digits.startsWith('0')) return `invalid leading zero in ${position}`;
    if (BigInt(digits) > U64_MAX) return `value of ${position} exceeds u64::MAX`;
    rest = rest.slice(digits.length);
    if (i < 2) {
      if (rest === '') return `unexpected end of input while parsing ${position}`;
      if (rest[0] !== '.') return `unexpected character '${rest[0]}' after ${position}`;
      rest = rest.slice(1);
    }
  }
  return suffixError(rest);
}

function suffixError(rest: string): string | undefined {
  const match = /^(?:-([^+]*))?(?:\+(.*))?$/.exec(rest);
  if (match === null) return `unexpected character '${rest[0]}' after patch version number`;
  const [, pre, build] = match;
  if (pre !== undefined) {
    const error = identifiersError(pre, 'pre-release identifier', true);
    if (error !== undefined) return error;
  }
  return build === undefined ? undefined : identifiersError(build, 'build metadata', false);
}

function identifiersError(text: string, position: string, numericRules: boolean): string | undefined {
  for (const part of text.split('.')) {
    if (part === '') return `empty identifier segment in ${position}`;
    const bad = /[^0-9A-Za-z-]/.exec(part);
    if (bad !== null) return `unexpected character '${bad[0]}' while parsing ${position}`;
    if (numericRules && /^[0-9]+$/.test(part) && part.length > 1 && part.startsWith('0')) {
      return `invalid leading zero in ${position}`;
    }
  }
  return undefined;
}

const check = (text: string) => {
  const error = semverError(text);
  return error === undefined ? undefined : `'${text}' is not a valid semantic version - ${error}`;
};

/** Checks for `{ match: 'semver' }`. */
export const semverMatcher: RuleMatcher<MatchingRule> = {
  text: (_rule, _expected, actual) => check(actual),
  json: (_rule, _expected, actual) =>
    typeof actual === 'string'
      ? check(actual)
      : `Expected something that matches a semantic version, but got '${stringifyJson(actual)}'`,
  list: matches,
};
