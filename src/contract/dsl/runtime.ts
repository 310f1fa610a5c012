/**
 * What the DSL needs from the mock server and the pact-file merger, and the real ones; tests and
 * embedders can pass their own.
 */
import { formatMockServerReport, startMockServer } from '../mock-server/index.ts';
import type { MockServerResult } from '../mock-server/mock-server-result.ts';
import type { HttpInteraction, Pact } from '../model/pact.ts';
import { mergePactFile } from '../pact-file/merge-pact-file.ts';

/**
 * How the DSL starts a mock server (the fields of `MockServerOptions` the DSL sets).
 *
 * @example
 * const options: MockServerStartOptions = { interactions, spec: 'V4' };
 */
export interface MockServerStartOptions {
  readonly interactions: readonly HttpInteraction[];
  readonly spec?: 'V3' | 'V4';
  readonly host?: string;
  readonly port?: number;
  readonly cors?: boolean;
}

/**
 * What a mock server run found.
 *
 * @example
 * const outcome: MockServerOutcome = mockServer.results();
 */
export type MockServerOutcome = MockServerResult;

/**
 * A running mock server, as the test function receives it.
 *
 * @example
 * await fetch(`${mockServer.url}/orders/1`);
 */
export interface MockServerInfo {
  readonly url: string;
  readonly port: number;
  readonly id: string;
}

/**
 * A running mock server, as the DSL drives it.
 *
 * @example
 * const server: RunningMockServer = await startMockServer({ interactions });
 */
export interface RunningMockServer extends MockServerInfo {
  results(): MockServerOutcome;
  close(): Promise<void>;
}

/**
 * The collaborators of `executeTest`: the mock server, its report, and the pact-file merger.
 *
 * @example
 * const runtime: ContractRuntime = { ...defaultContractRuntime, mergePactFile: myMerge };
 */
export interface ContractRuntime {
  startMockServer(options: MockServerStartOptions): Promise<RunningMockServer>;
  formatMockServerReport(result: MockServerOutcome): string;
  mergePactFile(file: string, pact: Pact, options?: { readonly spec?: 'V3' | 'V4' }): Promise<void>;
}

/**
 * The real runtime: seam's mock server and `mergePactFile`.
 *
 * @example
 * const { startMockServer } = defaultContractRuntime;
 */
export const defaultContractRuntime: ContractRuntime = {
  startMockServer,
  formatMockServerReport,
  mergePactFile,
};
