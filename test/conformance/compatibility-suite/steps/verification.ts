/**
 * Provider verification steps shared by the HTTP and message provider features: state callback,
 * running the verifier, and checking its report (outcome, errors, state calls, warnings, output).
 */

import {
  formatVerificationReport,
  type VerificationReport,
  type VerifyProviderOptions,
  verifyProvider,
} from '../../../../src/contract/verifier/index.ts';
import type { HttpRequest } from '../../../../src/match/model.ts';
import type { Step } from '../feature-files.ts';
import { changeRequest } from '../http-interactions.ts';
import { type StateCall, startStateCallback } from '../state-callback.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { firstRecord } from '../tables.ts';
import {
  describeIssues,
  failureIssues,
  hasError,
  reportOf,
  verificationState,
} from '../verification-state.ts';
import type { Mutable, World } from '../world.ts';

async function configureCallback(world: World, fail: boolean): Promise<void> {
  const callback = await startStateCallback(fail);
  world.cleanups.push(() => callback.close());
  verificationState(world).stateCallback = callback;
}

function stateCalls(world: World): readonly StateCall[] {
  const { stateCallback } = verificationState(world);
  if (stateCallback === undefined) throw new Error('No provider state callback was configured');
  return stateCallback.calls;
}

function describeCalls(calls: readonly StateCall[]): string {
  if (calls.length === 0) return 'no calls';
  return calls.map((call) => `${call.action} "${call.state}" ${JSON.stringify(call.params)}`).join(', ');
}

function assertCalled(world: World, action: StateCall['action'], state?: string, params?: unknown): void {
  const calls = stateCalls(world);
  const found = calls.some(
    (call) =>
      call.action === action &&
      (state === undefined || call.state === state) &&
      (params === undefined || sameJson(call.params, params)),
  );
  if (!found) {
    const what =
      state === undefined
        ? ''
        : ` for state "${state}"${params === undefined ? '' : ` with ${JSON.stringify(params)}`}`;
    throw new Error(`The state callback got no ${action} call${what} (got ${describeCalls(calls)})`);
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}

/** The parameters table of a state call check: column names, each cell a JSON value. */
function parametersOf(step: Step): Record<string, unknown> {
  const row = firstRecord(step);
  return Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, JSON.parse(cell)]));
}

function requestFilter(changes: Record<string, string>) {
  return (request: HttpRequest): HttpRequest => {
    const changed: Mutable<HttpRequest> = { ...request };
    changeRequest(changed, changes);
    return changed;
  };
}

function verifyOptions(world: World): VerifyProviderOptions {
  const state = verificationState(world);
  return {
    pactFiles: state.pactFiles,
    ...(state.provider === undefined ? {} : { providerBaseUrl: state.provider.url }),
    ...(Object.keys(state.messageProviders).length === 0 ? {} : { messageProviders: state.messageProviders }),
    ...(state.stateCallback === undefined ? {} : { providerStatesSetupUrl: state.stateCallback.url }),
    ...(state.requestFilter === undefined ? {} : { requestFilter: requestFilter(state.requestFilter) }),
    timeout: 10_000,
  };
}

/**
 * Runs the verifier over the pact files, then once per mock broker: `pactBrokerUrl` names one
 * broker, and the reference starts one per pact. The reports are merged into one.
 */
async function runVerification(world: World): Promise<VerificationReport> {
  const state = verificationState(world);
  const options = verifyOptions(world);
  const publish = state.publish ? { publishVerificationResult: true, providerVersion: '1.2.3' } : {};
  const reports: VerificationReport[] = [];
  if (state.pactFiles.length > 0 || state.brokers.length === 0) reports.push(await verifyProvider(options));
  for (const broker of state.brokers) {
    reports.push(
      await verifyProvider({
        ...options,
        pactFiles: [],
        pactBrokerUrl: broker.url,
        provider: 'p',
        ...publish,
      }),
    );
  }
  return mergeReports(reports);
}

function mergeReports(reports: readonly VerificationReport[]): VerificationReport {
  const [first, ...rest] = reports;
  if (first === undefined) throw new Error('No verification was run');
  return rest.reduce(
    (merged, report) => ({
      ok: merged.ok && report.ok,
      results: [...merged.results, ...report.results],
      summary: {
        total: merged.summary.total + report.summary.total,
        passed: merged.summary.passed + report.summary.passed,
        failed: merged.summary.failed + report.summary.failed,
        pendingFailed: merged.summary.pendingFailed + report.summary.pendingFailed,
      },
      warnings: [...merged.warnings, ...report.warnings],
      durationMs: merged.durationMs + report.durationMs,
    }),
    first,
  );
}

