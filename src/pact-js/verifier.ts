/**
 * pact-js's `Verifier`: `verifyProvider()` resolves when the provider honours its pacts and
 * REJECTS when it does not — what pact-js suites rely on (`return verifier.verifyProvider()`),
 * unlike seam's own `verifyProvider`, which reports failures as data.
 */
import { formatVerificationReport, verifyProvider } from '../contract/index.ts';
import { isSeamError } from '../core/index.ts';
import { ProviderVerificationError } from './provider-verification-error.ts';
import { type StateChangeServer, startStateChangeServer } from './state-change-server.ts';
import { toVerifyOptions } from './to-verify-options.ts';
import { unsupported } from './unsupported.ts';
import type { VerifierOptions } from './verifier-options.ts';

/**
 * pact-js's provider verifier over seam's.
 *
 * @example
 * await new Verifier({
 *   provider: 'orders',
 *   providerBaseUrl: 'http://127.0.0.1:8080',
 *   pactUrls: ['./pacts/web-orders.json'],
 *   stateHandlers: { 'order 1 exists': () => db.insertOrder({ id: 1 }) },
 * }).verifyProvider(); // rejects with a ProviderVerificationError if an interaction failed
 */
export class Verifier {
  readonly #options: VerifierOptions;

  constructor(options: VerifierOptions) {
    toVerifyOptions(options);
    if ((options.beforeEach || options.afterEach) && options.providerStatesSetupUrl !== undefined)
      throw unsupported(
        'beforeEach/afterEach together with providerStatesSetupUrl',
        'use stateHandlers for the states, or run the hooks from your state-setup endpoint',
      );
    this.#options = options;
  }

  /**
   * Verifies the provider. Resolves with seam's report as text; rejects with a
   * {@link ProviderVerificationError} when an interaction failed (pending ones excepted), the
   * broker had no pact (unless `failIfNoPactsFound: false`), or a `beforeEach`/`afterEach` hook threw.
   */
  async verifyProvider(): Promise<string> {
    const hooks = this.#options.beforeEach !== undefined || this.#options.afterEach !== undefined;
    const server: StateChangeServer | undefined = hooks
      ? await startStateChangeServer(this.#options)
      : undefined;
    try {
      const options = {
        ...toVerifyOptions(this.#options, server?.url),
        ...(hooks ? { concurrency: 1 } : {}),
      };
      const report = await verifyProvider(options).catch((error: unknown) => {
        if (this.#options.failIfNoPactsFound === false && isNoBrokerPacts(error, options.pactBrokerUrl))
          return undefined;
        throw error;
      });
      if (report === undefined) return 'No pacts were found to verify; failIfNoPactsFound is false.';
      const text = formatVerificationReport(report);
      if (!report.ok) throw new ProviderVerificationError(text, report);
      // As the Pact verifier: finding no pacts is an error for a broker source only.
      const fromBroker = this.#options.pactBrokerUrl !== undefined;
      if (fromBroker && report.results.length === 0 && this.#options.failIfNoPactsFound !== false)
        throw new ProviderVerificationError(`No pacts were found to verify.\n${text}`, report);
      if (server !== undefined && server.errors.length > 0)
        throw new ProviderVerificationError(
          `Provider verification hooks failed:\n${server.errors.map((error) => `  - ${error.message}`).join('\n')}`,
          report,
        );
      return text;
    } finally {
      await server?.close();
    }
  }
}

// seam's verifier refuses a broker with no pacts for the provider: a `config` error located at the broker.
function isNoBrokerPacts(error: unknown, brokerUrl: string | undefined): boolean {
  return brokerUrl !== undefined && isSeamError(error, 'config') && error.location === brokerUrl;
}
