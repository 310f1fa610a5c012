/**
 * `executeTest` for HTTP interactions: start a mock server with them, run the test, check what the
 * server saw, and merge the pact file only when everything passed.
 */
import { definedOnly } from '../../core/index.ts';
import type { HttpInteraction } from '../model/pact.ts';
import { ContractTestError } from './contract-test-error.ts';
import type { PactSettings } from './pact-options.ts';
import {
  type ContractRuntime,
  defaultContractRuntime,
  type MockServerInfo,
  type MockServerOutcome,
} from './runtime.ts';
import { writeInteractions } from './write-interactions.ts';

/**
 * A consumer test: gets the running mock server, calls it through the real client code.
 *
 * @example
 * const test: ConsumerTest<void> = async (mockServer) => void (await fetch(`${mockServer.url}/health`));
 */
export type ConsumerTest<T> = (mockServer: MockServerInfo) => T | Promise<T>;

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Runs `test` against a mock server for `interactions`. Resolves with the test's value after the
 * pact file is merged; rejects with a {@link ContractTestError} (the mock server's report) when
 * requests were missing, unexpected or mismatched, or with the test's own error (the report
 * appended, and a {@link ContractTestError} with the data, but not the report again, attached as
 * `cause` when the error had none).
 *
 * @example
 * await executeHttpTest(settings, interactions, async (server) => client(server.url).getOrder(1));
 */
export async function executeHttpTest<T>(
  settings: PactSettings,
  interactions: readonly HttpInteraction[],
  test: ConsumerTest<T>,
): Promise<T> {
  const runtime = settings.runtime ?? defaultContractRuntime;
  const [outcome, result] = await runAgainstMockServer(runtime, settings, interactions, test);
  if (!result.ok) throw failure(runtime.formatMockServerReport(result), result, outcome);
  if (!outcome.ok) throw outcome.error;
  await writeInteractions(runtime, settings, interactions);
  return outcome.value;
}

async function runAgainstMockServer<T>(
  runtime: ContractRuntime,
  settings: PactSettings,
  interactions: readonly HttpInteraction[],
  test: ConsumerTest<T>,
): Promise<[Outcome<T>, MockServerOutcome]> {
  const server = await runtime.startMockServer(
    definedOnly({
      interactions,
      spec: settings.spec,
      host: settings.host,
      port: settings.port,
      cors: settings.cors,
    }),
  );
  try {
    const outcome = await settle(() => test({ url: server.url, port: server.port, id: server.id }));
    return [outcome, server.results()];
  } finally {
    await server.close();
  }
}

async function settle<T>(run: () => T | Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function failure<T>(report: string, result: MockServerOutcome, outcome: Outcome<T>): unknown {
  if (outcome.ok) return new ContractTestError(report, result);
  const error = outcome.error;
  if (!(error instanceof Error)) return new ContractTestError(report, result, { cause: error });
  error.message = `${error.message}\n\n${report}`;
  if (error.cause === undefined) error.cause = attachedResult(report, result);
  return error;
}

/**
 * The result attached as `cause` of the test's own error, whose message already holds the report:
 * its message is only the report's first line, and it has no stack (it would point into seam), so
 * that test runners, which print causes, print the report once.
 */
function attachedResult(report: string, result: MockServerOutcome): ContractTestError {
  const summary = `${report.split('\n', 1)[0] ?? ''} (the report is above)`;
  const attached = new ContractTestError(summary, result);
  attached.stack = `${attached.name}: ${summary}`;
  return attached;
}
