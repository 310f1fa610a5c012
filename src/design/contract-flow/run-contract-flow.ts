/**
 * The contract flow over a whole system, for real: consumer tests → pact files → an embedded
 * broker → publish → providers started → verified from the broker, results published →
 * can-i-deploy gates each deployment to the environment → figures, compatibility matrix and an
 * HTML report. Every step goes through the same public APIs a CI pipeline uses.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  type BrokerFigures,
  type CompatibilityMatrix,
  canIDeploy,
  compatibilityMatrix,
  computeFigures,
  formatCompatibilityMatrix,
  percentText,
  publishPacts,
  recordInEnvironment,
  startBroker,
} from '../../broker/index.ts';
import { verifyProvider } from '../../contract/index.ts';
import type { ContractSystem, SystemService } from './contract-system.ts';
import { renderHtmlReport } from './html-report.ts';

/** What {@link runContractFlow} takes. */
export interface ContractFlowOptions {
  /** Where pacts, the matrix and the report are written. */
  readonly outDir: string;
  /** The broker's data folder (default `<outDir>/broker`): kept between runs, so figures accumulate. */
  readonly dataDir?: string;
  /** The contract stability window in days (default 7). */
  readonly stabilityDays?: number;
  /** Receives one line as each step starts and ends. */
  readonly progress?: (line: string) => void;
}

/** One consumer contract run. */
export interface ConsumerTestOutcome {
  readonly consumer: string;
  readonly contract: string;
  readonly provider: string;
  readonly ok: boolean;
  readonly passed: number;
  readonly total: number;
  readonly failures: readonly string[];
}

/** A provider's verification: per consumer, the interactions verified, and each failure. */
export interface ProviderVerificationOutcome {
  readonly provider: string;
  readonly version: string;
  readonly ok: boolean;
  readonly pairs: readonly { readonly consumer: string; readonly passed: number; readonly total: number }[];
  readonly failures: readonly {
    readonly consumer: string;
    readonly interaction: string;
    readonly issues: readonly string[];
  }[];
  readonly error?: string;
}

/** A can-i-deploy answer for a service version, and whether its deployment was then recorded. */
export interface DeploymentOutcome {
  readonly service: string;
  readonly version: string;
  readonly deployable: boolean;
  readonly reasons: readonly string[];
  readonly recorded: boolean;
}

/** Everything a run found and wrote. */
export interface ContractFlowResult {
  readonly system: string;
  readonly environment: string;
  /** False when a consumer test or a verification failed, or a deployment was refused. */
  readonly ok: boolean;
  readonly consumerTests: readonly ConsumerTestOutcome[];
  /** Consumers whose pacts the broker refused, with why. */
  readonly publishFailures: readonly string[];
  readonly verifications: readonly ProviderVerificationOutcome[];
  readonly deployments: readonly DeploymentOutcome[];
  readonly figures: BrokerFigures;
  readonly matrix: CompatibilityMatrix;
  readonly files: { readonly pacts: readonly string[]; readonly matrix: string; readonly report: string };
  readonly steps: readonly { readonly name: string; readonly ms: number }[];
  readonly durationMs: number;
}

const stepNames = [
  'consumer tests',
  'broker',
  'publish',
  'providers',
  'verify',
  'deploy',
  'figures',
  'report',
] as const;

/**
 * Runs the whole contract flow over a system.
 *
 * @example
 * const result = await runContractFlow(shopSystem(), { outDir: '.seam/shop', progress: console.log });
 * process.exitCode = result.ok ? 0 : 1;
 */
