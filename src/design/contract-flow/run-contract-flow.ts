/**
 * The contract flow over a whole system, for real: consumer tests → pact files → an embedded
 * broker → publish → providers started → verified from the broker, results published →
 * can-i-deploy gates each deployment to the environment → figures, compatibility matrix and an
 * HTML report. Every step goes through the same public APIs a CI pipeline uses.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { percentText, startBroker } from '../../broker/index.ts';
import { runConsumerTests } from './consumer-tests.ts';
import type { ContractFlowOptions, ContractFlowResult } from './contract-flow-result.ts';
import type { ContractSystem } from './contract-system.ts';
import { readFigures, writeReport } from './flow-report.ts';
import { createFlowSteps } from './flow-steps.ts';
import { gateDeployments } from './gate-deployments.ts';
import { publishConsumerPacts } from './publish-consumer-pacts.ts';
import { startProviders, verifyProviders } from './verify-providers.ts';

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
  const flow = createFlowSteps(options.progress ?? (() => {}));

  await rm(pactDir, { recursive: true, force: true });
  await mkdir(pactDir, { recursive: true });
  const consumerTests = await flow.run(
    'consumer tests',
    (outcomes) => `${outcomes.filter((o) => o.ok).length}/${outcomes.length} contract runs passed`,
    () => runConsumerTests(system, pactDir),
  );

  await using broker = await flow.run(
    'broker',
    (handle) => `embedded broker at ${handle.url}`,
    () => startBroker({ dataDir: options.dataDir ?? join(outDir, 'broker') }),
  );
  const connection = { brokerUrl: broker.url };
  if ((await broker.store.findEnvironmentByName(environment)) === undefined)
    await broker.store.createEnvironment({ name: environment, production: environment === 'production' });

  const { published: pacts, failures: publishFailures } = await flow.run(
    'publish',
    ({ published, failures }) =>
      `${published.length} pact files${failures.length === 0 ? '' : `, ${failures.length} consumers refused`}`,
    () => publishConsumerPacts(system, pactDir, connection),
  );

  const running = await flow.run(
    'providers',
    (list) =>
      `${list.map(({ service, started }) => `${service.name}${started === undefined ? ' (failed)' : ''}`).join(', ')} started`,
    () => startProviders(system.services),
  );

  const verifications = await flow.run(
    'verify',
    (outcomes) => `${outcomes.filter((o) => o.ok).length}/${outcomes.length} providers verified`,
    () => verifyProviders(running, broker.url),
  );

  const deployments = await flow.run(
    'deploy',
    (outcomes) =>
      `${outcomes.filter((o) => o.recorded).length}/${outcomes.length} deployed to ${environment}`,
    () => gateDeployments(connection, system.services, environment),
  );

  const { figures, matrix } = await flow.run(
    'figures',
    ({ figures }) =>
      `compatibility ${percentText(figures.compatibility.score)}, stability ${percentText(figures.stability.score)} over ${figures.stability.days} days`,
    () => readFigures(broker.store, options.stabilityDays ?? 7),
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
  await flow.run(
    'report',
    () => `${files.matrix}, ${files.report}`,
    () => writeReport({ ...partial, steps: flow.steps, durationMs: performance.now() - started }),
  );
  return { ...partial, steps: flow.steps, durationMs: performance.now() - started };
}
