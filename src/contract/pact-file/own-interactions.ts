/**
 * Interactions seam made itself (read from a pact file during a merge) and never hands out, so
 * nothing changes them: what is computed from them (their text, their identity) may be cached.
 * Objects a caller passed in are never marked: the caller may change them between two writes.
 */
import type { Interaction } from '../model/pact.ts';

const own = new WeakSet<Interaction>();

/**
 * Marks interactions as seam's own.
 *
 * @example
 * markOwnInteractions(readPact(json, file).interactions);
 */
export function markOwnInteractions(interactions: readonly Interaction[]): void {
  for (const interaction of interactions) own.add(interaction);
}

/**
 * True when the interaction is seam's own (see {@link markOwnInteractions}).
 *
 * @example
 * if (isOwnInteraction(interaction)) cache.set(interaction, text);
 */
export function isOwnInteraction(interaction: Interaction): boolean {
  return own.has(interaction);
}