export async function runContractFlow(
  system: ContractSystem,
  options: ContractFlowOptions,
): Promise<ContractFlowResult> {
  const started = performance.now();
  const environment = system.environment ?? 'production';
  const outDir = resolve(options.outDir);
  const pactDir = join(outDir, 'pacts');
  const steps: { name: string; ms: number }[] = [];
  const progress = options.progress ?? (() => {});
  const step = async <T>(index: number, detail: (value: T) => string, body: () => Promise<T>): Promise<T> => {
    const name = stepNames[index] ?? '';
    const at = performance.now();
    const value = await body();
    const ms = performance.now() - at;
    steps.push({ name, ms });
    progress(`[${index + 1}/${stepNames.length}] ${name.padEnd(14)} ${detail(value)} (${formatMs(ms)})`);
    return value;
  };

  await rm(pactDir, { recursive: true, force: true });
  await mkdir(pactDir, { recursive: true });
  const consumerTests = await step(
    0,
    (outcomes) => `${outcomes.filter((o) => o.ok).length}/${outcomes.length} contract runs passed`,
    () => runConsumerTests(system, pactDir),
  );

  await using broker = await step(
    1,
    (handle) => `embedded broker at ${handle.url}`,
    () => startBroker({ dataDir: options.dataDir ?? join(outDir, 'broker') }),
  );
  const connection = { brokerUrl: broker.url };
  if ((await broker.store.findEnvironmentByName(environment)) === undefined)
    await broker.store.createEnvironment({ name: environment, production: environment === 'production' });

  const publishFailures: string[] = [];
  const pacts = await step(
    2,
    (files) =>
      `${files.length} pact files${publishFailures.length === 0 ? '' : `, ${publishFailures.length} consumers refused`}`,
    async () => {
      const published: string[] = [];
      for (const service of system.services) {
        const files = await pactFilesOf(pactDir, service.name);
        if (files.length === 0) continue;
        try {
          await publishPacts({
            ...connection,
            pactFiles: files,
            consumerVersion: service.version,
            branch: service.branch ?? 'main',
          });
          published.push(...files);
        } catch (error) {
          publishFailures.push(`${service.name} ${service.version}: ${(error as Error).message}`);
        }
      }
      return published;
    },
  );

  const providers = system.services.filter((service) => service.provider !== undefined);
  const running = await step(
    3,
    (list) =>
      `${list.map(({ service, started }) => `${service.name}${started === undefined ? ' (failed)' : ''}`).join(', ')} started`,
    async () => {
      const list = [];
      for (const service of providers)
        try {
          list.push({ service, started: await service.provider?.start(), error: undefined });
        } catch (error) {
          list.push({
            service,
            started: undefined,
            error: `the provider did not start: ${(error as Error).message}`,
          });
        }
      return list;
    },
  );

  const verifications = await step(
    4,
    (outcomes) => `${outcomes.filter((o) => o.ok).length}/${outcomes.length} providers verified`,
    async () => {
      try {
        const outcomes: ProviderVerificationOutcome[] = [];
        for (const { service, started, error } of running)
          outcomes.push(
            started === undefined
              ? notVerified(service, error ?? 'the provider did not start')
              : await verify(service, started, broker.url),
          );
        return outcomes;
      } finally {
        await Promise.all(running.map(({ started }) => started?.close()));
      }
    },
  );

  const deployments = await step(
    5,
    (outcomes) =>
      `${outcomes.filter((o) => o.recorded).length}/${outcomes.length} deployed to ${environment}`,
    async () => {
      const outcomes: DeploymentOutcome[] = [];
      for (const service of deploymentOrder(system.services))
        outcomes.push(await gateDeployment(connection, service, environment));
      return outcomes;
    },
  );

  const { figures, matrix } = await step(
    6,
    ({ figures }) =>
      `compatibility ${percentText(figures.compatibility.score)}, stability ${percentText(figures.stability.score)} over ${figures.stability.days} days`,
    async () => ({
      figures: await computeFigures(broker.store, { days: options.stabilityDays ?? 7 }),
      matrix: await compatibilityMatrix(broker.store),
    }),
  );

  const ok =
    consumerTests.every((outcome) => outcome.ok) &&
    publishFailures.length === 0 &&
    verifications.every((outcome) => outcome.ok) &&
    deployments.every((outcome) => outcome.deployable);
  const files = {
    pacts,
    matrix: join(outDir, 'compatibility-matrix.yaml'),
    report: join(outDir, 'report.html'),
  };
  const partial = {
    publishFailures,
    system: system.name,
    environment,
    ok,
    consumerTests,
    verifications,
    deployments,
    figures,
    matrix,
    files,
  };
  await step(
    7,
    () => `${files.matrix}, ${files.report}`,
    async () => {
      await writeFile(files.matrix, formatCompatibilityMatrix(matrix, 'yaml'));
      await writeFile(
        files.report,
        renderHtmlReport({ ...partial, steps, durationMs: performance.now() - started }),
      );
    },
  );
  return { ...partial, steps, durationMs: performance.now() - started };
}

