/** A figure's share as people read it. */

/**
 * A 0–1 share as a percentage with at most one decimal, or `n/a` when there is no figure.
 *
 * @example
 * percentText(2 / 3); // '66.7%'
 */
export function percentText(share: number | null): string {
  return share === null ? 'n/a' : `${Math.round(share * 1000) / 10}%`;
}
