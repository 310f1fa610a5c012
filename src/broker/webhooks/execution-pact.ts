/** The pact a webhook is executed with on request (`POST /webhooks/:uuid/execute`). */
import type { BrokerStore, PactPublication } from '../store/broker-store.ts';
import type { Webhook } from '../store/webhook-records.ts';

/**
 * The latest pact between the webhook's consumer (any, when it names none) and its provider;
 * undefined when it names no provider or there is none.
 *
 * @example
 * const pact = await latestMatchingPact(store, webhook);
 */
export async function latestMatchingPact(
  store: BrokerStore,
  webhook: Webhook,
): Promise<PactPublication | undefined> {
  if (webhook.provider === undefined) return undefined;
  const query = webhook.consumer === undefined ? {} : { consumer: webhook.consumer };
  const [latest] = await store.latestPacts({ provider: webhook.provider, ...query });
  return latest;
}

/**
 * A pact of placeholder names and values, for a webhook executed with no pact to describe.
 *
 * @example
 * placeholderPact(webhook).consumerVersion; // 'placeholder-consumer-version'
 */
export function placeholderPact(webhook: Webhook): PactPublication {
  return {
    consumer: webhook.consumer ?? 'placeholder-consumer',
    provider: webhook.provider ?? 'placeholder-provider',
    consumerVersion: 'placeholder-consumer-version',
    consumerBranch: undefined,
    sha: 'placeholder-sha',
    content: '{}',
    createdAt: new Date(0).toISOString(),
  };
}
