/** The webhook tables' row shapes and their mapping to the model (both stores run the same SQL). */

import { definedOnly } from '../../core/index.ts';
import type { WebhookEventName } from './webhook-events.ts';
import type {
  TriggeredWebhook,
  TriggeredWebhookStatus,
  Webhook,
  WebhookExecution,
  WebhookRequestTemplate,
} from './webhook-records.ts';

/**
 * The columns of a {@link Webhook}, prefixed `w.`.
 *
 * @example
 * await db.get(`SELECT ${webhookColumns} FROM webhooks w WHERE w.uuid = ?`, [uuid]);
 */
export const webhookColumns = `w.uuid AS uuid, w.description AS description, w.consumer_name AS consumer_name,
  w.provider_name AS provider_name, w.events AS events, w.enabled AS enabled, w.request AS request,
  w.created_at AS created_at, w.updated_at AS updated_at`;

/** The columns {@link webhookColumns} selects, as the database returns them. */
export interface WebhookRow {
  readonly uuid: string;
  readonly description: string | null;
  readonly consumer_name: string | null;
  readonly provider_name: string | null;
  /** JSON: the event names. */
  readonly events: string;
  readonly enabled: number;
  /** JSON: the request template. */
  readonly request: string;
  readonly created_at: string;
  readonly updated_at: string;
}

/**
 * A webhook row as the model.
 *
 * @example
 * const webhook = toWebhook(row);
 */
export function toWebhook(row: WebhookRow): Webhook {
  const events: WebhookEventName[] = JSON.parse(row.events);
  const request: WebhookRequestTemplate = JSON.parse(row.request);
  return {
    uuid: row.uuid,
    ...definedOnly({
      description: row.description ?? undefined,
      consumer: row.consumer_name ?? undefined,
      provider: row.provider_name ?? undefined,
    }),
    events,
    enabled: row.enabled === 1,
    request,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The columns of a {@link TriggeredWebhook}, prefixed `tw.`, with its attempt count.
 *
 * @example
 * await db.all(`SELECT ${triggeredWebhookColumns} FROM triggered_webhooks tw`);
 */
export const triggeredWebhookColumns = `tw.uuid AS uuid, tw.webhook_uuid AS webhook_uuid, tw.event_name AS event_name,
  tw.trigger_type AS trigger_type, tw.consumer_name AS consumer_name, tw.provider_name AS provider_name,
  tw.consumer_version AS consumer_version, tw.provider_version AS provider_version, tw.status AS status,
  (SELECT CAST(COUNT(*) AS INTEGER) FROM webhook_executions we WHERE we.triggered_webhook_id = tw.id) AS attempts,
  tw.created_at AS created_at, tw.updated_at AS updated_at`;

/** The columns {@link triggeredWebhookColumns} selects (`attempts` an INTEGER in both dialects). */
export interface TriggeredWebhookRow {
  readonly uuid: string;
  readonly webhook_uuid: string;
  readonly event_name: WebhookEventName;
  readonly trigger_type: string;
  readonly consumer_name: string | null;
  readonly provider_name: string | null;
  readonly consumer_version: string | null;
  readonly provider_version: string | null;
  readonly status: TriggeredWebhookStatus;
  readonly attempts: number;
  readonly created_at: string;
  readonly updated_at: string;
}

/**
 * A triggered webhook row as the model.
 *
 * @example
 * const triggered = toTriggeredWebhook(row);
 */
export function toTriggeredWebhook(row: TriggeredWebhookRow): TriggeredWebhook {
  return {
    uuid: row.uuid,
    webhookUuid: row.webhook_uuid,
    eventName: row.event_name,
    triggerType: row.trigger_type === 'verification' ? 'verification' : 'publication',
    consumer: row.consumer_name ?? undefined,
    provider: row.provider_name ?? undefined,
    consumerVersion: row.consumer_version ?? undefined,
    providerVersion: row.provider_version ?? undefined,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The columns of a {@link WebhookExecution}, prefixed `we.` (joined to `tw.` for the trigger uuid).
 *
 * @example
 * await db.all(`SELECT ${webhookExecutionColumns} WHERE tw.uuid = ?`, [uuid]);
 */
export const webhookExecutionColumns = `tw.uuid AS trigger_uuid, we.attempt AS attempt, we.request AS request,
  we.response_status AS response_status, we.response_headers AS response_headers, we.response_body AS response_body,
  we.error AS error, we.success AS success, we.logs AS logs, we.started_at AS started_at, we.finished_at AS finished_at
  FROM webhook_executions we JOIN triggered_webhooks tw ON tw.id = we.triggered_webhook_id`;

/** The columns {@link webhookExecutionColumns} selects. */
export interface WebhookExecutionRow {
  readonly trigger_uuid: string;
  readonly attempt: number;
  /** JSON: the request sent. */
  readonly request: string;
  readonly response_status: number | null;
  /** JSON: the response headers. */
  readonly response_headers: string;
  readonly response_body: string | null;
  readonly error: string | null;
  readonly success: number;
  readonly logs: string;
  readonly started_at: string;
  readonly finished_at: string;
}

/**
 * An execution row as the model.
 *
 * @example
 * const execution = toWebhookExecution(row);
 */
export function toWebhookExecution(row: WebhookExecutionRow): WebhookExecution {
  const request: WebhookExecution['request'] = JSON.parse(row.request);
  const headers: Record<string, string> = JSON.parse(row.response_headers);
  return {
    triggerUuid: row.trigger_uuid,
    attempt: row.attempt,
    request,
    status: row.response_status ?? undefined,
    headers,
    body: row.response_body ?? undefined,
    error: row.error ?? undefined,
    success: row.success === 1,
    logs: row.logs,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
