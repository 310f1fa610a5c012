/**
 * Whether a generator can run at all: the same producers run once on a throwaway context, so a
 * pact validator refuses exactly what the verifier and the mock server would refuse.
 */
import { isSeamError } from '../../core/index.ts';
import type { Generator } from '../model.ts';
import type { GeneratorContext } from './context.ts';
import { produceValue } from './generate-value.ts';
import { prepareRegexGenerator } from './regex.ts';

const dryRun: GeneratorContext = {
  mode: 'provider',
  providerState: {},
  mockServerUrl: 'http://127.0.0.1:1',
  clock: () => new Date(Date.UTC(2000, 0, 1)),
  random: () => 0.5,
  timeZone: 'UTC',
};

/**
 * Why the generator cannot produce a value whatever the context (a bad parameter, an invalid regex,
 * format or expression, more than `maxGeneratedLength` characters), or undefined when it can.
 * Values that only the run supplies (provider-state keys, the mock server's URL) are not needed.
 *
 * @example
 * generatorProblem({ type: 'RandomInt', min: 5, max: 1 }); // "RandomInt generator: 'min' (5) must not be greater than 'max' (1)"
 * generatorProblem({ type: 'Uuid' }); // undefined
 */
export function generatorProblem(generator: Generator): string | undefined {
  try {
    // A Regex is checked without generating (up to the limit, that can take a second).
    if (generator.type === 'Regex') prepareRegexGenerator(generator);
    else produceValue(generator, dryRun, null);
    return undefined;
  } catch (error) {
    if (isSeamError(error, 'invalid-generator') || isSeamError(error, 'generator-limit'))
      return error.message;
    throw error;
  }
}
