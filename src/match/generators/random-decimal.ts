/**
 * RandomDecimal {digits = 10}: `digits` digits with a decimal point inside (`1234.567890`), no
 * leading zero, as the Rust core's `generate_decimal`. A number where the value was a number
 * (however the JSON wrote it), else a string. One digit gives a whole number, as in Rust.
 */
import { isJsonNumber, JsonFloat } from '../../core/index.ts';
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { checkGeneratedLength } from './limits.ts';
import { integerParameter } from './parameters.ts';
import { randomChars, randomInt, randomSource } from './random.ts';

/** A decimal number written with `digits` digits. */
export function decimalText(random: () => number, digits: number): string {
  const first = randomChars(random, digits > 1 ? '123456789' : '0123456789', 1);
  const text = first + randomChars(random, '0123456789', digits - 1);
  if (digits === 1) return text;
  const point = randomInt(random, 1, digits - 1);
  return `${text.slice(0, point)}.${text.slice(point)}`;
}

/** A decimal as a JSON number; a whole value is a JsonFloat, written `5.0` as serde_json writes an f64. */
function asNumber(text: string): number | JsonFloat {
  const value = Number(text);
  return Number.isInteger(value) ? new JsonFloat(value) : value;
}

/** Produces a RandomDecimal value. */
export function produceRandomDecimal(
  generator: Generator,
  context: GeneratorContext,
  current: unknown,
): Produced {
  const digits = integerParameter(generator, 'digits', 10, 1);
  checkGeneratedLength(generator, 'digits', digits);
  const text = decimalText(randomSource(context), digits);
  return { value: isJsonNumber(current) ? asNumber(text) : text };
}
