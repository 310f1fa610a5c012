/**
 * The Pact compatibility suite (Gherkin) as a corpus: one case per scenario, named
 * `<feature>: <scenario>`. Whether a case runs is decided from the step table before anything runs:
 * a scenario with a step that needs a capability seam lacks is skipped with that reason.
 */
import type { ConformanceCase, Corpus } from '../corpus.ts';
import { conformanceDir } from '../corpus.ts';
import { readFeatures, type Scenario } from './feature-files.ts';
import { runScenario, type StepDefinition, skipReason } from './step-registry.ts';
import { consumerPactFileSteps } from './steps/consumer-pact-files.ts';
import { consumerTestSteps } from './steps/consumer-tests.ts';
import { generatorSteps } from './steps/generators.ts';
import { httpProviderSteps } from './steps/http-provider.ts';
import { interactionSteps } from './steps/interactions.ts';
import { matchingSteps } from './steps/matching.ts';
import { messageProviderSteps } from './steps/message-provider.ts';
import { mockServerSteps } from './steps/mock-server.ts';
import { mockServerPactFileSteps } from './steps/mock-server-pact-file.ts';
import { pactBrokerSteps } from './steps/pact-broker.ts';
import { pendingSteps } from './steps/pending.ts';
import { receivedMessageSteps } from './steps/received-messages.ts';
import { verificationSteps } from './steps/verification.ts';
import { createWorld, disposeWorld } from './world.ts';

/** Every step definition: implemented ones, then the pending table. */
export const stepDefinitions: readonly StepDefinition[] = [
  ...matchingSteps,
  ...generatorSteps,
  ...interactionSteps,
  ...mockServerSteps,
  ...mockServerPactFileSteps,
  ...consumerTestSteps,
  ...consumerPactFileSteps,
  ...receivedMessageSteps,
  ...httpProviderSteps,
  ...messageProviderSteps,
  ...verificationSteps,
  ...pactBrokerSteps,
  ...pendingSteps,
];

/** Runs a scenario in a fresh world, then closes what its steps started, whatever the outcome. */
export async function runInFreshWorld(
  definitions: readonly StepDefinition[],
  scenario: Scenario,
): Promise<void> {
  const world = createWorld(scenario.feature);
  try {
    await runScenario(definitions, scenario, world);
  } finally {
    await disposeWorld(world);
  }
}

function caseOf(scenario: Scenario): ConformanceCase {
  const skip = skipReason(stepDefinitions, scenario);
  return {
    name: `${scenario.feature}: ${scenario.name}`,
    ...(skip === undefined ? {} : { skip }),
    run: () => runInFreshWorld(stepDefinitions, scenario),
  };
}

export const compatibilitySuite: Corpus = {
  name: 'pact-compatibility-suite',
  async cases() {
    return readFeatures(conformanceDir('pact-compatibility-suite', 'features')).map(caseOf);
  },
};
