/** RandomString {size = 10}: that many ASCII letters and digits (at most `maxGeneratedLength`). */
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { checkGeneratedLength } from './limits.ts';
import { integerParameter } from './parameters.ts';
import { randomChars, randomSource } from './random.ts';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Produces a RandomString value. */
export function produceRandomString(generator: Generator, context: GeneratorContext): Produced {
  const size = integerParameter(generator, 'size', 10, 0);
  checkGeneratedLength(generator, 'size', size);
  return { value: randomChars(randomSource(context), ALPHANUMERIC, size) };
}