async function runConsumerTests(system: ContractSystem, pactDir: string): Promise<ConsumerTestOutcome[]> {
  const outcomes: ConsumerTestOutcome[] = [];
  for (const service of system.services)
    for (const contract of service.consumerContracts ?? []) {
      // Each consumer's pacts go to its own folder, so that each is published with its version.
      const dir = join(pactDir, service.name);
      await mkdir(dir, { recursive: true });
      try {
        const result = await contract.run(dir);
        outcomes.push({
          consumer: service.name,
          contract: contract.name,
          provider: result.provider,
          ok: result.ok,
          passed: result.interactions.filter((interaction) => interaction.ok).length,
          total: result.interactions.length,
          failures: result.interactions
            .filter((interaction) => !interaction.ok)
            .map((interaction) => `${interaction.description}: ${interaction.error ?? 'failed'}`),
        });
      } catch (error) {
        outcomes.push({
          consumer: service.name,
          contract: contract.name,
          provider: '',
          ok: false,
          passed: 0,
          total: 0,
          failures: [`the contract run threw: ${(error as Error).message}`],
        });
      }
    }
  return outcomes;
}

async function pactFilesOf(pactDir: string, consumer: string): Promise<string[]> {
  const dir = join(pactDir, consumer);
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

async function verify(
  service: SystemService,
  started: Awaited<ReturnType<NonNullable<SystemService['provider']>['start']>>,
  brokerUrl: string,
): Promise<ProviderVerificationOutcome> {
  try {
    const report = await verifyProvider({
      provider: service.name,
      providerBaseUrl: started.url,
      pactBrokerUrl: brokerUrl,
      consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
      providerVersion: service.version,
      providerVersionBranch: service.branch ?? 'main',
      publishVerificationResult: true,
      ...(started.stateHandlers === undefined ? {} : { stateHandlers: started.stateHandlers }),
      ...(started.messageProviders === undefined ? {} : { messageProviders: started.messageProviders }),
      ...(started.requestFilter === undefined ? {} : { requestFilter: started.requestFilter }),
    });
    const pairs = new Map<string, { consumer: string; passed: number; total: number }>();
    for (const result of report.results) {
      const pair = pairs.get(result.consumer) ?? { consumer: result.consumer, passed: 0, total: 0 };
      pair.total += 1;
      if (result.ok) pair.passed += 1;
      pairs.set(result.consumer, pair);
    }
    return {
      provider: service.name,
      version: service.version,
      ok: report.ok && report.results.length > 0,
      pairs: [...pairs.values()],
      failures: report.results
        .filter((result) => !result.ok)
        .map((result) => ({
          consumer: result.consumer,
          interaction: result.description,
          issues: result.issues.map((issue) =>
            issue.path === '$' ? issue.message : `${issue.path}: ${issue.message}`,
          ),
        })),
      ...(report.results.length === 0 ? { error: 'no pacts to verify were found on the broker' } : {}),
    };
  } catch (error) {
    return notVerified(service, (error as Error).message);
  }
}

function notVerified(service: SystemService, error: string): ProviderVerificationOutcome {
  return { provider: service.name, version: service.version, ok: false, pairs: [], failures: [], error };
}

/** can-i-deploy for the service's version; when yes, the deployment is recorded. */
async function gateDeployment(
  connection: { readonly brokerUrl: string },
  service: SystemService,
  environment: string,
): Promise<DeploymentOutcome> {
  const target = { pacticipant: service.name, version: service.version, environment };
  try {
    const answer = await canIDeploy(connection, target);
    const reasons = answer.notices.filter((notice) => notice.type === 'error').map((notice) => notice.text);
    if (answer.deployable) await recordInEnvironment(connection, 'deployed', target);
    return {
      service: service.name,
      version: service.version,
      deployable: answer.deployable,
      reasons: reasons.length === 0 && !answer.deployable ? [answer.reason] : reasons,
      recorded: answer.deployable,
    };
  } catch (error) {
    // The broker does not know the version (never published nor verified) or refused the question.
    return {
      service: service.name,
      version: service.version,
      deployable: false,
      reasons: [(error as Error).message],
      recorded: false,
    };
  }
}

/** Providers that consume nothing first, then the rest: a provider goes out before its consumers. */
function deploymentOrder(services: readonly SystemService[]): SystemService[] {
  const isConsumer = (service: SystemService) => (service.consumerContracts ?? []).length > 0;
  return [...services.filter((service) => !isConsumer(service)), ...services.filter(isConsumer)];
}

function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
