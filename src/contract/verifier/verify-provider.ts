/** `verifyProvider`: replays every pact against the provider and reports per interaction. */
import { performance } from 'node:perf_hooks';
import { SeamError } from '../../core/index.ts';
import { checkCustomHeaders } from './custom-headers.ts';
import { loadPactSources, type PactSource } from './pact-sources.ts';
import { type PublishOutcome, publishResults } from './publish-results.ts';
import type { ReplayContext } from './replay-context.ts';
import { mapConcurrent, scheduleBatches } from './replay-schedule.ts';
import type { SendLimits } from './send.ts';
import { tagProviderVersion } from './tag-provider-version.ts';
import { invalidPactResult } from './validated-pact.ts';
import type { InteractionResult, VerificationReport } from './verification-report.ts';
import { verifyInteraction } from './verify-interaction.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

const defaults = { timeout: 30_000, maxResponseBytes: 16 * 1024 * 1024, concurrency: 8 };

/**
 * Verifies a provider against pacts. Each pact is validated first (as `validatePact`): an invalid
 * one is a failed result with an `invalid-pact` issue per problem, and nothing of it is sent. For
 * each interaction of a valid pact, it sets up its provider states, replays
 * the request (or asks the message provider for the message), compares what came back with the
 * pact, and tears the states down. Failures are data in the report; pending interactions never
 * make `ok` false.
 *
 * @throws SeamError `config` for unusable options; `io`/`parse`/`invalid-pact` for a
 *   pact that cannot be loaded.
 * @example
 * const report = await verifyProvider({
 *   providerBaseUrl: 'http://127.0.0.1:8080',
 *   pactFiles: ['pacts/order-service-payment-service.json'],
 *   stateHandlers: { 'order 1042 awaits payment': (params) => db.insertOrder(params) },
 * });
 * if (!report.ok) console.error(formatVerificationReport(report));
 */
export async function verifyProvider(options: VerifyProviderOptions): Promise<VerificationReport> {
  const started = performance.now();
  checkOptions(options);
  const warnings: string[] = [];
  const sources = selectSources(await loadPactSources(options), options.provider, warnings);
  const limits: SendLimits = {
    timeoutMs: options.timeout ?? defaults.timeout,
    maxBodyBytes: options.maxResponseBytes ?? defaults.maxResponseBytes,
  };
  const results: InteractionResult[] = [];
  for (const source of sources) results.push(...(await verifyPact({ source, options, limits })));
  const published =
    options.publishVerificationResult === true
      ? await publish(sources, results, options)
      : { warnings: [], errors: [] };
  warnings.push(...published.warnings);
  return buildReport(results, warnings, published.errors, performance.now() - started);
}

async function verifyPact(context: ReplayContext): Promise<InteractionResult[]> {
  const invalid = context.source.invalid;
  if (invalid !== undefined) return [invalidPactResult(context.source, invalid)];
  const limit = context.options.concurrency ?? defaults.concurrency;
  const results: InteractionResult[] = [];
  for (const batch of scheduleBatches(context.source.pact.interactions, context.options)) {
    results.push(
      ...(await mapConcurrent(batch, limit, (interaction) => verifyInteraction(interaction, context))),
    );
  }
  return results;
}

async function publish(
  sources: readonly PactSource[],
  results: readonly InteractionResult[],
  options: VerifyProviderOptions,
): Promise<PublishOutcome> {
  if (sources.some((source) => source.publishUrl !== undefined))
    return publishResults(sources, results, options);
  const warning =
    'Verification results are published only for pacts fetched from a Pact Broker; none were published.';
  return { warnings: [warning], errors: await tagProviderVersion(sources, options) };
}

function selectSources(
  sources: PactSource[],
  provider: string | undefined,
  warnings: string[],
): PactSource[] {
  if (provider === undefined) return sources;
  return sources.filter((source) => {
    const name = source.pact.provider.name;
    if (name !== provider)
      warnings.push(`Skipped ${source.source}: it is a pact with provider "${name}", not "${provider}".`);
    return name === provider;
  });
}

function checkOptions(options: VerifyProviderOptions): void {
  checkCustomHeaders(options.customHeaders);
  checkTags(options.providerVersionTags);
  if (options.publishVerificationResult === true && options.providerVersion === undefined) {
    throw new SeamError(
      'config',
      'publishing verification results needs the provider version (providerVersion, --provider-version)',
    );
  }
  const url = options.providerBaseUrl;
  if (url !== undefined && !/^https?:\/\/[^/]/i.test(url)) {
    throw new SeamError(
      'config',
      `the provider base URL "${url}" is not an http(s) URL (e.g. http://127.0.0.1:8080)`,
    );
  }
  for (const [name, value] of [
    ['timeout', options.timeout],
    ['concurrency', options.concurrency],
    ['maxResponseBytes', options.maxResponseBytes],
  ] as const) {
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new SeamError('config', `${name} must be a positive whole number, got ${String(value)}`);
    }
  }
}

function checkTags(tags: readonly string[] | undefined): void {
  for (const tag of tags ?? []) {
    if (typeof tag !== 'string' || tag.trim() === '')
      throw new SeamError(
        'config',
        `providerVersionTags holds ${JSON.stringify(tag)}: each tag must be a non-empty name (e.g. "prod")`,
      );
  }
}

function buildReport(
  results: InteractionResult[],
  warnings: string[],
  publishErrors: readonly string[],
  durationMs: number,
): VerificationReport {
  const failed = results.filter((result) => !result.ok && !result.pending).length;
  const pendingFailed = results.filter((result) => !result.ok && result.pending).length;
  return {
    ok: failed === 0 && publishErrors.length === 0,
    results,
    summary: {
      total: results.length,
      passed: results.filter((result) => result.ok).length,
      failed,
      pendingFailed,
    },
    warnings,
    publishErrors,
    durationMs: Math.round(durationMs),
  };
}
