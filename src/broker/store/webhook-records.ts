/** Webhooks and their delivery log, as the broker store keeps them. */
import type { WebhookEventName } from './webhook-events.ts';

/**
 * The HTTP request a webhook sends, before `${pactbroker.*}` parameters are substituted.
 *
 * @example
 * const request: WebhookRequestTemplate = { method: 'POST', url: 'https://ci.example.com/build', headers: {} };
 */
export interface WebhookRequestTemplate {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A string is sent as is; any other JSON value is sent as JSON text. */
  readonly body?: unknown;
  /** Basic auth, as the Pact Broker allows. */
  readonly username?: string;
  readonly password?: string;
}

/**
 * What creating or replacing a webhook takes.
 *
 * @example
 * const input: WebhookInput = { events: ['contract_published'], enabled: true, request };
 */
export interface WebhookInput {
  readonly description?: string;
  /** Only pacts of this consumer; undefined: any. */
  readonly consumer?: string;
  /** Only pacts for this provider; undefined: any. */
  readonly provider?: string;
  readonly events: readonly WebhookEventName[];
  readonly enabled: boolean;
  readonly request: WebhookRequestTemplate;
}

/**
 * A stored webhook.
 *
 * @example
 * const webhook = await store.findWebhook(uuid);
 */
export interface Webhook extends WebhookInput {
  readonly uuid: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Where a triggered webhook stands: the Pact Broker's statuses.
 *
 * @example
 * const status: TriggeredWebhookStatus = 'retrying';
 */
export type TriggeredWebhookStatus = 'not_run' | 'retrying' | 'success' | 'failure';

/**
 * What {@link TriggeredWebhook} records when an event fires a webhook.
 *
 * @example
 * const input: TriggeredWebhookInput = { uuid, webhookUuid, eventName: 'contract_published', triggerType: 'publication' };
 */
export interface TriggeredWebhookInput {
  readonly uuid: string;
  readonly webhookUuid: string;
  readonly eventName: WebhookEventName;
  /** `publication` (a pact), `verification` (a verification result). */
  readonly triggerType: 'publication' | 'verification';
  readonly consumer?: string;
  readonly provider?: string;
  readonly consumerVersion?: string;
  readonly providerVersion?: string;
}

/**
 * One firing of a webhook by an event, with its delivery status.
 *
 * @example
 * const [latest] = await store.listTriggeredWebhooks({ webhookUuid });
 */
export interface TriggeredWebhook {
  readonly uuid: string;
  readonly webhookUuid: string;
  readonly eventName: WebhookEventName;
  readonly triggerType: 'publication' | 'verification';
  readonly consumer: string | undefined;
  readonly provider: string | undefined;
  readonly consumerVersion: string | undefined;
  readonly providerVersion: string | undefined;
  readonly status: TriggeredWebhookStatus;
  /** Attempts made so far. */
  readonly attempts: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * Which triggered webhooks {@link TriggeredWebhook} listing returns (every filter given must match).
 *
 * @example
 * const query: TriggeredWebhooksQuery = { provider: 'orders', consumer: 'web', consumerVersion: '1.0.0' };
 */
export interface TriggeredWebhooksQuery {
  readonly webhookUuid?: string;
  readonly consumer?: string;
  readonly provider?: string;
  readonly consumerVersion?: string;
}

/**
 * The request as it was sent (credentials redacted).
 *
 * @example
 * const sent: SentWebhookRequest = { method: 'POST', url: 'https://ci/build', headers: {}, body: '{}' };
 */
export interface SentWebhookRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
}

/**
 * One delivery attempt: the request sent, and the response (status and body excerpt) or the error.
 *
 * @example
 * const attempt: WebhookAttempt = { attempt: 1, request, status: 500, body: 'oops', error: undefined, success: false, logs, startedAt, finishedAt };
 */
export interface WebhookAttempt {
  readonly attempt: number;
  readonly request: SentWebhookRequest;
  readonly status: number | undefined;
  readonly headers: Readonly<Record<string, string>>;
  /** The start of the response body (at most 4 KiB). */
  readonly body: string | undefined;
  /** Why no response was received, or why the request was refused. */
  readonly error: string | undefined;
  readonly success: boolean;
  /** A human-readable log of the attempt. */
  readonly logs: string;
  readonly startedAt: string;
  readonly finishedAt: string;
}

/**
 * A recorded attempt of a triggered webhook.
 *
 * @example
 * const executions = await store.webhookExecutions(triggerUuid);
 */
export interface WebhookExecution extends WebhookAttempt {
  readonly triggerUuid: string;
}
