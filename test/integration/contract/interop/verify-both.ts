/**
 * Verifies pact files against the payment provider with seam's verifier and with pact-js's, and
 * reports each tool's verdict as the set of interaction descriptions that failed.
 */
import { MessageProviderPact, providerWithMetadata, Verifier } from '@pact-foundation/pact';
import type { AnyJson } from '@pact-foundation/pact/src/common/jsonTypes.js';
import { type StateHandler, verifyProvider } from '../../../../src/contract/index.ts';
import { type BrokenMode, startPaymentProvider } from './payment-provider.ts';

/** The interactions of the interop pacts, by description. */
export const descriptions = [
  'a request for payment 42',
  'a payment for an order',
  'a payment without funds',
  'a search by order',
] as const;

/** Which interaction each way of breaking the provider must fail, in both tools. */
export const breakingModes: readonly { mode: BrokenMode; fails: (typeof descriptions)[number] }[] = [
  { mode: 'wrong-type', fails: 'a request for payment 42' },
  { mode: 'missing-field', fails: 'a request for payment 42' },
  { mode: 'wrong-status', fails: 'a payment for an order' },
];

const states = ['a payment exists', 'the account has funds', 'the account has insufficient funds'];

/** The descriptions that failed, sorted. */
export type Failed = readonly string[];

function handlers(
  set: (state: string, params?: Record<string, unknown>) => unknown,
): Record<string, StateHandler> {
  return Object.fromEntries(
    states.map((state) => [state, (params: Record<string, unknown>) => set(state, params)]),
  );
}

/** seam's verdict on an HTTP pact file. */
export async function seamFailures(file: string, broken: BrokenMode): Promise<Failed> {
  const provider = await startPaymentProvider(broken);
  try {
    const report = await verifyProvider({
      providerBaseUrl: provider.url,
      pactFiles: [file],
      stateHandlers: handlers((state, params) => provider.setState(state, params)),
    });
    return report.results
      .filter((r) => !r.ok)
      .map((r) => r.description)
      .sort();
  } finally {
    await provider.close();
  }
}

/** pact-js's verdict on an HTTP pact file. */
export async function pactJsFailures(file: string, broken: BrokenMode): Promise<Failed> {
  const provider = await startPaymentProvider(broken);
  try {
    await new Verifier({
      providerBaseUrl: provider.url,
      pactUrls: [file],
      logLevel: 'error',
      stateHandlers: Object.fromEntries(
        states.map((state) => [
          state,
          async (params?: AnyJson) => {
            provider.setState(state, params as Record<string, unknown>);
          },
        ]),
      ),
    }).verifyProvider();
    return [];
  } catch (error) {
    return failedDescriptions(error);
  } finally {
    await provider.close();
  }
}

/** seam's verdict on a message pact file. */
export async function seamMessageFailures(file: string, broken: BrokenMode): Promise<Failed> {
  const provider = await startPaymentProvider(broken);
  try {
    const report = await verifyProvider({
      pactFiles: [file],
      messageProviders: { 'a payment settled event': () => provider.settledEvent() },
    });
    return report.results
      .filter((r) => !r.ok)
      .map((r) => r.description)
      .sort();
  } finally {
    await provider.close();
  }
}

/** pact-js's verdict on a message pact file. */
export async function pactJsMessageFailures(file: string, broken: BrokenMode): Promise<Failed> {
  const provider = await startPaymentProvider(broken);
  try {
    const event = provider.settledEvent();
    await new MessageProviderPact({
      provider: 'payment-events',
      pactUrls: [file],
      logLevel: 'error',
      messageProviders: {
        'a payment settled event': providerWithMetadata(() => event.contents, event.metadata),
      },
    }).verify();
    return [];
  } catch (error) {
    return error instanceof Error && /a payment settled event|Verification failed/i.test(error.message)
      ? ['a payment settled event']
      : Promise.reject(error);
  } finally {
    await provider.close();
  }
}

/** pact-js rejects with JSON, `{ errors: [{ interaction: "Verifying a pact between … Given <state> - <description>" }] }`. */
function failedDescriptions(error: unknown): Failed {
  const message = error instanceof Error ? error.message : String(error);
  let parsed: { errors?: { interaction?: string }[] };
  try {
    parsed = JSON.parse(message) as typeof parsed;
  } catch {
    throw error;
  }
  const known = [...descriptions, 'a payment settled event'];
  const failed = (parsed.errors ?? []).map((entry) => {
    const name = known.find((description) => entry.interaction?.endsWith(` - ${description}`));
    if (name === undefined) throw new Error(`pact-js reported an unknown interaction: ${entry.interaction}`);
    return name;
  });
  return [...new Set(failed)].sort();
}
