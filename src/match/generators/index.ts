/**
 * Pact generators (V3 and V4): values generated in place of the examples of a request, response or
 * message — random numbers and strings, UUIDs, dates, values from provider states, mock-server URLs.
 */
export { generateMessage } from './apply-to-message.ts';
export { generateRequest } from './apply-to-request.ts';
export { generateResponse } from './apply-to-response.ts';
export {
  appliesInMode,
  type GeneratorContext,
  type GeneratorIssue,
  type GeneratorMode,
} from './context.ts';
export { generateValue } from './generate-value.ts';
export { generatorProblem } from './generator-problem.ts';
export { maxGeneratedLength } from './limits.ts';
export { createSeededRandom } from './seeded-random.ts';
