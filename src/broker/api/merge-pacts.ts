/**
 * The Pact Broker's merge of a pact into the one a consumer version already has (a publication
 * with `onConflict: "merge"`): an interaction with the same description and provider state
 * replaces the existing one, any other is appended.
 */

import { isDeepStrictEqual } from 'node:util';
import { isPlainObject } from '../../core/index.ts';

/**
 * The existing pact with the additional pact's interactions (and messages) merged in.
 *
 * @example
 * mergePacts({ interactions: [a] }, { interactions: [b] }); // { interactions: [a, b] }
 */
export function mergePacts(existing: Record<string, unknown>, additional: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...existing };
  for (const key of ['interactions', 'messages']) {
    const added = additional[key];
    if (!Array.isArray(added)) continue;
    const list = Array.isArray(existing[key]) ? [...(existing[key] as unknown[])] : [];
    for (const interaction of added) {
      const index = list.findIndex((current) => sameDescriptionAndState(current, interaction));
      if (index === -1) list.push(interaction);
      else list[index] = interaction;
    }
    merged[key] = list;
  }
  return merged;
}

function sameDescriptionAndState(a: unknown, b: unknown): boolean {
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  return a.description === b.description && isDeepStrictEqual(providerState(a), providerState(b));
}

function providerState(interaction: Record<string, unknown>): unknown {
  return interaction.provider_state ?? interaction.providerState ?? interaction.providerStates;
}
