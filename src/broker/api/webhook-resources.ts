/**
 * Webhooks: `/webhooks` (list, create), `/webhooks/:uuid` (get, replace or create, delete),
 * `/webhooks/:uuid/execute`, per-pacticipant listings, and the triggered webhooks and their logs.
 */

import { randomUUID } from 'node:crypto';
import { routePaths } from '../paths/route-paths.ts';
import type { TriggeredWebhooksQuery, WebhookInput } from '../store/webhook-records.ts';
import { checkWebhook } from '../webhooks/check-webhook.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { Route, RouteContext } from './router.ts';
import { executionBody, triggeredWebhooksBody, webhookBody, webhooksBody } from './webhook-hal.ts';

/**
 * The webhook routes.
 *
 * @example
 * const routes = [...webhookRoutes];
 */
export const webhookRoutes: readonly Route[] = [
  { method: 'GET', pattern: routePaths.webhooks, handle: (context) => list(context, {}, 'Webhooks') },
  { method: 'POST', pattern: routePaths.webhooks, handle: (context) => create(context, {}) },
  { method: 'GET', pattern: routePaths.webhooksForPair, handle: listForPact },
  { method: 'POST', pattern: routePaths.webhooksForPair, handle: createForPact },
  { method: 'GET', pattern: routePaths.pactWebhooks, handle: listForPact },
  { method: 'POST', pattern: routePaths.pactWebhooks, handle: createForPact },
  {
    method: 'GET',
    pattern: routePaths.webhooksForProvider,
    handle: (context) =>
      list(
        context,
        { provider: context.params.provider ?? '' },
        `Webhooks for provider ${context.params.provider}`,
      ),
  },
  {
    method: 'GET',
    pattern: routePaths.webhooksForConsumer,
    handle: (context) =>
      list(
        context,
        { consumer: context.params.consumer ?? '' },
        `Webhooks for consumer ${context.params.consumer}`,
      ),
  },
  { method: 'GET', pattern: routePaths.webhook, handle: show },
  { method: 'PUT', pattern: routePaths.webhook, handle: replace },
  { method: 'DELETE', pattern: routePaths.webhook, handle: remove },
  { method: 'POST', pattern: routePaths.executeWebhook, handle: execute },
  { method: 'GET', pattern: routePaths.triggeredWebhooks, handle: triggeredForWebhook },
  { method: 'GET', pattern: routePaths.webhookLogs, handle: logs },
  {
    method: 'GET',
    pattern: routePaths.pactTriggeredWebhooks,
    handle: triggeredForPublication,
  },
  { method: 'GET', pattern: routePaths.pactWebhooksStatus, handle: pactWebhooksStatus },
];

async function list(
  context: RouteContext,
  filter: { consumer?: string; provider?: string },
  title: string,
): Promise<Response> {
  const webhooks = await context.store.listWebhooks(filter);
  return halResponse(webhooksBody(webhooks, context.links, selfUrl(context), title));
}

function listForPact(context: RouteContext): Promise<Response> {
  const { provider = '', consumer = '' } = context.params;
  return list(context, { provider, consumer }, `Webhooks for consumer ${consumer} and provider ${provider}`);
}

function createForPact(context: RouteContext): Promise<Response> {
  const { provider = '', consumer = '' } = context.params;
  return create(context, { provider, consumer });
}

async function create(
  context: RouteContext,
  scope: { consumer?: string; provider?: string },
): Promise<Response> {
  const checked = await checkedInput(context, scope);
  if ('errors' in checked) return validationResponse(checked.errors);
  const { webhook } = await context.store.saveWebhook(randomUUID(), checked);
  return halResponse(webhookBody(webhook, context.links), 201, {
    location: context.links.webhook(webhook.uuid),
  });
}

async function show(context: RouteContext): Promise<Response> {
  const uuid = context.params.uuid ?? '';
  const webhook = await context.store.findWebhook(uuid);
  if (webhook === undefined) return notFound(uuid);
  return halResponse(webhookBody(webhook, context.links));
}

async function replace(context: RouteContext): Promise<Response> {
  const uuid = context.params.uuid ?? '';
  if (!/^[A-Za-z0-9_-]{16,}$/.test(uuid))
    return validationResponse({
      uuid: [`must be at least 16 letters, digits, - or _ (a UUID is best); got ${JSON.stringify(uuid)}`],
    });
  const checked = await checkedInput(context, {});
  if ('errors' in checked) return validationResponse(checked.errors);
  const { webhook, created } = await context.store.saveWebhook(uuid, checked);
  return halResponse(webhookBody(webhook, context.links), created ? 201 : 200);
}

