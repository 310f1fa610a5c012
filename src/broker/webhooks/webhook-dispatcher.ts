/**
 * Firing webhooks: events from publications and verification results become triggered webhooks,
 * delivered in the background with retries, each attempt logged in the store.
 */
import { randomUUID } from 'node:crypto';
import { systemClock } from '../../core/index.ts';
import { linksFor } from '../paths/links.ts';
import type { BrokerStore, PactPublication, VerificationResult } from '../store/broker-store.ts';
import { defaultWebhookEvent, type WebhookEventName } from '../store/webhook-events.ts';
import type { Webhook, WebhookAttempt } from '../store/webhook-records.ts';
import { settlesWithin, sleep } from './abortable-wait.ts';
import { createAddressGuard } from './address-guard.ts';
import { deliverWebhook } from './deliver-webhook.ts';
import { latestMatchingPact, placeholderPact } from './execution-pact.ts';
import { renderRequest } from './render-request.ts';
import { type EventFacts, templateParameters } from './template-parameters.ts';
import {
  defaultRetryDelaysMs,
  defaultShutdownGraceMs,
  defaultWebhookLog,
  defaultWebhookTimeoutMs,
  type WebhookOptions,
} from './webhook-options.ts';

/**
 * A pact was published: the publication, and the content SHA of the latest pact between the same
 * consumer and provider before it (undefined for the first).
 *
 * @example
 * dispatcher.pactPublished({ pact, previousSha, base: 'https://broker.example.com' });
 */
export interface PactPublishedEvent {
  readonly pact: PactPublication;
  readonly previousSha: string | undefined;
  /** The broker's base URL, for `${pactbroker.pactUrl}`. */
  readonly base: string;
}

/**
 * A verification result was published.
 *
 * @example
 * dispatcher.verificationPublished({ verification, base });
 */
export interface VerificationPublishedEvent {
  readonly verification: VerificationResult;
  /** The verified pact, when the caller has it (else it is read from the store). */
  readonly pact?: PactPublication;
  readonly base: string;
}

/**
 * Fires and delivers webhooks; see {@link createWebhookDispatcher}.
 *
 * @example
 * const dispatcher = createWebhookDispatcher(store, { allowHosts: ['127.0.0.1'] });
 * dispatcher.pactPublished({ pact, previousSha: undefined, base });
 * await dispatcher.idle();
 */
export interface WebhookDispatcher {
  /** Fires `contract_published`, `contract_content_changed` and `contract_requiring_verification_published`. Returns at once. */
  pactPublished(event: PactPublishedEvent): void;
  /** Fires `provider_verification_published` and `_succeeded` or `_failed`. Returns at once. */
  verificationPublished(event: VerificationPublishedEvent): void;
  /** Sends the webhook once now (not logged, no retries), with the latest matching pact or placeholders. */
  execute(webhook: Webhook, base: string): Promise<WebhookAttempt>;
  /**
   * Why a webhook URL would be refused whatever its host resolves to (its host is an IP address in
   * a forbidden range, not allowed), or `undefined`; host names are judged at delivery.
   */
  refusedUrl(url: string): string | undefined;
  /** Resolves when no delivery is in flight or waiting to retry. */
  idle(): Promise<void>;
  /** Stops retries, waits up to the grace period for deliveries in flight, then abandons them. */
  close(): Promise<void>;
}

/**
 * A dispatcher over the store. Deliveries run in the background; a failed webhook never affects
 * the request that fired it. Retry waits do not keep the process alive.
 *
 * @throws SeamError `usage` when an `allowHosts` entry is malformed.
 * @example
 * const dispatcher = createWebhookDispatcher(store, { retryDelaysMs: [100, 200] });
 * const handler = createBrokerHandler(store, { webhooks: dispatcher });
 */
