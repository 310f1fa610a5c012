/** RandomHexadecimal {digits = 10}: that many upper-case hexadecimal digits, as a string. */
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { checkGeneratedLength } from './limits.ts';
import { integerParameter } from './parameters.ts';
import { randomChars, randomSource } from './random.ts';

/** Produces a RandomHexadecimal value. */
export function produceRandomHexadecimal(generator: Generator, context: GeneratorContext): Produced {
  const digits = integerParameter(generator, 'digits', 10, 1);
  checkGeneratedLength(generator, 'digits', digits);
  return { value: randomChars(randomSource(context), '0123456789ABCDEF', digits) };
}
