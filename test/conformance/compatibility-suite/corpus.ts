/**
 * The Pact compatibility suite (Gherkin) as a corpus: one case per scenario, named
 * `<feature>: <scenario>`. Whether a case runs is decided from the step table before anything runs:
 * a scenario with a step that needs a capability seam lacks is skipped with that reason.
 */
import type { ConformanceCase, Corpus } from '../corpus.ts';
import { conformanceDir } from '../corpus.ts';
import { readFeatures, type Scenario } from './feature-files.ts';
import { runScenario, type StepDefinition, skipReason } from './step-registry.ts';
import { generatorSteps } from './steps/generators.ts';
import { matchingSteps } from './steps/matching.ts';
import { pendingSteps } from './steps/pending.ts';
import { createWorld } from './world.ts';

/** Every step definition: implemented ones, then the pending table. */
export const stepDefinitions: readonly StepDefinition[] = [
  ...matchingSteps,
  ...generatorSteps,
  ...pendingSteps,
];

function caseOf(scenario: Scenario): ConformanceCase {
  const skip = skipReason(stepDefinitions, scenario);
  return {
    name: `${scenario.feature}: ${scenario.name}`,
    ...(skip === undefined ? {} : { skip }),
    run: () => runScenario(stepDefinitions, scenario, createWorld(scenario.feature)),
  };
}

export const compatibilitySuite: Corpus = {
  name: 'pact-compatibility-suite',
  async cases() {
    return readFeatures(conformanceDir('pact-compatibility-suite', 'features')).map(caseOf);
  },
};
