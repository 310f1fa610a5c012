/** Steps 4 and 5 of the contract flow: providers started, then verified from the broker. */
import { verifyProvider } from '../../contract/index.ts';
import { definedOnly } from '../../core/index.ts';
import type { ProviderVerificationOutcome } from './contract-flow-result.ts';
import type { StartedProvider, SystemService } from './contract-system.ts';

/** A provider after its start: its handle, or why it did not start. */
export interface RunningProvider {
  readonly service: SystemService;
  readonly started: StartedProvider | undefined;
  readonly error: string | undefined;
}

/** Starts each provider in turn; one that fails to start is kept with its error, the rest go on. */
export async function startProviders(services: readonly SystemService[]): Promise<RunningProvider[]> {
  const list: RunningProvider[] = [];
  for (const service of services.filter((candidate) => candidate.provider !== undefined))
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
}

/** Verifies each started provider from the broker, then closes them all (also when one throws). */
export async function verifyProviders(
  running: readonly RunningProvider[],
  brokerUrl: string,
): Promise<ProviderVerificationOutcome[]> {
  try {
    const outcomes: ProviderVerificationOutcome[] = [];
    for (const { service, started, error } of running)
      outcomes.push(
        started === undefined
          ? notVerified(service, error ?? 'the provider did not start')
          : await verify(service, started, brokerUrl),
      );
    return outcomes;
  } finally {
    await Promise.all(running.map(({ started }) => started?.close()));
  }
}

async function verify(
  service: SystemService,
  started: StartedProvider,
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
      ...definedOnly({
        stateHandlers: started.stateHandlers,
        messageProviders: started.messageProviders,
        requestFilter: started.requestFilter,
      }),
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
