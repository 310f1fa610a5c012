/** Running a consumer's contract tests one interaction at a time, with the outcome as data. */
import path from 'node:path';

/**
 * One consumer test: the interaction's description and the test that records it.
 *
 * @example
 * const test: ContractCase = { description: 'a payment for an order', run: () => pact.executeTest(…) };
 */
export interface ContractCase {
  readonly description: string;
  readonly run: () => Promise<unknown>;
}

/**
 * How one interaction's consumer test went; `error` is the test's or the mock server's report.
 *
 * @example
 * if (!outcome.ok) console.error(outcome.error);
 */
export interface InteractionOutcome {
  readonly description: string;
  readonly ok: boolean;
  readonly error?: string;
}

/**
 * The outcome of a contract's consumer tests and the pact file they merged into.
 *
 * @example
 * const result: ContractRunResult = await runPaymentContract('pacts');
 * console.log(`${result.pactFile}: ${result.interactions.length} interactions, ok=${result.ok}`);
 */
export interface ContractRunResult {
  readonly consumer: string;
  readonly provider: string;
  readonly pactFile: string;
  readonly ok: boolean;
  readonly interactions: readonly InteractionOutcome[];
}

/**
 * Runs the cases in order (they merge into the same pact file), never throwing for a failed case.
 *
 * @example
 * await runContractCases({ consumer: 'order-service', provider: 'payment-service', pactDir }, cases);
 */
export async function runContractCases(
  pair: { readonly consumer: string; readonly provider: string; readonly pactDir: string },
  cases: readonly ContractCase[],
): Promise<ContractRunResult> {
  const interactions: InteractionOutcome[] = [];
  for (const each of cases) {
    try {
      await each.run();
      interactions.push({ description: each.description, ok: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      interactions.push({ description: each.description, ok: false, error: message });
    }
  }
  return {
    consumer: pair.consumer,
    provider: pair.provider,
    pactFile: path.resolve(pair.pactDir, `${pair.consumer}-${pair.provider}.json`),
    ok: interactions.every((outcome) => outcome.ok),
    interactions,
  };
}

/**
 * Throws unless the condition holds: the assertion of a consumer test.
 *
 * @example
 * check(result.ok, `expected a captured payment, got ${JSON.stringify(result)}`);
 */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