async function remove(context: RouteContext): Promise<Response> {
  const uuid = context.params.uuid ?? '';
  if (!(await context.store.deleteWebhook(uuid))) return notFound(uuid);
  return new Response(null, { status: 204 });
}

async function execute(context: RouteContext): Promise<Response> {
  const uuid = context.params.uuid ?? '';
  const webhook = await context.store.findWebhook(uuid);
  if (webhook === undefined) return notFound(uuid);
  const attempt = await context.webhooks.execute(webhook, context.base);
  return halResponse(executionBody(attempt, uuid, context.links), attempt.success ? 200 : 500);
}

async function triggeredForWebhook(context: RouteContext): Promise<Response> {
  const uuid = context.params.uuid ?? '';
  if ((await context.store.findWebhook(uuid)) === undefined) return notFound(uuid);
  const triggered = await context.store.listTriggeredWebhooks({ webhookUuid: uuid });
  return halResponse(
    triggeredWebhooksBody(
      triggered,
      context.links,
      selfUrl(context),
      `Triggered webhooks of webhook ${uuid}`,
    ),
  );
}

async function logs(context: RouteContext): Promise<Response> {
  const { uuid = '', trigger = '' } = context.params;
  const triggered = await context.store.findTriggeredWebhook(trigger);
  if (triggered === undefined || triggered.webhookUuid !== uuid)
    return errorResponse(404, `No triggered webhook ${trigger} of webhook ${uuid}.`);
  const executions = await context.store.webhookExecutions(trigger);
  return new Response(executions.map((execution) => execution.logs).join('\n'), {
    headers: { 'content-type': 'text/plain;charset=utf-8' },
  });
}

async function triggeredForPublication(context: RouteContext): Promise<Response> {
  const { provider = '', consumer = '', version = '' } = context.params;
  if ((await context.store.findPact(provider, consumer, version)) === undefined)
    return errorResponse(
      404,
      `No pact between consumer ${consumer} (version ${version}) and provider ${provider}.`,
    );
  return triggeredForPact(
    context,
    { provider, consumer, consumerVersion: version },
    `Webhooks triggered by the publication of the pact between ${consumer} (${version}) and ${provider}`,
  );
}

async function pactWebhooksStatus(context: RouteContext): Promise<Response> {
  const { provider = '', consumer = '' } = context.params;
  const [latest] = await context.store.latestPacts({ provider, consumer });
  if (latest === undefined)
    return errorResponse(404, `No pact was found between consumer ${consumer} and provider ${provider}.`);
  return triggeredForPact(
    context,
    { provider, consumer, consumerVersion: latest.consumerVersion },
    `Webhooks triggered by the latest pact between ${consumer} and ${provider}`,
  );
}

// The webhooks triggered for one consumer version's pact with a provider, under the given title.
async function triggeredForPact(
  context: RouteContext,
  query: TriggeredWebhooksQuery,
  title: string,
): Promise<Response> {
  const triggered = await context.store.listTriggeredWebhooks(query);
  return halResponse(triggeredWebhooksBody(triggered, context.links, selfUrl(context), title));
}

// The body, checked, with the path's consumer and provider; named pacticipants must exist.
async function checkedInput(
  context: RouteContext,
  scope: { consumer?: string; provider?: string },
): Promise<WebhookInput | { errors: Record<string, string[]> }> {
  const checked = checkWebhook(await context.json());
  if ('errors' in checked) return checked;
  const input = { ...checked, ...scope };
  const errors: Record<string, string[]> = {};
  // An address the guard refuses is refused now, not only at each delivery.
  const refused = context.webhooks.refusedUrl(input.request.url);
  if (refused !== undefined) errors['request.url'] = [refused];
  for (const role of ['consumer', 'provider'] as const) {
    const name = input[role];
    if (name !== undefined && (await context.store.findPacticipant(name)) === undefined)
      errors[`${role}.name`] = [
        `no pacticipant named ${JSON.stringify(name)} exists; publish a pact for it first`,
      ];
  }
  return Object.keys(errors).length > 0 ? { errors } : input;
}

function notFound(uuid: string): Response {
  return errorResponse(404, `No webhook with uuid ${uuid}.`);
}

// The request's own URL under the broker's base URL (not the local address it arrived on).
function selfUrl(context: RouteContext): string {
  const { pathname, search } = new URL(context.request.url);
  return `${context.base}${pathname}${search}`;
}
