/**
 * What every interaction builder state shares before its parts are given: provider states and the
 * V4 extras (`key`, `pending`, comments).
 */
import { definedOnly, SeamError } from '../../core/index.ts';
import type { InteractionCommon, ProviderState } from '../model/pact.ts';
import type { PactSettings } from './pact-options.ts';

/**
 * Setters for provider states and V4 interaction fields; each returns the same builder state.
 *
 * @example
 * pact.addInteraction().given('order 1042 exists', { id: 1042 }).pending().comment('new in v2');
 */
export interface InteractionMarkup<Self> {
  /** Adds a provider state (call once per state). */
  given(state: string, params?: Readonly<Record<string, unknown>>): Self;
  /** V4: the interaction's unique key. */
  key(key: string): Self;
  /** V4: a pending interaction never fails a provider verification (default `true`). */
  pending(pending?: boolean): Self;
  /** V4: adds a comment (`comments.text`). */
  comment(text: string): Self;
  /** V4: the name of the test that defined the interaction (`comments.testname`). */
  testName(name: string): Self;
}

/**
 * The interaction fields gathered so far.
 *
 * @example
 * const draft: InteractionDraft = { description: 'pay', providerStates: [{ name: 'order exists' }] };
 */
export interface InteractionDraft {
  readonly description: string;
  readonly providerStates: readonly ProviderState[];
  readonly key?: string;
  readonly pending?: boolean;
  readonly comments?: { readonly text?: readonly string[]; readonly testname?: string };
}

/**
 * An empty draft.
 *
 * @example
 * const draft = { ...emptyDraft, description: 'pay' };
 */
export const emptyDraft: InteractionDraft = { description: '', providerStates: [] };

/**
 * The markup setters over `draft`; `next` makes the builder state for an updated draft.
 *
 * @example
 * const setters = markupSetters(settings, draft, (d) => start(d));
 */
export function markupSetters<Self>(
  settings: PactSettings,
  draft: InteractionDraft,
  next: (draft: InteractionDraft) => Self,
): InteractionMarkup<Self> {
  const v4 = (name: string, change: Partial<InteractionDraft>): Self => {
    if (settings.spec !== 'V4')
      throw new SeamError(
        'usage',
        `${name}() is a V4 feature, but this pact is ${settings.spec}; use createPact({ spec: 'V4' })`,
      );
    return next({ ...draft, ...change });
  };
  return {
    given: (name, params) =>
      next({
        ...draft,
        providerStates: [...draft.providerStates, params === undefined ? { name } : { name, params }],
      }),
    key: (key) => v4('key', { key }),
    pending: (pending = true) => v4('pending', { pending }),
    comment: (text) =>
      v4('comment', { comments: { ...draft.comments, text: [...(draft.comments?.text ?? []), text] } }),
    testName: (testname) => v4('testName', { comments: { ...draft.comments, testname } }),
  };
}

/**
 * The common interaction fields of a finished draft.
 *
 * @example
 * const common = commonFields(draft); // { description, providerStates, pending?, key?, comments? }
 */
export function commonFields(draft: InteractionDraft): InteractionCommon {
  const common: InteractionCommon = { description: draft.description, providerStates: draft.providerStates };
  return { ...common, ...definedOnly({ key: draft.key, pending: draft.pending, comments: draft.comments }) };
}
