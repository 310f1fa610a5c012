/**
 * Regex {regex}: a random string the regular expression matches. Like the Rust core, one leading
 * `^` and trailing `$` are dropped and unbounded repeats stop at 20. Java-only syntax is rewritten
 * first (see java-regex.ts); an expression that still cannot be used is an invalid parameter.
 */
import RandExpModule from 'randexp';
import { errorMessage } from '../../core/errors.ts';
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { stripAnchors, toJavaScriptRegex } from './java-regex.ts';
import { invalidParameter, requiredString } from './parameters.ts';
import { randomInt, randomSource } from './random.ts';

// randexp is CommonJS whose typings declare an ES default export; at runtime the default import is
// the class itself.
const RandExp = RandExpModule as unknown as typeof RandExpModule.default;

const MAX_REPEAT = 20;

function compile(generator: Generator, regex: string): RegExp {
  try {
    const { source, flags } = toJavaScriptRegex(stripAnchors(regex), true);
    return new RegExp(source, flags);
  } catch (cause) {
    const reason = errorMessage(cause);
    throw invalidParameter(generator, 'regex', `'${regex}' cannot be used: ${reason}`, cause);
  }
}

/** Produces a Regex value. */
export function produceFromRegex(generator: Generator, context: GeneratorContext): Produced {
  const regex = requiredString(generator, 'regex');
  const compiled = compile(generator, regex);
  try {
    const randexp = new RandExp(compiled);
    const random = randomSource(context);
    randexp.max = MAX_REPEAT;
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
