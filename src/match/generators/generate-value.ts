/** One generator → one value: dispatch by type, the mode rule, and reporting what could not be generated. */
import { SeamError } from '../../core/index.ts';
import type { Generator, GeneratorType } from '../model.ts';
import { appliesInMode, type GeneratorContext, type Produced } from './context.ts';
import { produceDateTime } from './date-time.ts';
import { produceMockServerUrl } from './mock-server-url.ts';
import { produceFromProviderState } from './provider-state.ts';
import { produceRandomBoolean } from './random-boolean.ts';
import { produceRandomDecimal } from './random-decimal.ts';
import { produceRandomHexadecimal } from './random-hexadecimal.ts';
import { produceRandomInt } from './random-int.ts';
import { produceRandomString } from './random-string.ts';
import { produceFromRegex } from './regex.ts';
import { produceUuid } from './uuid.ts';

type Producer = (generator: Generator, context: GeneratorContext, current: unknown) => Produced;

const PRODUCERS: Readonly<Record<GeneratorType, Producer>> = {
  RandomInt: produceRandomInt,
  RandomDecimal: produceRandomDecimal,
  RandomHexadecimal: produceRandomHexadecimal,
  RandomString: produceRandomString,
  Regex: produceFromRegex,
  Uuid: produceUuid,
  Date: produceDateTime,
  Time: produceDateTime,
  DateTime: produceDateTime,
  RandomBoolean: produceRandomBoolean,
  ProviderState: produceFromProviderState,
  MockServerURL: produceMockServerUrl,
};

/**
 * Runs one generator. Throws `SeamError('invalid-generator')` for an unknown type or a bad parameter.
 */
export function produceValue(generator: Generator, context: GeneratorContext, current: unknown): Produced {
  const producer = Object.hasOwn(PRODUCERS, generator.type) ? PRODUCERS[generator.type] : undefined;
  if (producer === undefined) {
    const known = Object.keys(PRODUCERS).join(', ');
    throw new SeamError(
      'invalid-generator',
      `Unknown generator type '${String(generator.type)}' (known: ${known})`,
    );
  }
  return producer(generator, context, current);
}

/**
 * Generates a value. `current` is the value being replaced: RandomInt and RandomDecimal keep its
 * kind (string or number). A generator that does not run in `context.mode` returns `current`; so
 * does one that cannot produce a value here (a provider-state key that is missing, no mock-server
 * URL), after telling `context.onIssue`. A bad parameter (RandomInt `min` > `max`, an unusable
 * regex, an invalid format or expression, an unknown UUID format) throws `SeamError('invalid-generator')`.
 *
 * @example
 * generateValue({ type: 'RandomInt', min: 1, max: 6 }, { mode: 'consumer', random: createSeededRandom(1) }); // e.g. 4
 * generateValue({ type: 'ProviderState', expression: '${id}' }, { mode: 'provider', providerState: { id: 42 } }); // 42
 * generateValue({ type: 'Date', format: 'dd/MM/yyyy', expression: 'tomorrow' }, { mode: 'consumer' }); // e.g. '25/11/2026'
 */
export function generateValue(generator: Generator, context: GeneratorContext, current?: unknown): unknown {
  if (!appliesInMode(generator, context.mode)) return current;
  const produced = produceValue(generator, context, current);
  if ('value' in produced) return produced.value;
  context.onIssue?.({ generator: generator.type, message: produced.skipped });
  return current;
}
