/**
 * Publishing verification results to the Pact Broker, in the Pact verifier's order: the provider
 * version on its branch (when given), its tags (when given), then, per pact, `{ success, providerApplicationVersion, verifiedBy, testResults }` POSTed
 * to the pact's `pb:publish-verification-results` link.
 */
import { errorMessage } from '../../core/index.ts';
import { brokerJson } from './broker-json.ts';
import type { PactSource } from './pact-sources.ts';
import { tagProviderVersion } from './tag-provider-version.ts';
import type { InteractionResult } from './verification-report.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

/**
 * What publishing came to: `warnings` (a branch or a result not published, which does not change
 * the verification's outcome) and `errors` (a tag not published, which fails the run).
 *
 * @example
 * const outcome: PublishOutcome = { warnings: [], errors: ['Could not tag provider version 1 with prod: …'] };
 */
export interface PublishOutcome {
  readonly warnings: readonly string[];
  readonly errors: readonly string[];
}

/**
 * Publishes the results of each broker pact. When a provider version tag cannot be published, no
 * result is (as the Pact verifier does): the broker would otherwise hold a verification by a
 * version without the tags that can-i-deploy and pending pacts look for.
 *
 * @example
 * const { warnings, errors } = await publishResults(sources, results, options);
 */
export async function publishResults(
  sources: readonly PactSource[],
  results: readonly InteractionResult[],
  options: VerifyProviderOptions,
): Promise<PublishOutcome> {
  const warnings: string[] = [];
  const version = options.providerVersion ?? '';
  const branchWarning = await recordBranch(options);
  if (branchWarning !== undefined) warnings.push(branchWarning);
  const errors = await tagProviderVersion(sources, options);
  if (errors.length > 0) {
    warnings.push('No verification results were published: the provider version could not be tagged.');
    return { warnings, errors };
  }
  for (const source of sources) {
    if (source.publishUrl === undefined) continue;
    const own = results.filter((result) => result.source === source.source);
    try {
      await brokerJson(source.publishUrl, 'POST', resultBody(own, version), options);
    } catch (error) {
      warnings.push(`Could not publish the verification results of ${source.source}: ${errorMessage(error)}`);
    }
  }
  return { warnings, errors };
}

async function recordBranch(options: VerifyProviderOptions): Promise<string | undefined> {
  const { pactBrokerUrl, provider, providerVersion, providerVersionBranch } = options;
  if (pactBrokerUrl === undefined || provider === undefined || providerVersion === undefined)
    return undefined;
  if (providerVersionBranch === undefined) return undefined;
  const path = [provider, 'branches', providerVersionBranch, 'versions', providerVersion].map(
    encodeURIComponent,
  );
  const url = `${pactBrokerUrl.replace(/\/+$/, '')}/pacticipants/${path[0]}/${path.slice(1).join('/')}`;
  try {
    await brokerJson(url, 'PUT', {}, options);
    return undefined;
  } catch (error) {
    return `Could not record provider version ${providerVersion} on branch ${providerVersionBranch}: ${errorMessage(error)}`;
  }
}

function resultBody(results: readonly InteractionResult[], version: string): Record<string, unknown> {
  return {
    success: results.every((result) => result.ok),
    providerApplicationVersion: version,
    verifiedBy: { implementation: 'seam', version: '0.1.0' },
    testResults: results.map(testResult),
  };
}

/**
 * One interaction's entry, as the Pact verifier sends it: named by the broker's interaction id
 * (`interactionId`, with `interactionDescription` when it failed), or by `testDescription` when the
 * pact has no ids; a mismatch names its part, and the header or body path when there is one.
 */
function testResult(result: InteractionResult): Record<string, unknown> {
  const id = result.interactionId;
  const name = id === undefined ? { testDescription: result.description } : { interactionId: id };
  if (result.ok) return { ...name, success: true };
  return {
    ...name,
    ...(id === undefined ? {} : { interactionDescription: result.description }),
    success: false,
    mismatches: result.issues.map((issue) => ({
      attribute: issue.code,
      ...(issue.path === '$' ? {} : { identifier: issue.path }),
      description: issue.message,
    })),
  };
}
