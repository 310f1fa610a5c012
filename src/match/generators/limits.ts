/**
 * How much one generator may produce. A pact is input from whoever can publish one: a
 * `RandomString` of size 1e12 or a `Regex` of `a{100000000}` would otherwise exhaust the memory of
 * the verifier or the mock server (see decisions/007-generator-limits.md).
 */
import { SeamError } from '../../core/index.ts';
import type { Generator } from '../model.ts';

/**
 * The most characters one generator may produce: 1 MiB of text (1,048,576). Bigger values are an
 * error for the interaction, refused by `validatePact` before anything runs.
 *
 * @example
 * generateValue({ type: 'RandomString', size: maxGeneratedLength + 1 }, context); // throws generator-limit
 */
export const maxGeneratedLength = 1_048_576;

/** How many times the Regex generator repeats an unbounded quantifier (`*`, `+`, `{2,}`) at most. */
export const maxUnboundedRepeat = 20;

/**
 * The error for a generator that would produce more than {@link maxGeneratedLength} characters.
 *
 * @example
 * throw generatorLimitError({ type: 'RandomString', size: 1e12 }, 'size', 1e12);
 */
export function generatorLimitError(generator: Generator, name: string, length: number): SeamError {
  const problem =
    name === 'regex'
      ? `could produce more than the ${maxGeneratedLength} characters a generator may produce; make its repeats smaller`
      : `asks for ${length} characters, over the ${maxGeneratedLength} characters a generator may produce; make it smaller`;
  return new SeamError('generator-limit', `${generator.type} generator: '${name}' ${problem}`);
}

/**
 * Throws {@link generatorLimitError} when `length` is over the limit.
 *
 * @example
 * checkGeneratedLength({ type: 'RandomHexadecimal', digits: 12 }, 'digits', 12); // fine
 */
export function checkGeneratedLength(generator: Generator, name: string, length: number): void {
  if (length > maxGeneratedLength) throw generatorLimitError(generator, name, length);
}

/**
 * The most characters the text generators (RandomString, RandomDecimal, RandomHexadecimal, Regex)
 * may produce in all for one request, response or message: 16 MiB. One generator keyed by a path
 * that matches many values (`$.items[*].note` over 100,000 items) would otherwise multiply the
 * per-value limit.
 *
 * @example
 * maxGeneratedTotal; // 16777216
 */
export const maxGeneratedTotal = 16 * maxGeneratedLength;

const textGenerators = new Set(['RandomString', 'RandomDecimal', 'RandomHexadecimal', 'Regex']);
const spent = new WeakMap<object, number>();

/**
 * Counts a generated value against the total of the generation it belongs to (one context object
 * per request, response or message); throws `generator-limit` past {@link maxGeneratedTotal}.
 *
 * @example
 * chargeGenerated(scope, { type: 'RandomString', size: 10 }, 'a1b2c3d4e5');
 */
export function chargeGenerated(scope: object, generator: Generator, value: unknown): void {
  if (!textGenerators.has(generator.type)) return;
  const total = (spent.get(scope) ?? 0) + String(value).length;
  if (total > maxGeneratedTotal) {
    throw new SeamError(
      'generator-limit',
      `the generators of one request, response or message would produce more than ${maxGeneratedTotal} characters in all (a generator whose path matches many values?); make them produce less`,
    );
  }
  spent.set(scope, total);
}

/** The tokens of a regular expression as `ret` (randexp's parser) gives them. */
interface RegexToken {
  readonly type: number;
  readonly stack?: readonly RegexToken[];
  readonly options?: readonly (readonly RegexToken[])[];
  readonly remember?: boolean;
  readonly followedBy?: boolean;
  readonly notFollowedBy?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly value?: RegexToken | number;
}

// ret's token types (ret/dist/types/types.js).
const GROUP = 1;
const ROOT = 0;
const SET = 3;
const REPETITION = 5;
const REFERENCE = 6;
const CHAR = 7;

/** Saturating arithmetic: anything past the limit is `limit + 1`, so huge products never overflow. */
const over = maxGeneratedLength + 1;
const add = (a: number, b: number): number => Math.min(over, a + b);
const times = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : Math.min(over, a * b));

function sequence(tokens: readonly RegexToken[], groups: number[]): number {
  return tokens.reduce((total, token) => add(total, longest(token, groups)), 0);
}

function longestGroup(token: RegexToken, groups: number[]): number {
  if (token.followedBy === true || token.notFollowedBy === true) return 0;
  const slot = token.remember === true ? groups.push(0) - 1 : -1;
  const length =
    token.options === undefined
      ? sequence(token.stack ?? [], groups)
      : Math.max(0, ...token.options.map((option) => sequence(option, groups)));
  if (slot >= 0) groups[slot] = length;
  return length;
}

function longest(token: RegexToken, groups: number[]): number {
  switch (token.type) {
    case ROOT:
    case GROUP:
      return longestGroup(token, groups);
    case SET:
    case CHAR:
      return 1;
    case REPETITION: {
      const max = token.max === Infinity ? (token.min ?? 0) + maxUnboundedRepeat : (token.max ?? 0);
      return times(max, longest(token.value as RegexToken, groups));
    }
    case REFERENCE:
      return groups[(token.value as number) - 1] ?? 0;
    default:
      return 0;
  }
}

/**
 * The most characters the Regex generator can produce from randexp's tokens of an expression
 * (unbounded repeats counted as {@link maxUnboundedRepeat} more); anything over the limit is
 * reported as `maxGeneratedLength + 1`.
 *
 * @example
 * longestRegexOutput(new RandExp('a{3}(b|cd)*').tokens); // 3 + 20 × 2 = 43
 */
export function longestRegexOutput(tokens: unknown): number {
  return longest(tokens as RegexToken, []);
}
