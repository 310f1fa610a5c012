/** Validating a webhook body as the Pact Broker accepts it; errors are keyed by field. */
import { isPlainObject } from '../../core/index.ts';
import {
  defaultWebhookEvent,
  isWebhookEventName,
  type WebhookEventName,
  webhookEventNames,
} from '../store/webhook-events.ts';
import type { WebhookInput, WebhookRequestTemplate } from '../store/webhook-records.ts';
import { withSampleParameters } from './render-request.ts';

/** HTTP methods a webhook may use. */
const webhookMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

/**
 * The webhook in a request body, or the problems keyed by field (`request.url`, `events[0].name`).
 * `events` defaults to `contract_content_changed` and `enabled` to true, as in the Pact Broker.
 *
 * @example
 * const checked = checkWebhook(await context.json());
 * if ('errors' in checked) return validationResponse(checked.errors);
 */
export function checkWebhook(body: unknown): WebhookInput | { errors: Record<string, string[]> } {
  if (!isPlainObject(body)) return { errors: { body: ['must be a JSON object'] } };
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  if (body.description !== undefined && typeof body.description !== 'string')
    add('description', 'must be a string');
  const consumer = pacticipantName(body, 'consumer', add);
  const provider = pacticipantName(body, 'provider', add);
  if (body.enabled !== undefined && typeof body.enabled !== 'boolean')
    add('enabled', 'must be true or false');
  const events = checkEvents(body.events, add);
  const request = checkRequest(body.request, add);
  if (Object.keys(errors).length > 0 || request === undefined) return { errors };
  return {
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    ...(consumer === undefined ? {} : { consumer }),
    ...(provider === undefined ? {} : { provider }),
    events,
    enabled: body.enabled !== false,
    request,
  };
}

type Add = (field: string, message: string) => void;

function pacticipantName(body: Record<string, unknown>, field: string, add: Add): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value) || typeof value.name !== 'string' || value.name === '') {
    add(
      `${field}.name`,
      `must be a non-empty string (the ${field} the webhook is for), got ${JSON.stringify(value)}`,
    );
    return undefined;
  }
  return value.name;
}

function checkEvents(events: unknown, add: Add): WebhookEventName[] {
  if (events === undefined) return [defaultWebhookEvent];
  if (!Array.isArray(events) || events.length === 0) {
    add('events', 'must be a non-empty array of { "name": event }');
    return [];
  }
  const names: WebhookEventName[] = [];
  events.forEach((event, index) => {
    const name = isPlainObject(event) ? event.name : undefined;
    if (isWebhookEventName(name)) names.push(name);
    else
      add(
        `events[${index}].name`,
        `must be one of ${webhookEventNames.join(', ')}; got ${JSON.stringify(name)}`,
      );
  });
  return [...new Set(names)];
}

function checkRequest(request: unknown, add: Add): WebhookRequestTemplate | undefined {
  if (!isPlainObject(request)) {
    add('request', 'is missing (an object with method and url)');
    return undefined;
  }
  const method = typeof request.method === 'string' ? request.method.toUpperCase() : undefined;
  if (method === undefined || !(webhookMethods as readonly string[]).includes(method))
    add(
      'request.method',
      `must be one of ${webhookMethods.join(', ')}; got ${JSON.stringify(request.method)}`,
    );
  const url = checkUrl(request.url, add);
  const headers = checkHeaders(request.headers, add);
  for (const field of ['username', 'password'] as const)
    if (request[field] !== undefined && typeof request[field] !== 'string')
      add(`request.${field}`, 'must be a string');
  if (method === undefined || url === undefined || headers === undefined) return undefined;
  return {
    method,
    url,
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(typeof request.username === 'string' ? { username: request.username } : {}),
    ...(typeof request.password === 'string' ? { password: request.password } : {}),
  };
}

function checkUrl(url: unknown, add: Add): string | undefined {
  if (typeof url !== 'string' || url === '') {
    add('request.url', 'is missing (an http or https URL)');
    return undefined;
  }
  // Parameters may stand for parts of the URL: check it with each replaced by a sample value.
  let parsed: URL;
  try {
    parsed = new URL(withSampleParameters(url));
  } catch {
    add('request.url', `must be an absolute http or https URL; got ${JSON.stringify(url)}`);
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    add(
      'request.url',
      `must use http or https, not ${parsed.protocol.replace(/:$/, '')}; got ${JSON.stringify(url)}`,
    );
    return undefined;
  }
  return url;
}

function checkHeaders(headers: unknown, add: Add): Record<string, string> | undefined {
  if (headers === undefined || headers === null) return {};
  if (!isPlainObject(headers)) {
    add('request.headers', 'must be an object of header names to string values');
    return undefined;
  }
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
      add('request.headers', `${JSON.stringify(name)} is not a valid header name`);
    else if (typeof value !== 'string')
      add(`request.headers.${name}`, `must be a string; got ${JSON.stringify(value)}`);
    else checked[name] = value;
  }
  return checked;
}
