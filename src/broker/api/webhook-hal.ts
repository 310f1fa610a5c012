/** Webhooks, triggered webhooks and execution results as the Pact Broker serves them (HAL+JSON). */

import type { BrokerLinks } from '../paths/links.ts';
import type {
  TriggeredWebhook,
  Webhook,
  WebhookAttempt,
  WebhookRequestTemplate,
} from '../store/webhook-records.ts';
import { redactHeaders } from '../webhooks/deliver-webhook.ts';
import { withSampleParameters } from '../webhooks/render-request.ts';

/**
 * A webhook's HAL body: description, consumer and provider `{ name }`, enabled, events
 * `[{ name }]`, request (password masked), timestamps and `pb:` links.
 *
 * @example
 * halResponse(webhookBody(webhook, linksFor(base)));
 */
export function webhookBody(webhook: Webhook, links: BrokerLinks): Record<string, unknown> {
  const { consumer, provider } = webhook;
  return {
    uuid: webhook.uuid,
    ...(webhook.description === undefined ? {} : { description: webhook.description }),
    ...(consumer === undefined ? {} : { consumer: { name: consumer } }),
    ...(provider === undefined ? {} : { provider: { name: provider } }),
    enabled: webhook.enabled,
    events: webhook.events.map((name) => ({ name })),
    request: requestBody(webhook.request),
    createdAt: webhook.createdAt,
    updatedAt: webhook.updatedAt,
    _links: {
      self: { title: webhook.description ?? webhookTitle(webhook), href: links.webhook(webhook.uuid) },
      'pb:execute': {
        title:
          'Test the execution of the webhook with the latest matching pact or verification by sending a POST request to this URL',
        href: links.executeWebhook(webhook.uuid),
      },
      ...(consumer === undefined
        ? {}
        : { 'pb:consumer': { title: 'Consumer', name: consumer, href: links.pacticipant(consumer) } }),
      ...(provider === undefined
        ? {}
        : { 'pb:provider': { title: 'Provider', name: provider, href: links.pacticipant(provider) } }),
      ...(consumer === undefined || provider === undefined
        ? {}
        : {
            'pb:pact-webhooks': {
              title: `All webhooks for consumer ${consumer} and provider ${provider}`,
              href: links.webhooksForPact(provider, consumer),
            },
          }),
      'pb:webhooks': { title: 'All webhooks', href: links.webhooks() },
    },
  };
}

/**
 * A list of webhooks as the Pact Broker's webhooks collection.
 *
 * @example
 * halResponse(webhooksBody(await store.listWebhooks(), links, links.webhooks(), 'Webhooks'));
 */
export function webhooksBody(
  webhooks: readonly Webhook[],
  links: BrokerLinks,
  self: string,
  title: string,
): Record<string, unknown> {
  return {
    _links: {
      self: { title, href: self },
      'pb:create': { title: 'POST to create a webhook', href: links.webhooks() },
      'pb:webhooks': webhooks.map((webhook) => ({
        title: webhook.description ?? webhookTitle(webhook),
        name: `${webhook.request.method} ${hostOf(webhook.request.url)}`,
        href: links.webhook(webhook.uuid),
      })),
      curies: [{ name: 'pb', href: links.webhookDocs(), templated: true }],
    },
  };
}

/**
 * The result of `POST /webhooks/:uuid/execute`: request, response (or error), logs, success.
 *
 * @example
 * halResponse(executionBody(attempt, webhook.uuid, links), attempt.success ? 200 : 500);
 */
export function executionBody(
  attempt: WebhookAttempt,
  uuid: string,
  links: BrokerLinks,
): Record<string, unknown> {
  return {
    request: { ...attempt.request, body: parsedOrText(attempt.request.body) },
    ...(attempt.status === undefined
      ? {}
      : { response: { status: attempt.status, headers: attempt.headers, body: parsedOrText(attempt.body) } }),
    ...(attempt.error === undefined ? {} : { error: { message: attempt.error } }),
    logs: attempt.logs,
    success: attempt.success,
    _links: {
      'pb:webhook': { href: links.webhook(uuid) },
      'try-again': { title: 'Execute the webhook again', href: links.executeWebhook(uuid) },
    },
  };
}

/**
 * Triggered webhooks as the Pact Broker lists them (`_embedded.triggeredWebhooks`).
 *
 * @example
 * halResponse(triggeredWebhooksBody(triggered, links, self, 'Webhooks triggered by the publication'));
 */
export function triggeredWebhooksBody(
  triggered: readonly TriggeredWebhook[],
  links: BrokerLinks,
  self: string,
  title: string,
): Record<string, unknown> {
  const counts = { successful: 0, failed: 0, notRun: 0, retrying: 0 };
  for (const entry of triggered)
    if (entry.status === 'success') counts.successful++;
    else if (entry.status === 'failure') counts.failed++;
    else if (entry.status === 'retrying') counts.retrying++;
    else counts.notRun++;
  return {
    summary: counts,
    _embedded: {
      triggeredWebhooks: triggered.map((entry) => ({
        name: `${entry.eventName} ${entry.consumer ?? ''}/${entry.provider ?? ''}`,
        uuid: entry.uuid,
        status: entry.status,
        attemptsMade: entry.attempts,
        triggerType: entry.triggerType,
        eventName: entry.eventName,
        triggeredAt: entry.createdAt,
        _links: {
          'pb:logs': {
            title: 'Webhook execution logs',
            href: links.webhookLogs(entry.webhookUuid, entry.uuid),
          },
          'pb:webhook': { title: 'Webhook', href: links.webhook(entry.webhookUuid) },
        },
      })),
    },
    _links: { self: { title, href: self } },
  };
}

function requestBody(request: WebhookRequestTemplate): Record<string, unknown> {
  return {
    method: request.method,
    url: request.url,
    headers: redactHeaders(request.headers),
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.username === undefined ? {} : { username: request.username }),
    ...(request.password === undefined ? {} : { password: '**********' }),
  };
}

function webhookTitle(webhook: Webhook): string {
  const scope = [
    webhook.consumer === undefined ? undefined : `consumer ${webhook.consumer}`,
    webhook.provider === undefined ? undefined : `provider ${webhook.provider}`,
  ].filter((part) => part !== undefined);
  return `A webhook for ${scope.length === 0 ? 'all pacts' : scope.join(' and ')}`;
}

function hostOf(url: string): string {
  try {
    return new URL(withSampleParameters(url)).host;
  } catch {
    return url;
  }
}

function parsedOrText(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