export function createWebhookDispatcher(store: BrokerStore, options: WebhookOptions = {}): WebhookDispatcher {
  const guard = createAddressGuard(options);
  const log = options.log ?? defaultWebhookLog;
  const clock = options.clock ?? options.now ?? systemClock;
  const delays = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const timeoutMs = options.timeoutMs ?? defaultWebhookTimeoutMs;
  const graceMs = options.shutdownGraceMs ?? defaultShutdownGraceMs;
  const stopRetries = new AbortController();
  const abortRequests = new AbortController();
  const inFlight = new Set<Promise<void>>();
  let closing = false;

  const track = (what: string, work: () => Promise<void>) => {
    if (closing) {
      log(`Webhook ${what} not started: the broker is closing.`);
      return;
    }
    const running: Promise<void> = work()
      .catch((error: unknown) => log(`Webhook ${what} failed: ${(error as Error).message}`))
      .finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  const deliver = async (webhook: Webhook, facts: EventFacts, base: string) => {
    const request = renderRequest(webhook.request, templateParameters(facts, linksFor(base)));
    const { pact, verification } = facts;
    const triggered = await store.recordTriggeredWebhook({
      uuid: randomUUID(),
      webhookUuid: webhook.uuid,
      eventName: facts.eventName,
      triggerType: facts.eventName.startsWith('provider_') ? 'verification' : 'publication',
      consumer: pact.consumer,
      provider: pact.provider,
      consumerVersion: pact.consumerVersion,
      ...(verification === undefined ? {} : { providerVersion: verification.providerVersion }),
    });
    const name = `${webhook.uuid} (${facts.eventName})`;
    for (let number = 1; ; number++) {
      const { attempt, retryable } = await deliverWebhook(request, {
        guard,
        timeoutMs,
        attempt: number,
        signal: abortRequests.signal,
        clock,
      });
      const delay = delays[number - 1];
      const retry = !attempt.success && retryable && delay !== undefined && !closing;
      const status = attempt.success ? 'success' : retry ? 'retrying' : 'failure';
      await store.recordWebhookAttempt(triggered.uuid, attempt, status);
      const outcome = attempt.success
        ? `HTTP ${attempt.status}`
        : (attempt.error ?? `HTTP ${attempt.status}`);
      log(`Webhook ${name} attempt ${number}: ${outcome}${retry ? `; retrying in ${delay} ms` : ''}.`);
      if (!retry) return;
      if (!(await sleep(delay, stopRetries.signal))) {
        log(`Webhook ${name}: retry ${number + 1} abandoned, the broker is closing.`);
        return;
      }
    }
  };

  /** The enabled webhooks for the pact's consumer and provider. */
  const webhooksFor = async (pact: PactPublication) =>
    (await store.listWebhooks()).filter(
      (webhook) =>
        webhook.enabled &&
        (webhook.consumer === undefined || webhook.consumer === pact.consumer) &&
        (webhook.provider === undefined || webhook.provider === pact.provider),
    );

  const fire = async (
    webhooks: readonly Webhook[],
    events: readonly WebhookEventName[],
    facts: Omit<EventFacts, 'eventName'>,
    base: string,
  ) => {
    const { pact } = facts;
    const enriched = {
      ...facts,
      consumerVersionTags: await store.tagsOf(pact.consumer, pact.consumerVersion),
      ...(facts.verification === undefined
        ? {}
        : { providerVersionTags: await store.tagsOf(pact.provider, facts.verification.providerVersion) }),
    };
    for (const eventName of events)
      for (const webhook of webhooks.filter((candidate) => candidate.events.includes(eventName)))
        track(`${webhook.uuid} (${eventName})`, () => deliver(webhook, { ...enriched, eventName }, base));
  };

  return {
    pactPublished({ pact, previousSha, base }) {
      track('events of a pact publication', async () => {
        // Most publications concern no webhook: nothing more is read for them.
        const webhooks = await webhooksFor(pact);
        if (webhooks.length === 0) return;
        const events: WebhookEventName[] = ['contract_published'];
        if (pact.sha !== previousSha) events.push('contract_content_changed');
        if (!(await store.successfullyVerified(pact.provider, [pact.sha])).has(pact.sha))
          events.push('contract_requiring_verification_published');
        const verification = await store.findVerification(pact.provider, pact.consumer, pact.sha);
        await fire(webhooks, events, { pact, verification }, base);
      });
    },
    verificationPublished({ verification, pact: verified, base }) {
      track('events of a verification result', async () => {
        const { provider, consumer, sha } = verification;
        const pact = verified ?? (await store.findPactBySha(provider, consumer, sha));
        if (pact === undefined) return;
        const webhooks = await webhooksFor(pact);
        if (webhooks.length === 0) return;
        const outcome = verification.success
          ? 'provider_verification_succeeded'
          : 'provider_verification_failed';
        await fire(webhooks, ['provider_verification_published', outcome], { pact, verification }, base);
      });
    },
    async execute(webhook, base) {
      const pact = await latestMatchingPact(store, webhook);
      const verification =
        pact === undefined ? undefined : await store.findVerification(pact.provider, pact.consumer, pact.sha);
      const facts: EventFacts = {
        eventName: webhook.events[0] ?? defaultWebhookEvent,
        pact: pact ?? placeholderPact(webhook),
        verification,
      };
      const request = renderRequest(webhook.request, templateParameters(facts, linksFor(base)));
      return (
        await deliverWebhook(request, { guard, timeoutMs, attempt: 1, signal: abortRequests.signal, clock })
      ).attempt;
    },
    refusedUrl(url) {
      let parsed: URL;
      try {
        // A template parameter in the URL is judged with a harmless value in its place.
        parsed = new URL(url.replace(/\$\{[^}]*\}/g, 'placeholder'));
      } catch {
        return undefined;
      }
      const decision = guard.checkLiteral(parsed);
      return decision === undefined || decision.ok ? undefined : decision.reason;
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async close() {
      if (closing) return;
      closing = true;
      stopRetries.abort();
      if (inFlight.size === 0) return;
      if (await settlesWithin([...inFlight], graceMs)) return;
      log(
        `Gave up waiting for ${inFlight.size} webhook deliveries after ${graceMs} ms at shutdown; aborting them.`,
      );
      abortRequests.abort();
      await settlesWithin([...inFlight], 1000);
    },
  };
}
