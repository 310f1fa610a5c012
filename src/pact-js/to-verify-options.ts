/**
 * pact-js's `VerifierOptions` → seam's `VerifyProviderOptions`: the same names where seam has
 * them, adapters for state handlers, the Express request filter and message providers, and a
 * `SeamError` `unsupported` for every option seam cannot honour (never a silent drop).
 */
import { fileURLToPath } from 'node:url';
import type { ConsumerVersionSelector, VerifyProviderOptions } from '../contract/index.ts';
import { definedOnly, SeamError } from '../core/index.ts';
import { fromExpressFilter } from './express-request-filter.ts';
import { toSeamMessageProviders } from './message-providers.ts';
import { unsupported } from './unsupported.ts';
import type { VerifierOptions } from './verifier-options.ts';

/** Options whose only supported value is the one given (pact-js's default, or seam's behaviour). */
const fixedValues = {
  providerStatesSetupTeardown: true,
  providerStatesSetupBody: true,
  disableSslVerification: false,
  validateSSL: true,
  followRedirects: false,
} as const;

/** Options seam has no equivalent of, with what to do instead. */
const refused: Readonly<Record<string, string>> = {
  logFile: "leave it out: seam's library code writes no log",
  buildUrl: 'leave it out',
  consumerFilters: 'select pacts with consumerVersionSelectors ({ consumer }) or pactUrls',
  transports: 'verify messages with messageProviders',
  tlsClientOptions: 'leave it out',
  proxyHost: 'leave it out: seam sends requests to providerBaseUrl directly',
};

/**
 * seam's verifier options for pact-js's. `stateChangeUrl`, when given, replaces the state
 * handlers (see state-change-server.ts).
 *
 * @throws SeamError `unsupported` for options seam lacks, `config` for missing essentials.
 * @example
 * await verifyProvider(toVerifyOptions({ providerBaseUrl, pactUrls: ['pacts/web-orders.json'] }));
 */
export function toVerifyOptions(options: VerifierOptions, stateChangeUrl?: string): VerifyProviderOptions {
  checkSupported(options);
  const branch = options.providerVersionBranch ?? options.providerBranch;
  // Unset pact-js options stay unset (seam's options are exact: no `undefined` values).
  return definedOnly<Loose<VerifyProviderOptions>>({
    providerBaseUrl: options.providerBaseUrl,
    provider: options.provider,
    pactUrls: options.pactUrls?.filter(isHttpUrl),
    pactFiles: localSources(options.pactUrls),
    pactBrokerUrl: options.pactBrokerUrl,
    pactBrokerToken: options.pactBrokerToken,
    pactBrokerUsername: options.pactBrokerUsername,
    pactBrokerPassword: options.pactBrokerPassword,
    consumerVersionSelectors: selectors(options),
    includeWipPactsSince: options.includeWipPactsSince,
    enablePending: options.enablePending,
    publishVerificationResult: options.publishVerificationResult,
    providerVersion: options.providerVersion,
    providerVersionBranch: branch,
    providerVersionTags: options.providerVersionTags?.length ? options.providerVersionTags : undefined,
    timeout: options.timeout,
    logLevel: options.logLevel,
    providerStatesSetupUrl: stateChangeUrl ?? options.providerStatesSetupUrl,
    stateHandlers: stateChangeUrl === undefined ? options.stateHandlers : undefined,
    customHeaders: customHeaders(options.customProviderHeaders),
    requestFilter: options.requestFilter && fromExpressFilter(options.requestFilter),
    messageProviders: options.messageProviders && toSeamMessageProviders(options.messageProviders),
  });
}

function checkSupported(options: VerifierOptions): void {
  if (!options.providerBaseUrl && !options.messageProviders)
    throw new SeamError('config', "'providerBaseUrl' is mandatory if no 'messageProviders' given");
  for (const [name, instead] of Object.entries(refused))
    if ((options as Record<string, unknown>)[name] !== undefined)
      throw unsupported(`the option ${name}`, instead);
  for (const [name, value] of Object.entries(fixedValues)) {
    const given = (options as Record<string, unknown>)[name];
    if (given !== undefined && given !== value)
      throw unsupported(
        `${name}: ${String(given)}`,
        `leave it unset (seam behaves as ${name}: ${String(value)})`,
      );
  }
}

function isHttpUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** pact-js's `pactUrls` may name files and folders (`file:` URLs too); seam takes those as `pactFiles`. */
function localSources(sources: readonly string[] | undefined): readonly string[] | undefined {
  const local = (sources ?? []).filter((source) => !isHttpUrl(source));
  if (local.length === 0) return undefined;
  return local.map((source) => (/^file:/i.test(source) ? fileURLToPath(source) : source));
}

/** pact-js turns consumer version tags into "latest with tag" selectors, as the Pact verifier does. */
function selectors(options: VerifierOptions): readonly ConsumerVersionSelector[] | undefined {
  const tags = (options.consumerVersionTags ?? []).map((tag) => ({ tag, latest: true }));
  if (tags.length === 0) return options.consumerVersionSelectors;
  return [...(options.consumerVersionSelectors ?? []), ...tags];
}

function customHeaders(
  headers: VerifierOptions['customProviderHeaders'],
): Readonly<Record<string, string>> | undefined {
  if (headers === undefined) return undefined;
  return isLines(headers) ? Object.fromEntries(headers.map(splitHeader)) : headers;
}

function isLines(
  headers: Readonly<Record<string, string>> | readonly string[],
): headers is readonly string[] {
  return Array.isArray(headers);
}

function splitHeader(line: string): [string, string] {
  const colon = line.indexOf(':');
  if (colon <= 0)
    throw new SeamError(
      'config',
      `customProviderHeaders: "${line}" is not a header line (e.g. "Authorization: Bearer t")`,
    );
  return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
}

/** Every option may also be given as undefined, so each pact-js option maps without a check. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
