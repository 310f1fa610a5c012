/**
 * Regex {regex}: a random string the regular expression matches. Like the Rust core, one leading
 * `^` and trailing `$` are dropped and unbounded repeats stop at 20. Java-only syntax is rewritten
 * first (see java-regex.ts); an expression that still cannot be used is an invalid parameter. An
 * expression whose bounded repeats could produce more than `maxGeneratedLength` characters
 * (`a{100000000}`) is refused before anything is generated.
 */
import RandExpModule from 'randexp';
import { errorMessage, isSeamError } from '../../core/index.ts';
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { stripAnchors, toJavaScriptRegex } from './java-regex.ts';
import { checkGeneratedLength, longestRegexOutput, maxUnboundedRepeat } from './limits.ts';
import { invalidParameter, requiredString } from './parameters.ts';
import { randomInt, randomSource } from './random.ts';

// randexp is CommonJS whose typings declare an ES default export; at runtime the default import is
// the class itself.
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

function compile(generator: Generator, regex: string): RegExp {
  try {
    const { source, flags } = toJavaScriptRegex(stripAnchors(regex), true);
    return new RegExp(source, flags);
  } catch (cause) {
    const reason = errorMessage(cause);
    throw invalidParameter(generator, 'regex', `'${regex}' cannot be used: ${reason}`, cause);
  }
}

function tokenize(generator: Generator, regex: string): InstanceType<typeof RandExp> {
  try {
    const randexp = new RandExp(compile(generator, regex));
    randexp.max = maxUnboundedRepeat;
    return randexp;
  } catch (cause) {
    if (isSeamError(cause)) throw cause;
    throw invalidParameter(
      generator,
      'regex',
      `'${regex}' cannot be generated from: ${String(cause)}`,
      cause,
    );
  }
}

// randexp keeps the parsed expression in a field its typings mark private.
function tokensOf(randexp: InstanceType<typeof RandExp>): unknown {
  return (randexp as unknown as { readonly tokens: unknown }).tokens;
}

/**
 * The generator for a Regex generator's expression, once it is known to compile and to produce at
 * most `maxGeneratedLength` characters; throws `invalid-generator` or `generator-limit` otherwise.
 *
 * @example
 * prepareRegexGenerator({ type: 'Regex', regex: '\\d{4}' }).gen(); // e.g. '4821'
 */
export function prepareRegexGenerator(generator: Generator): InstanceType<typeof RandExp> {
  const randexp = tokenize(generator, requiredString(generator, 'regex'));
  checkGeneratedLength(generator, 'regex', longestRegexOutput(tokensOf(randexp)));
  return randexp;
}

/** Produces a Regex value. */
export function produceFromRegex(generator: Generator, context: GeneratorContext): Produced {
  const regex = requiredString(generator, 'regex');
  const randexp = prepareRegexGenerator(generator);
  try {
    const random = randomSource(context);
    randexp.randInt = (min, max) => randomInt(random, min, max);
    return { value: randexp.gen() };
  } catch (cause) {
    throw invalidParameter(
      generator,
      'regex',
      `'${regex}' cannot be generated from: ${String(cause)}`,
      cause,
    );
  }
}
