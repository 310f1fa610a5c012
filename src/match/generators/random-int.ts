/** RandomInt {min = 0, max = 10}: an integer in [min, max]; a string where the value was a string. */
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { integerParameter, invalidParameter } from './parameters.ts';
import { randomInt, randomSource } from './random.ts';

/** Produces a RandomInt value. */
export function produceRandomInt(
  generator: Generator,
  context: GeneratorContext,
  current: unknown,
): Produced {
  const min = integerParameter(generator, 'min', 0);
  const max = integerParameter(generator, 'max', 10);
  if (min > max) throw invalidParameter(generator, 'min', `(${min}) must not be greater than 'max' (${max})`);
  const value = randomInt(randomSource(context), min, max);
  return { value: typeof current === 'string' ? String(value) : value };
}
