/**
 * What the provider-verification steps (HTTP and message providers) share in a scenario: the
 * provider, the pact files to verify, the state callback, the request filter and the report.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { HttpInteraction, Interaction, Pact } from '../../../src/contract/index.ts';
import { savePactFile } from '../../../src/contract/index.ts';
import type {
  MessageProvider,
  VerificationIssue,
  VerificationReport,
} from '../../../src/contract/verifier/index.ts';
import type { MockBroker } from './mock-broker.ts';
import { writeOldPactJson } from './pact-v2-json.ts';
import { defineScenarioState } from './scenario-state.ts';
import type { StateCallback } from './state-callback.ts';
import type { TestProvider } from './test-provider.ts';
import { scenarioDir, type World } from './world.ts';

export interface VerificationState {
  provider: TestProvider | undefined;
  readonly messageProviders: Record<string, MessageProvider>;
  readonly pactFiles: string[];
  /** The mock Pact Brokers pacts are fetched from, one per pact, as the reference starts them. */
  readonly brokers: MockBroker[];
  /** Publish verification results (to the brokers), as provider version 1.2.3. */
  publish: boolean;
  stateCallback: StateCallback | undefined;
  requestFilter: Record<string, string> | undefined;
  report: VerificationReport | undefined;
}

export const verificationState = defineScenarioState<VerificationState>(() => ({
  provider: undefined,
  messageProviders: {},
  pactFiles: [],
  brokers: [],
  publish: false,
  stateCallback: undefined,
  requestFilter: undefined,
  report: undefined,
}));

/**
 * Writes a pact of one interaction between `consumer` and provider "p" for the verifier, in the
 * feature's specification version (V1/V2 files made from seam's V3 JSON, see pact-v2-json.ts).
 */
export async function addPactFile(world: World, consumer: string, interaction: Interaction): Promise<void> {
  const state = verificationState(world);
  const spec = world.spec === 'V4' ? 'V4' : 'V3';
  const pact = pactOf(spec, consumer, interaction);
  const file = path.join(await scenarioDir(world), `pact-${state.pactFiles.length + 1}.json`);
  if (world.spec === 'V1' || world.spec === 'V2') {
    await writeFile(file, `${JSON.stringify(writeOldPactJson(pact, world.spec), null, 2)}\n`);
  } else {
    await savePactFile(file, pact, spec);
  }
  state.pactFiles.push(file);
}

function pactOf(spec: 'V3' | 'V4', consumer: string, interaction: Interaction): Pact {
  return {
    specVersion: spec,
    consumer: { name: consumer },
    provider: { name: 'p' },
    interactions: [interaction],
    metadata: {},
  };
}

/**
 * The JSON of a pact of one interaction between `consumer` and provider "p" as a Pact Broker
 * serves it: the interaction has the broker's `_id` (the broker scenarios are V1 only).
 */
export function brokerPactJson(
  world: World,
  consumer: string,
  interaction: HttpInteraction,
): Record<string, unknown> {
  if (world.spec !== 'V1' && world.spec !== 'V2')
    throw new Error(`Pacts from a Pact Broker are written for V1 and V2 features, not ${world.spec}`);
  const json = writeOldPactJson(pactOf('V3', consumer, interaction), world.spec);
  const interactions = (json.interactions as Record<string, unknown>[]).map((each) => ({
    ...each,
    _id: interaction.id,
  }));
  return { ...json, interactions };
}

/** The report of "the verification is run", or an error saying it has not run. */
export function reportOf(world: World): VerificationReport {
  const { report } = verificationState(world);
  if (report === undefined) throw new Error('The verification has not run');
  return report;
}

// The reference's names for the kinds of verification failure it reports.
const errorKinds: Readonly<Record<string, (issue: VerificationIssue) => boolean>> = {
  'Response status did not match': (issue) => issue.code === 'status',
  'Headers had differences': (issue) => issue.code === 'header',
  'Body had differences': (issue) => issue.code === 'body',
  'Metadata had differences': (issue) => issue.code === 'metadata',
  'State change request failed': (issue) => issue.code === 'state-setup',
};

/** Whether one of `issues` is a failure of the kind the reference names `error`. */
export function hasError(issues: readonly VerificationIssue[], error: string): boolean {
  const isKind = errorKinds[error] ?? ((issue: VerificationIssue) => issue.message === error);
  return issues.some(isKind);
}

/** The issues of failed interactions, pending (`true`) or not, for checks and failure messages. */
export function failureIssues(report: VerificationReport, pending: boolean): VerificationIssue[] {
  return report.results
    .filter((result) => !result.ok && result.pending === pending)
    .flatMap((result) => [...result.issues]);
}

/** The issues as text for a failure message. */
export function describeIssues(issues: readonly VerificationIssue[]): string {
  if (issues.length === 0) return 'no issues';
  return issues.map((issue) => `${issue.code} ${issue.path}: ${issue.message}`).join('\n  ');
}

/** The comments table: `text` rows collected in order, a `testname` row as the test name. */
export function commentsFrom(rows: readonly Record<string, string>[]): Record<string, unknown> {
  const text = rows.filter((row) => row.type === 'text').map((row) => row.comment ?? '');
  const testname = rows.find((row) => row.type === 'testname')?.comment;
  return { ...(text.length > 0 ? { text } : {}), ...(testname === undefined ? {} : { testname }) };
}
