/**
 * Steps that need a capability seam does not have yet. A scenario using any of them is skipped with
 * the capability as its reason, decided before it runs. When the capability lands, its steps move
 * from here to a file of their own with a `run`.
 */
import { definePending, type StepDefinition } from '../step-registry.ts';

const pactBroker: readonly RegExp[] = [
  /^a Pact file for interaction \d+ is to be verified from a Pact broker$/,
  /^publishing of verification results is enabled$/,
  /^a (successful|failed) verification result will be published back /,
  /^a verification result will NOT be published back$/,
];

/** The pending table: every step of the features seam cannot run yet, by the capability it needs. */
export const pendingSteps: readonly StepDefinition[] = [
  ...pactBroker.map((pattern) => definePending(pattern, 'pact broker')),
];
