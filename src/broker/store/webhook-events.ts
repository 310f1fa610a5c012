/** The Pact Broker's webhook event names. */

/**
 * Every event a webhook can subscribe to, as the Pact Broker names them.
 *
 * @example
 * webhookEventNames.includes('contract_published'); // true
 */
export const webhookEventNames = [
  'contract_published',
  'contract_content_changed',
  'contract_requiring_verification_published',
  'provider_verification_published',
  'provider_verification_succeeded',
  'provider_verification_failed',
] as const;

/**
 * One of {@link webhookEventNames}.
 *
 * @example
 * const event: WebhookEventName = 'provider_verification_failed';
 */
export type WebhookEventName = (typeof webhookEventNames)[number];

/**
 * The event a webhook created without `events` subscribes to (as in the Pact Broker).
 *
 * @example
 * const events = body.events ?? [defaultWebhookEvent];
 */
export const defaultWebhookEvent: WebhookEventName = 'contract_content_changed';

/**
 * True for one of the six event names.
 *
 * @example
 * isWebhookEventName('contract_published'); // true
 */
export function isWebhookEventName(name: unknown): name is WebhookEventName {
  return typeof name === 'string' && (webhookEventNames as readonly string[]).includes(name);
}
