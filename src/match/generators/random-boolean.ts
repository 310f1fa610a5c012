/** RandomBoolean: `true` or `false` (as text in headers, query parameters and paths). */
import type { GeneratorContext, Produced } from './context.ts';
import { randomSource } from './random.ts';

/** Produces a RandomBoolean value. */
export function produceRandomBoolean(_generator: unknown, context: GeneratorContext): Produced {
  return { value: randomSource(context)() < 0.5 };
}
