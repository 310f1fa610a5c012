/** The webhook tables' row shapes and their mapping to the model (both stores run the same SQL). */

import { definedOnly } from '../../core/index.ts';
import type { Row } from './sql-rows.ts';
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

/**
 * A webhook row as the model.
 *
 * @example
 * const webhook = toWebhook(row);
 */
export function toWebhook(row: Row): Webhook {
  const description = optionalText(row.description);
  const consumer = optionalText(row.consumer_name);
  const provider = optionalText(row.provider_name);
  return {
    uuid: String(row.uuid),
    ...definedOnly({ description, consumer, provider }),
    events: JSON.parse(String(row.events)) as WebhookEventName[],
    enabled: Number(row.enabled) === 1,
    request: JSON.parse(String(row.request)) as WebhookRequestTemplate,
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
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
  (SELECT COUNT(*) FROM webhook_executions we WHERE we.triggered_webhook_id = tw.id) AS attempts,
  tw.created_at AS created_at, tw.updated_at AS updated_at`;

/**
 * A triggered webhook row as the model.
 *
 * @example
 * const triggered = toTriggeredWebhook(row);
 */
export function toTriggeredWebhook(row: Row): TriggeredWebhook {
  return {
    uuid: String(row.uuid),
    webhookUuid: String(row.webhook_uuid),
    eventName: String(row.event_name) as WebhookEventName,
    triggerType: row.trigger_type === 'verification' ? 'verification' : 'publication',
    consumer: optionalText(row.consumer_name),
    provider: optionalText(row.provider_name),
    consumerVersion: optionalText(row.consumer_version),
    providerVersion: optionalText(row.provider_version),
    status: String(row.status) as TriggeredWebhookStatus,
    attempts: Number(row.attempts),
    createdAt: String(row.created_at),
    updatedAt: String(row.updated_at),
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

/**
 * An execution row as the model.
 *
 * @example
 * const execution = toWebhookExecution(row);
 */
export function toWebhookExecution(row: Row): WebhookExecution {
  return {
    triggerUuid: String(row.trigger_uuid),
    attempt: Number(row.attempt),
    request: JSON.parse(String(row.request)) as WebhookExecution['request'],
    status:
      row.response_status === null || row.response_status === undefined
        ? undefined
        : Number(row.response_status),
    headers: JSON.parse(String(row.response_headers)) as Record<string, string>,
    body: optionalText(row.response_body),
    error: optionalText(row.error),
    success: Number(row.success) === 1,
    logs: String(row.logs),
    startedAt: String(row.started_at),
    finishedAt: String(row.finished_at),
  };
}

function optionalText(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}
