/**
 * Pact Broker steps (V1 http_provider): verify pacts fetched from a mock Pact Broker, publish the
 * results, and check what the broker received, as the reference does.
 */
import { interactionAt } from '../http-interactions.ts';
import { type BrokerRequest, publishedResults, startMockBroker } from '../mock-broker.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { brokerPactJson, verificationState } from '../verification-state.ts';
import type { World } from '../world.ts';

async function addBroker(world: World, n: number): Promise<void> {
  const pact = brokerPactJson(world, `c_${n}`, interactionAt(world.interactions, n));
  const broker = await startMockBroker(n, pact);
  world.cleanups.push(() => broker.close());
  verificationState(world).brokers.push(broker);
}

function describeRequests(requests: readonly BrokerRequest[]): string {
  if (requests.length === 0) return 'none';
  return requests
    .map((request) => `${request.matched ? '' : 'unmatched '}${JSON.stringify(request.body)}`)
    .join(', ');
}

/** A matched POST of results for `c_n` whose `success` is `success`, as the reference checks. */
function assertPublished(world: World, n: number, success: boolean): void {
  const published = publishedResults(verificationState(world).brokers, n);
  const found = published.some(
    (request) => request.matched && (request.body as { success?: unknown } | undefined)?.success === success,
  );
  if (!found) {
    throw new Error(
      `No ${success ? 'successful' : 'failed'} verification result was published for interaction ${n} (got ${describeRequests(published)})`,
    );
  }
}

export const pactBrokerSteps: readonly StepDefinition[] = [
  defineStep('a Pact file for interaction {int} is to be verified from a Pact broker', (world, [n = '']) =>
    addBroker(world, Number(n)),
  ),
  defineStep('publishing of verification results is enabled', (world) => {
    verificationState(world).publish = true;
  }),
  defineStep(
    'a successful verification result will be published back for interaction {{int}}',
    (world, [n = '']) => assertPublished(world, Number(n), true),
  ),
  defineStep(
    'a failed verification result will be published back for the interaction {{int}}',
    (world, [n = '']) => assertPublished(world, Number(n), false),
  ),
  defineStep('a verification result will NOT be published back', (world) => {
    const published = verificationState(world).brokers.flatMap((broker) =>
      broker.received.filter((request) => request.path.endsWith('/verification-results')),
    );
    if (published.length > 0)
      throw new Error(`Verification results were published: ${describeRequests(published)}`);
  }),
];
