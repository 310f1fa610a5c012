/**
 * Tagging the provider version before results are published, as the Pact verifier does: from a
 * broker pact's `pb:provider` link to the provider pacticipant, then one `PUT {}` per tag through
 * its templated `pb:version-tag` relation (`…/versions/{version}/tags/{tag}`).
 */
import { errorMessage } from '../../core/index.ts';
import { brokerJson, linkHref } from './broker-json.ts';
import type { PactSource } from './pact-sources.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

/**
 * Tags `providerVersion` with each of `providerVersionTags`; resolves to one error per tag that
 * could not be published (none when there are no tags; one when no pact came from a broker, as
 * there is then no broker to tag it on).
 *
 * @example
 * const errors = await tagProviderVersion(sources, { providerVersion: '1.0.0', providerVersionTags: ['prod'] });
 * if (errors.length > 0) return { warnings, errors }; // results are not published untagged
 */
export async function tagProviderVersion(
  sources: readonly PactSource[],
  options: VerifyProviderOptions,
): Promise<string[]> {
  const tags = [...new Set(options.providerVersionTags ?? [])];
  const version = options.providerVersion ?? '';
  const broker = sources.filter((source) => source.publishUrl !== undefined);
  if (tags.length === 0) return [];
  const failed = (why: string) => [
    `Could not tag provider version ${version} with ${tags.join(', ')}: ${why}`,
  ];
  if (broker.length === 0)
    return failed('no pact came from a Pact Broker, so there is no broker to tag it on.');
  const providerUrl = broker.find((source) => source.providerUrl !== undefined)?.providerUrl;
  if (providerUrl === undefined)
    return failed(`the pact ${broker[0]?.source} has no 'pb:provider' link to the provider's resource.`);
  let provider: unknown;
  try {
    provider = await brokerJson(providerUrl, 'GET', undefined, options);
  } catch (error) {
    return failed(errorMessage(error));
  }
  if (linkHref(provider, 'pb:version-tag') === undefined)
    return failed(
      `the provider's resource (${providerUrl}) has no 'pb:version-tag' link, so this broker cannot tag versions; use a Pact Broker API that has it, or leave the tags out.`,
    );
  const errors: string[] = [];
  for (const tag of tags) {
    const url = linkHref(provider, 'pb:version-tag', { version, tag }) ?? '';
    try {
      await brokerJson(url, 'PUT', {}, options);
    } catch (error) {
      errors.push(`Could not tag provider version ${version} with ${tag}: ${errorMessage(error)}`);
    }
  }
  return errors;
}
