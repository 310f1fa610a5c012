/** The `${pactbroker.*}` parameters of a webhook event, as the Pact Broker names and fills them. */
import type { BrokerLinks } from '../paths/links.ts';
import type { PactPublication, VerificationResult } from '../store/broker-store.ts';
import type { WebhookEventName } from '../store/webhook-events.ts';

/**
 * What an event knows: the pact, and for verification events (or when the pact has one) the
 * verification result; tags of both versions.
 *
 * @example
 * const facts: EventFacts = { eventName: 'contract_published', pact, consumerVersionTags: ['prod'] };
 */
export interface EventFacts {
  readonly eventName: WebhookEventName;
  readonly pact: PactPublication;
  readonly verification?: VerificationResult | undefined;
  readonly consumerVersionTags?: readonly string[];
  readonly providerVersionTags?: readonly string[];
}

/** Every parameter name supported, without the `pactbroker.` prefix. */
const templateParameterNames = [
  'consumerName',
  'providerName',
  'consumerVersionNumber',
  'providerVersionNumber',
  'consumerVersionTags',
  'providerVersionTags',
  'consumerVersionBranch',
  'providerVersionBranch',
  'pactUrl',
  'verificationResultUrl',
  'githubVerificationStatus',
  'bitbucketVerificationStatus',
  'gitlabVerificationStatus',
  'consumerLabels',
  'providerLabels',
  'eventName',
  'currentlyDeployedProviderVersionNumber',
] as const;

/**
 * The parameter values for an event, keyed `pactbroker.<name>`; unknown facts are empty strings,
 * as in the Pact Broker. Verification statuses are `pending` (GitHub), `INPROGRESS` (Bitbucket) and
 * `running` (GitLab) while no verification result exists.
 *
 * @example
 * templateParameters(facts, linksFor('https://broker'))['pactbroker.consumerName']; // 'web'
 */
export function templateParameters(facts: EventFacts, links: BrokerLinks): Record<string, string> {
  const { pact, verification } = facts;
  const outcome = verification === undefined ? undefined : verification.success;
  const values: Record<(typeof templateParameterNames)[number], string> = {
    consumerName: pact.consumer,
    providerName: pact.provider,
    consumerVersionNumber: pact.consumerVersion,
    providerVersionNumber: verification?.providerVersion ?? '',
    consumerVersionTags: (facts.consumerVersionTags ?? []).join(', '),
    providerVersionTags: (facts.providerVersionTags ?? []).join(', '),
    consumerVersionBranch: pact.consumerBranch ?? '',
    providerVersionBranch: verification?.providerBranch ?? '',
    pactUrl: links.pactVersion(pact.provider, pact.consumer, pact.sha),
    verificationResultUrl:
      verification === undefined
        ? ''
        : links.verificationResult(pact.provider, pact.consumer, pact.sha, verification.id),
    githubVerificationStatus: outcome === undefined ? 'pending' : outcome ? 'success' : 'failure',
    bitbucketVerificationStatus: outcome === undefined ? 'INPROGRESS' : outcome ? 'SUCCESSFUL' : 'FAILED',
    gitlabVerificationStatus: outcome === undefined ? 'running' : outcome ? 'success' : 'failed',
    consumerLabels: '',
    providerLabels: '',
    eventName: facts.eventName,
    currentlyDeployedProviderVersionNumber: '',
  };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [`pactbroker.${name}`, value]));
}
