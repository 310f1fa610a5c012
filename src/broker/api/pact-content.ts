/** Checks a pact document before it is stored. */
import { isPlainObject } from '../../core/index.ts';
import { jsonNesting, maxJsonNesting } from './input-limits.ts';
import { nestingMessage } from './request-body.ts';

/**
 * Problems with a pact for `consumer` and `provider`: not an object, nested too deeply, or names
 * that do not match.
 *
 * @example
 * pactContentErrors({ consumer: { name: 'web' }, provider: { name: 'orders' } }, 'web', 'orders'); // []
 */
export function pactContentErrors(json: unknown, consumer: string, provider: string): string[] {
  if (!isPlainObject(json)) return ['The pact must be a JSON object.'];
  if (jsonNesting(json) > maxJsonNesting) return [nestingMessage('The pact')];
  const errors: string[] = [];
  const consumerName = nameOf(json.consumer);
  const providerName = nameOf(json.provider);
  if (consumerName !== consumer)
    errors.push(
      `The consumer name in the pact (${String(consumerName)}) does not match the consumer name in the path or request (${consumer}).`,
    );
  if (providerName !== provider)
    errors.push(
      `The provider name in the pact (${String(providerName)}) does not match the provider name in the path or request (${provider}).`,
    );
  return errors;
}

function nameOf(party: unknown): unknown {
  return isPlainObject(party) ? party.name : undefined;
}
