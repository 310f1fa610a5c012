/**
 * A pact-js-style suite, written once against pact-js 17's public API and run by
 * pact-js-compat.test.ts twice: with '@pact-foundation/pact' and with seam's 'seam/pact-js'.
 */
import type * as PactJsModule from '@pact-foundation/pact';

/** The module a suite gets: pact-js 17, or seam/pact-js standing in for it. */
export type PactJs = typeof PactJsModule;

/** Where a suite's cases write pacts, and a fresh provider when the suite needs one. */
export interface SuiteContext {
  /** A directory of this suite under this implementation; pact files go here. */
  readonly dir: string;
}

/** One test as a pact-js user writes it; `expect` is the outcome pact-js gives it. */
export interface SuiteCase {
  readonly name: string;
  readonly expect: 'pass' | 'fail';
  run(pact: PactJs, context: SuiteContext): Promise<unknown>;
}

/** A suite: cases run in order, then the pact files in `dir` are compared across implementations. */
export interface Suite {
  readonly title: string;
  readonly cases: readonly SuiteCase[];
  /** Pact files the suite writes (compared across implementations); default: every `.json` in dir. */
  readonly comparePacts?: boolean;
}
