/**
 * Pacts are validated before they are verified, whatever their source: an invalid pact (a `GETX`
 * request, an unusable generator) is one failed result carrying the validation issues, and none of
 * its requests is sent.
 */
import { isPlainObject } from '../../core/index.ts';
import type { Pact } from '../model/pact.ts';
import { readPact } from '../pact-json/read-pact.ts';
import type { ValidationIssue } from '../validation/issues.ts';
import { validatePact } from '../validation/validate-pact.ts';
import type { PactSource } from './pact-sources.ts';
import type { InteractionResult } from './verification-report.ts';

/**
 * A pact source from parsed JSON: the pact when it is valid, else a stand-in with the pact's names
 * and no interactions, with `invalid` holding the issues.
 *
 * @example
 * const source = validatedSource(JSON.parse(text), 'pacts/web-orders.json', { pending: false });
 * if (source.invalid) console.error(source.invalid.length, 'problems');
 */
export function validatedSource(
  json: unknown,
  source: string,
  extra: { readonly pending: boolean; readonly publishUrl?: string; readonly providerUrl?: string },
): PactSource {
  const validation = validatePact(json, source);
  if (validation.ok) return { pact: readPact(json, source), source, ...extra };
  return { pact: standIn(json, validation.specVersion), source, ...extra, invalid: validation.issues };
}

function nameOf(json: unknown, key: 'consumer' | 'provider'): string {
  const party = isPlainObject(json) ? json[key] : undefined;
  return isPlainObject(party) && typeof party.name === 'string' ? party.name : `(no ${key} name)`;
}

function standIn(json: unknown, specVersion: Pact['specVersion']): Pact {
  return {
    specVersion,
    consumer: { name: nameOf(json, 'consumer') },
    provider: { name: nameOf(json, 'provider') },
    interactions: [],
    metadata: {},
  };
}

/**
 * The one result an invalid pact gets: failed, with an `invalid-pact` issue per validation issue.
 *
 * @example
 * if (source.invalid) results.push(invalidPactResult(source, source.invalid));
 */
export function invalidPactResult(source: PactSource, issues: readonly ValidationIssue[]): InteractionResult {
  return {
    consumer: source.pact.consumer.name,
    provider: source.pact.provider.name,
    description: `invalid pact, not verified (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}; no request sent)`,
    kind: 'other',
    providerStates: [],
    source: source.source,
    pending: source.pending,
    ok: false,
    issues: issues.map((issue) => ({ code: 'invalid-pact', path: issue.path, message: issue.message })),
    warnings: [],
    durationMs: 0,
  };
}
