/** The interactions table the consumer and provider features start from. */
import { readInteractionsTable } from '../http-interactions.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';

export const interactionSteps: readonly StepDefinition[] = [
  defineStep('the following HTTP interactions have been defined:', (world, _args, step) => {
    world.interactions.push(...readInteractionsTable(step, world.spec));
  }),
];
