/** Chosen publications, deduplicated by consumer and content, each with the reasons it was chosen. */
import type { SelectablePact } from '../store/broker-store.ts';

/**
 * A publication chosen for verification, with why (one reason per selector that chose it).
 *
 * @example
 * const selected: SelectedPact = { candidate, reasons: ['latest version of web'] };
 */
export interface SelectedPact {
  readonly candidate: SelectablePact;
  readonly reasons: string[];
}

/** Consumer and content: what makes two chosen publications one. */
export function selectionKey(candidate: SelectablePact): string {
  return `${candidate.pact.consumer}\u0000${candidate.pact.sha}`;
}

/**
 * Chosen publications by consumer and content, with their merged reasons.
 *
 * @example
 * const chosen = new Selection();
 * chosen.add(candidate, 'latest version of web');
 */
export class Selection {
  readonly #byKey = new Map<string, SelectedPact>();

  add(candidate: SelectablePact, reason: string): void {
    const found = this.#byKey.get(selectionKey(candidate));
    if (found === undefined) this.#byKey.set(selectionKey(candidate), { candidate, reasons: [reason] });
    else if (!found.reasons.includes(reason)) found.reasons.push(reason);
  }

  list(order: readonly SelectablePact[]): SelectedPact[] {
    const position = new Map(order.map((candidate, index) => [candidate, index]));
    return [...this.#byKey.values()].sort(
      (a, b) =>
        (a.candidate.pact.consumer < b.candidate.pact.consumer
          ? -1
          : a.candidate.pact.consumer > b.candidate.pact.consumer
            ? 1
            : 0) || (position.get(a.candidate) ?? 0) - (position.get(b.candidate) ?? 0),
    );
  }
}
