/** Pact matching semantics: rules, generators, mismatches. */
export type * from './model.ts';
