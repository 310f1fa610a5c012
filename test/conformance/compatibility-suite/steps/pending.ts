/**
 * Steps that need a capability seam does not have yet. A scenario using any of them is skipped with
 * the capability as its reason, decided before it runs. When the capability lands, its steps move
 * from here to a file of their own with a `run`.
 */
import type { StepDefinition } from '../step-registry.ts';

/** The pending table: every step of the features seam cannot run yet, by the capability it needs. */
export const pendingSteps: readonly StepDefinition[] = [];
