/**
 * What pact-js's V4 builders collect before the request (states, description, pending, comments,
 * test name), applied to one of seam's typestate builders in one go.
 */
import { checkStateParams } from './state-params.ts';
import { unsupported } from './unsupported.ts';

/**
 * pact-js's V4 comment: text, or a custom `{ key, value }` (not supported by seam).
 *
 * @example
 * const comment: V4Comment = 'see ORD-1042';
 */
export type V4Comment = string | { readonly key: string; readonly value: string };

/** The markup setters every seam builder start has (seam's `InteractionMarkup<Self>`). */
interface Markup<Self> {
  given(state: string, params?: Readonly<Record<string, unknown>>): Self;
  pending(pending?: boolean): Self;
  comment(text: string): Self;
  testName(name: string): Self;
}

type Step = <S extends Markup<S>>(builder: S) => S;

/**
 * The markup of a V4 interaction under construction.
 *
 * @example
 * const draft = new InteractionDraft();
 * draft.given('order 1 exists');
 * const start = draft.applyTo(createPact(options).addInteraction());
 */
export class InteractionDraft {
  description = '';
  readonly #steps: Step[] = [];

  given(state: string, parameters?: Readonly<Record<string, unknown>>): void {
    checkStateParams(parameters);
    this.#steps.push((builder) => builder.given(state, parameters));
  }

  pending(pending = true): void {
    this.#steps.push((builder) => builder.pending(pending));
  }

  comment(comment: V4Comment): void {
    if (typeof comment !== 'string')
      throw unsupported('custom comments (comment({ key, value }))', 'use comment(text)');
    this.#steps.push((builder) => builder.comment(comment));
  }

  testName(name: string): void {
    this.#steps.push((builder) => builder.testName(name));
  }

  /** seam's builder with every collected step applied, in order. */
  applyTo<S extends Markup<S>>(builder: S): S {
    return this.#steps.reduce((current, step) => step(current), builder);
  }
}

/**
 * The error for pact-js's `reference(group, name, value)`, which seam's pact model lacks.
 *
 * @example
 * throw referenceUnsupported();
 */
export function referenceUnsupported(): Error {
  return unsupported('reference(group, name, value)', 'leave it out, or put the reference in comment(text)');
}

/**
 * The error for pact-js's plugins (`usingPlugin`), which seam does not load.
 *
 * @example
 * throw pluginsUnsupported();
 */
export function pluginsUnsupported(): Error {
  return unsupported(
    'Pact plugins (usingPlugin)',
    'seam covers JSON, text, binary, multipart and XML bodies natively',
  );
}
