/** Webhooks, triggered webhooks and execution results as the Pact Broker serves them (HAL+JSON). */
import type { BrokerLinks } from '../api/links.ts';
import type { TriggeredWebhook, Webhook, WebhookAttempt, WebhookRequestTemplate } from './webhook-records.ts';

const part = encodeURIComponent;

/**
 * The webhook URLs under a base URL.
 *
 * @example
 * webhookLinks('http://b').webhook('0c1…'); // 'http://b/webhooks/0c1…'
 */
export function webhookLinks(base: string) {
  return {
    webhooks: () => `${base}/webhooks`,
    webhook: (uuid: string) => `${base}/webhooks/${part(uuid)}`,
    execute: (uuid: string) => `${base}/webhooks/${part(uuid)}/execute`,
    forPact: (provider: string, consumer: string) =>
      `${base}/webhooks/provider/${part(provider)}/consumer/${part(consumer)}`,
    logs: (webhookUuid: string, triggerUuid: string) =>
      `${base}/webhooks/${part(webhookUuid)}/trigger/${part(triggerUuid)}/logs`,
  };
}

/**
 * A webhook's HAL body: description, consumer and provider `{ name }`, enabled, events
 * `[{ name }]`, request (password masked), timestamps and `pb:` links.
 *
 * @example
 * halResponse(webhookBody(webhook, base, linksFor(base)));
 */
export function webhookBody(webhook: Webhook, base: string, links: BrokerLinks): Record<string, unknown> {
  const urls = webhookLinks(base);
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
      self: { title: webhook.description ?? webhookTitle(webhook), href: urls.webhook(webhook.uuid) },
      'pb:execute': {
        title:
          'Test the execution of the webhook with the latest matching pact or verification by sending a POST request to this URL',
        href: urls.execute(webhook.uuid),
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
              href: urls.forPact(provider, consumer),
            },
          }),
      'pb:webhooks': { title: 'All webhooks', href: urls.webhooks() },
    },
  };
}

/**
 * A list of webhooks as the Pact Broker's webhooks collection.
 *
 * @example
 * halResponse(webhooksBody(await store.listWebhooks(), base, `${base}/webhooks`, 'Webhooks'));
 */
export function webhooksBody(
  webhooks: readonly Webhook[],
  base: string,
  self: string,
  title: string,
): Record<string, unknown> {
  const urls = webhookLinks(base);
  return {
    _links: {
      self: { title, href: self },
      'pb:create': { title: 'POST to create a webhook', href: urls.webhooks() },
      'pb:webhooks': webhooks.map((webhook) => ({
        title: webhook.description ?? webhookTitle(webhook),
        name: `${webhook.request.method} ${hostOf(webhook.request.url)}`,
        href: urls.webhook(webhook.uuid),
      })),
      curies: [{ name: 'pb', href: `${base}/doc/webhooks-{rel}`, templated: true }],
    },
  };
}

/**
 * The result of `POST /webhooks/:uuid/execute`: request, response (or error), logs, success.
 *
 * @example
 * halResponse(executionBody(attempt, webhook.uuid, base), attempt.success ? 200 : 500);
 */
export function executionBody(attempt: WebhookAttempt, uuid: string, base: string): Record<string, unknown> {
  const urls = webhookLinks(base);
  return {
    request: { ...attempt.request, body: parsedOrText(attempt.request.body) },
    ...(attempt.status === undefined
      ? {}
      : { response: { status: attempt.status, headers: attempt.headers, body: parsedOrText(attempt.body) } }),
    ...(attempt.error === undefined ? {} : { error: { message: attempt.error } }),
    logs: attempt.logs,
    success: attempt.success,
    _links: {
      'pb:webhook': { href: urls.webhook(uuid) },
      'try-again': { title: 'Execute the webhook again', href: urls.execute(uuid) },
    },
  };
}

/**
 * Triggered webhooks as the Pact Broker lists them (`_embedded.triggeredWebhooks`).
 *
 * @example
 * halResponse(triggeredWebhooksBody(triggered, base, self, 'Webhooks triggered by the publication'));
 */
export function triggeredWebhooksBody(
  triggered: readonly TriggeredWebhook[],
  base: string,
  self: string,
  title: string,
): Record<string, unknown> {
  const urls = webhookLinks(base);
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
          'pb:logs': { title: 'Webhook execution logs', href: urls.logs(entry.webhookUuid, entry.uuid) },
          'pb:webhook': { title: 'Webhook', href: urls.webhook(entry.webhookUuid) },
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
    // As the Pact Broker does, header values that may hold credentials are not shown.
    headers: Object.fromEntries(
      Object.entries(request.headers).map(([name, value]) => [
        name,
        /authorization|token/i.test(name) ? '**********' : value,
      ]),
    ),
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
    return new URL(url.replace(/\$\{pactbroker\.[A-Za-z]+\}/g, 'x')).host;
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
