/** Drawing integers and characters from the context's source of randomness. */
import type { GeneratorContext } from './context.ts';

/** The context's random source, or `Math.random`. */
export function randomSource(context: GeneratorContext): () => number {
  return context.random ?? Math.random;
}

/** A uniform integer in [min, max], both inclusive. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** `length` characters drawn uniformly from `alphabet`. */
export function randomChars(random: () => number, alphabet: string, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++)
    text += alphabet.charAt(randomInt(random, 0, alphabet.length - 1));
  return text;
}