function output(world: World): string {
  return formatVerificationReport(reportOf(world));
}

const setupSteps: readonly StepDefinition[] = [
  defineStep('a provider state callback is configured', (world) => configureCallback(world, false)),
  defineStep('a provider state callback is configured, but will return a failure', (world) =>
    configureCallback(world, true),
  ),
  defineStep('a request filter is configured to make the following changes:', (world, _args, step) => {
    verificationState(world).requestFilter = firstRecord(step);
  }),
  defineStep('the verification is run', async (world) => {
    verificationState(world).report = await runVerification(world);
  }),
];

const outcomeSteps: readonly StepDefinition[] = [
  defineStep('the verification will be successful', (world) => {
    const report = reportOf(world);
    if (!report.ok)
      throw new Error(`Verification failed:\n  ${describeIssues(failureIssues(report, false))}`);
  }),
  defineStep('the verification will NOT be successful', (world) => {
    if (reportOf(world).ok) throw new Error('Was expecting the verification to fail');
  }),
  defineStep('the verification results will contain a {string} error', (world, [error = '']) => {
    const issues = failureIssues(reportOf(world), false);
    if (!hasError(issues, error)) {
      throw new Error(`No "${error}" error in the verification results:\n  ${describeIssues(issues)}`);
    }
  }),
  defineStep('there will be a pending {string} error', (world, [error = '']) => {
    const issues = failureIssues(reportOf(world), true);
    if (!hasError(issues, error)) {
      throw new Error(
        `No pending "${error}" error in the verification results:\n  ${describeIssues(issues)}`,
      );
    }
  }),
];

const stateCallSteps: readonly StepDefinition[] = [
  defineStep('the provider state callback will be called before the verification is run', (world) =>
    assertCalled(world, 'setup'),
  ),
  defineStep('the provider state callback will be called after the verification is run', (world) =>
    assertCalled(world, 'teardown'),
  ),
  defineStep(
    'the provider state callback will receive a setup call with {string} as the provider state parameter',
    (world, [state = '']) => assertCalled(world, 'setup', state),
  ),
  defineStep(
    'the provider state callback will receive a teardown call {string} as the provider state parameter',
    (world, [state = '']) => assertCalled(world, 'teardown', state),
  ),
  defineStep(
    'the provider state callback will receive a setup call with {string} and the following parameters:',
    (world, [state = ''], step) => assertCalled(world, 'setup', state, parametersOf(step)),
  ),
  defineStep(
    'the provider state callback will receive a teardown call {string} and the following parameters:',
    (world, [state = ''], step) => assertCalled(world, 'teardown', state, parametersOf(step)),
  ),
  defineStep('the provider state callback will NOT receive a teardown call', (world) => {
    const teardowns = stateCalls(world).filter((call) => call.action === 'teardown');
    if (teardowns.length > 0)
      throw new Error(`The state callback got teardown calls: ${describeCalls(teardowns)}`);
  }),
];

const reportSteps: readonly StepDefinition[] = [
  // The reference cannot check this (its test executor replaces the default one that warns); seam
  // reports the warning in the interaction's result, so it is checked there.
  defineStep(
    'a warning will be displayed that there was no provider state callback configured for provider state {string}',
    (world, [state = '']) => {
      const warnings = reportOf(world).results.flatMap((result) => [...result.warnings]);
      if (!warnings.some((warning) => warning.includes(`"${state}"`))) {
        throw new Error(`No warning names provider state "${state}" (warnings: ${JSON.stringify(warnings)})`);
      }
    },
  ),
  defineStep('the request to the provider will contain the header {string}', (world, [header = '']) => {
    const [name = '', value = ''] = header.split(':').map((part) => part.trim());
    const received = verificationState(world).provider?.received ?? [];
    if (received.length === 0) throw new Error('The provider received no request');
    const missing = received.filter((request) => request.headers?.[name.toLowerCase()]?.[0] !== value);
    if (missing.length > 0) {
      throw new Error(`${missing.length} of ${received.length} requests to the provider lacked "${header}"`);
    }
  }),
  defineStep('the comment {string} will have been printed to the console', (world, [comment = '']) => {
    const text = output(world);
    if (!text.includes(comment))
      throw new Error(`The verification output does not show "${comment}":\n${text}`);
  }),
  defineStep('the {string} will displayed as the original test name', (world, [name = '']) => {
    const text = output(world);
    if (!text.includes(`Test Name: ${name}`)) {
      throw new Error(`The verification output does not show "Test Name: ${name}":\n${text}`);
    }
  }),
];

export const verificationSteps: readonly StepDefinition[] = [
  ...setupSteps,
  ...outcomeSteps,
  ...stateCallSteps,
  ...reportSteps,
];
