/** Choosing the interaction a request is for. */
import { type HttpRequest, type Mismatch, matchRequest, type SpecVersion } from '../../match/index.ts';
import type { HttpInteraction } from '../model/pact.ts';

/**
 * The interaction a request matched, or else the closest one and how it differs. `sameLine` says
 * whether the closest agrees on method and path (a mismatched request, not an unexpected one).
 *
 * @example
 * const selection: Selection = { kind: 'matched', index: 0 };
 */
export type Selection =
  | { readonly kind: 'matched'; readonly index: number }
  | {
      readonly kind: 'closest';
      readonly index: number;
      readonly mismatches: readonly Mismatch[];
      readonly sameLine: boolean;
    }
  | { readonly kind: 'none' };

/**
 * Matches a request against every interaction with the one engine the verifier uses. Among several
 * matches it prefers one not yet used (`hits[i] === 0`), so two interactions with the same request
 * (under different provider states) are both satisfied; among none, the closest is the one that
 * agrees on method and path with the fewest mismatches.
 *
 * @example
 * selectInteraction(interactions, actual, 'V4', hits); // { kind: 'matched', index: 1 }
 */
export function selectInteraction(
  interactions: readonly HttpInteraction[],
  actual: HttpRequest,
  spec: SpecVersion,
  hits: readonly number[],
): Selection {
  const results = interactions.map(
    (interaction) => matchRequest(interaction.request, actual, { spec }).issues,
  );
  const matching = results.flatMap((issues, index) => (issues.length === 0 ? [index] : []));
  if (matching.length > 0) {
    return { kind: 'matched', index: matching.find((index) => hits[index] === 0) ?? (matching[0] as number) };
  }
  return closest(results);
}

function closest(results: readonly (readonly Mismatch[])[]): Selection {
  let best: Selection = { kind: 'none' };
  let bestScore = Number.POSITIVE_INFINITY;
  results.forEach((mismatches, index) => {
    const sameLine = !mismatches.some((m) => m.code === 'method' || m.code === 'path');
    const score = (sameLine ? 0 : 1_000_000) + mismatches.length;
    if (score < bestScore) {
      best = { kind: 'closest', index, mismatches, sameLine };
      bestScore = score;
    }
  });
  return best;
}
