/** One delivery attempt of a webhook: guard the address, send with a time limit, record what happened. */

import { type Clock, definedOnly, httpRequest, systemClock } from '../../core/index.ts';
import type { SentWebhookRequest, WebhookAttempt } from '../store/webhook-records.ts';
import type { AddressGuard } from './address-guard.ts';
import { pinnedAgent } from './pinned-agent.ts';

/** Response bodies are kept up to this many characters. */
const bodyExcerptChars = 4096;
/** Larger responses fail the attempt. */
const maxResponseBytes = 1024 * 1024;

/**
 * How {@link deliverWebhook} sends.
 *
 * @example
 * const options: DeliveryOptions = { guard: createAddressGuard(), timeoutMs: 10_000, attempt: 1 };
 */
export interface DeliveryOptions {
  readonly guard: AddressGuard;
  /** Time limit of the whole exchange. */
  readonly timeoutMs: number;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** Aborts the request (at shutdown). */
  readonly signal?: AbortSignal;
  /** The clock for the attempt's timestamps (default the system clock). */
  readonly clock?: Clock;
}

/**
 * An attempt, and whether trying again could help (not after the guard refused the address).
 *
 * @example
 * const { attempt, retryable } = await deliverWebhook(request, options);
 */
export interface DeliveryOutcome {
  readonly attempt: WebhookAttempt;
  readonly retryable: boolean;
}

/**
 * Sends the request once. It never throws: refusals, network errors and timeouts are recorded in
 * the attempt. Success is a 2xx response.
 *
 * @example
 * const { attempt } = await deliverWebhook({ method: 'POST', url: 'https://ci/build', headers: {}, body: '{}' }, options);
 * attempt.success;
 */
export async function deliverWebhook(
  request: SentWebhookRequest,
  options: DeliveryOptions,
): Promise<DeliveryOutcome> {
  const now = options.clock ?? systemClock;
  const startedAt = now().toISOString();
  const logs = [line(now, `Attempt ${options.attempt}: ${request.method} ${request.url}`)];
  const redacted = { ...request, headers: redactHeaders(request.headers) };
  for (const [name, value] of Object.entries(redacted.headers)) logs.push(line(now, `${name}: ${value}`));
  if (request.body !== undefined) logs.push(line(now, request.body));
  const finish = (
    result: Omit<WebhookAttempt, 'attempt' | 'request' | 'logs' | 'startedAt' | 'finishedAt'>,
  ) => ({
    ...result,
    attempt: options.attempt,
    request: redacted,
    logs: logs.join('\n'),
    startedAt,
    finishedAt: now().toISOString(),
  });
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    const error = `the URL ${JSON.stringify(request.url)} is not valid after substituting parameters`;
    logs.push(line(now, `Error: ${error}`));
    return { attempt: finish(failure(error)), retryable: false };
  }
  const decision = await options.guard.check(url);
  if (!decision.ok) {
    logs.push(line(now, `Refused: ${decision.reason}`));
    return { attempt: finish(failure(decision.reason)), retryable: false };
  }
  const agent = pinnedAgent(url, decision.addresses);
  try {
    const response = await httpRequest(
      url,
      definedOnly({
        method: request.method,
        headers: request.headers,
        body: request.body,
        timeoutMs: options.timeoutMs,
        maxBodyBytes: maxResponseBytes,
        agent,
        signal: options.signal,
      }),
    );
    const body = new TextDecoder().decode(response.body).slice(0, bodyExcerptChars);
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([name, values]) => [name, values.join(', ')]),
    );
    const success = response.status >= 200 && response.status < 300;
    logs.push(line(now, `Response: HTTP ${response.status}`));
    if (body !== '') logs.push(line(now, body));
    return {
      attempt: finish({ status: response.status, headers, body, error: undefined, success }),
      retryable: !success,
    };
  } catch (error) {
    const message = (error as Error).message;
    logs.push(line(now, `Error: ${message}`));
    return { attempt: finish(failure(message)), retryable: true };
  } finally {
    agent.destroy();
  }
}

function failure(error: string) {
  return { status: undefined, headers: {}, body: undefined, error, success: false };
}

function line(now: Clock, text: string): string {
  return `[${now().toISOString()}] ${text}`;
}

/**
 * The headers with the values of those naming authorization or a token masked, as the Pact Broker
 * neither logs nor shows them.
 *
 * @example
 * redactHeaders({ Authorization: 'Bearer s3cret', Accept: '*' }); // { Authorization: '**********', Accept: '*' }
 */
export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      /authorization|token/i.test(name) ? '**********' : value,
    ]),
  );
}
