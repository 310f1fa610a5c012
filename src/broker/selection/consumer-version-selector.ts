/** A consumer version selector, as the Pact Broker defines them (validated by `parseSelectors`). */

/**
 * One consumer version selector, validated.
 *
 * @example
 * const selector: ConsumerVersionSelector = { mainBranch: true };
 */
export interface ConsumerVersionSelector {
  readonly consumer?: string;
  readonly mainBranch?: true;
  readonly branch?: string;
  readonly fallbackBranch?: string;
  readonly fallbackToMainBranch?: true;
  readonly matchingBranch?: true;
  readonly tag?: string;
  readonly fallbackTag?: string;
  readonly latest?: boolean;
  readonly deployed?: true;
  readonly released?: true;
  readonly deployedOrReleased?: true;
  readonly environment?: string;
}
