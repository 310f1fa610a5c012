/**
 * The Pact Broker's rule for a consumer version's pact: once published, its content does not
 * change (unless the broker allows dangerous contract modification), because can-i-deploy would
 * otherwise answer for content nobody verified.
 */
import type { PactPublication } from '../store/broker-store.ts';

/**
 * Whether publishing content of SHA `sha` (its `contentSha`) for the consumer version of
 * `existing` changes its content while the broker does not allow it.
 *
 * @example
 * if (isRefusedModification(await store.findPact('orders', 'web', '1'), contentSha(json), false)) return conflict;
 */
export function isRefusedModification(
  existing: PactPublication | undefined,
  sha: string,
  allowContractModification: boolean,
): boolean {
  return !allowContractModification && existing !== undefined && existing.sha !== sha;
}

/**
 * The 409 message, in the Pact Broker's words so that scripts and users recognise it.
 *
 * @example
 * modificationRefusedMessage('web', '1', 'orders'); // 'Cannot change the content of the pact for web version 1 ...'
 */
export function modificationRefusedMessage(consumer: string, version: string, provider: string): string {
  return (
    `Cannot change the content of the pact for ${consumer} version ${version} and provider ${provider}, ` +
    'as race conditions will cause unreliable results for can-i-deploy. Each pact must be published with a ' +
    'unique consumer version number. Some Pact libraries generate random data when a concrete value for a ' +
    'type matcher is not specified, and this can cause the contract to mutate - ensure you have given ' +
    'example values for all type matchers. For more information see https://docs.pact.io/go/versioning'
  );
}
