/** The webhook concern of the SQL store: webhooks, their triggers and delivery attempts. */
import { SeamError } from '../../core/index.ts';
import type { WebhookStore } from './broker-store.ts';
import { equals, whereClause } from './sql-where.ts';
import type { StoreContext } from './store-context.ts';
import type {
  TriggeredWebhook,
  TriggeredWebhookInput,
  TriggeredWebhookStatus,
  TriggeredWebhooksQuery,
  Webhook,
  WebhookAttempt,
  WebhookExecution,
  WebhookInput,
} from './webhook-records.ts';
import {
  type TriggeredWebhookRow,
  toTriggeredWebhook,
  toWebhook,
  toWebhookExecution,
  triggeredWebhookColumns,
  type WebhookExecutionRow,
  type WebhookRow,
  webhookColumns,
  webhookExecutionColumns,
} from './webhook-rows.ts';

/**
 * {@link WebhookStore} over the context's database.
 *
 * @example
 * const webhooks = createWebhookQueries(context);
 */
export function createWebhookQueries({ driver, timestamp }: StoreContext): WebhookStore {
  const queries: WebhookStore = {
    async saveWebhook(uuid: string, input: WebhookInput): Promise<{ webhook: Webhook; created: boolean }> {
      const now = timestamp();
      const values = [
        input.description ?? null,
        input.consumer ?? null,
        input.provider ?? null,
        JSON.stringify(input.events),
        input.enabled ? 1 : 0,
        JSON.stringify(input.request),
      ];
      const created = await driver.transaction(async (db) => {
        const { changes } = await db.run(
          `UPDATE webhooks SET description = ?, consumer_name = ?, provider_name = ?, events = ?, enabled = ?,
           request = ?, updated_at = ? WHERE uuid = ?`,
          [...values, now, uuid],
        );
        if (changes > 0) return false;
        await db.run(
          `INSERT INTO webhooks (uuid, description, consumer_name, provider_name, events, enabled, request, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [uuid, ...values, now, now],
        );
        return true;
      });
      return { webhook: written(await queries.findWebhook(uuid), uuid), created };
    },

    async findWebhook(uuid: string): Promise<Webhook | undefined> {
      const row = await driver.get<WebhookRow>(`SELECT ${webhookColumns} FROM webhooks w WHERE w.uuid = ?`, [
        uuid,
      ]);
      return row === undefined ? undefined : toWebhook(row);
    },

    async listWebhooks(
      filter: { readonly consumer?: string; readonly provider?: string } = {},
    ): Promise<Webhook[]> {
      const where = whereClause([
        equals('w.consumer_name', filter.consumer),
        equals('w.provider_name', filter.provider),
      ]);
      const rows = await driver.all<WebhookRow>(
        `SELECT ${webhookColumns} FROM webhooks w${where.sql} ORDER BY w.id`,
        where.params,
      );
      return rows.map(toWebhook);
    },

    async deleteWebhook(uuid: string): Promise<boolean> {
      return driver.transaction(async (db) => {
        await db.run(
          `DELETE FROM webhook_executions WHERE triggered_webhook_id IN
           (SELECT id FROM triggered_webhooks WHERE webhook_uuid = ?)`,
          [uuid],
        );
        await db.run('DELETE FROM triggered_webhooks WHERE webhook_uuid = ?', [uuid]);
        return (await db.run('DELETE FROM webhooks WHERE uuid = ?', [uuid])).changes > 0;
      });
    },

    async recordTriggeredWebhook(input: TriggeredWebhookInput): Promise<TriggeredWebhook> {
      const now = timestamp();
      await driver.run(
        `INSERT INTO triggered_webhooks (uuid, webhook_uuid, event_name, trigger_type, consumer_name, provider_name,
         consumer_version, provider_version, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          input.uuid,
          input.webhookUuid,
          input.eventName,
          input.triggerType,
          input.consumer ?? null,
          input.provider ?? null,
          input.consumerVersion ?? null,
          input.providerVersion ?? null,
          'not_run',
          now,
          now,
        ],
      );
      return written(await queries.findTriggeredWebhook(input.uuid), input.uuid);
    },

    async recordWebhookAttempt(
      triggerUuid: string,
      attempt: WebhookAttempt,
      status: TriggeredWebhookStatus,
    ): Promise<void> {
      await driver.transaction(async (db) => {
        const id = (await db.get<IdRow>('SELECT id FROM triggered_webhooks WHERE uuid = ?', [triggerUuid]))
          ?.id;
        if (id === undefined) return;
        await db.run(
          `INSERT INTO webhook_executions (triggered_webhook_id, attempt, request, response_status, response_headers,
           response_body, error, success, logs, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            id,
            attempt.attempt,
            JSON.stringify(attempt.request),
            attempt.status ?? null,
            JSON.stringify(attempt.headers),
            attempt.body ?? null,
            attempt.error ?? null,
            attempt.success ? 1 : 0,
            attempt.logs,
            attempt.startedAt,
            attempt.finishedAt,
          ],
        );
        await db.run('UPDATE triggered_webhooks SET status = ?, updated_at = ? WHERE id = ?', [
          status,
          timestamp(),
          id,
        ]);
      });
    },

    async listTriggeredWebhooks(query: TriggeredWebhooksQuery): Promise<TriggeredWebhook[]> {
      const where = whereClause([
        equals('tw.webhook_uuid', query.webhookUuid),
        equals('tw.consumer_name', query.consumer),
        equals('tw.provider_name', query.provider),
        equals('tw.consumer_version', query.consumerVersion),
      ]);
      const rows = await driver.all<TriggeredWebhookRow>(
        `SELECT ${triggeredWebhookColumns} FROM triggered_webhooks tw${where.sql} ORDER BY tw.id DESC`,
        where.params,
      );
      return rows.map(toTriggeredWebhook);
    },

    async findTriggeredWebhook(uuid: string): Promise<TriggeredWebhook | undefined> {
      const row = await driver.get<TriggeredWebhookRow>(
        `SELECT ${triggeredWebhookColumns} FROM triggered_webhooks tw WHERE tw.uuid = ?`,
        [uuid],
      );
      return row === undefined ? undefined : toTriggeredWebhook(row);
    },

    async webhookExecutions(triggerUuid: string): Promise<WebhookExecution[]> {
      const rows = await driver.all<WebhookExecutionRow>(
        `SELECT ${webhookExecutionColumns} WHERE tw.uuid = ? ORDER BY we.attempt, we.id`,
        [triggerUuid],
      );
      return rows.map(toWebhookExecution);
    },
  };
  return queries;
}

interface IdRow {
  readonly id: number;
}

// A record this call has just written and read back within the same store.
function written<T>(record: T | undefined, uuid: string): T {
  if (record === undefined)
    throw new SeamError('internal', `the store lost the record ${uuid} it had just written`);
  return record;
}
