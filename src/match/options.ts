/** Options shared by the matching entry points. */
import type { SpecVersion } from './model.ts';

/** How to match: the pact specification version whose semantics apply (default `V4`). */
export interface MatchOptions {
  readonly spec?: SpecVersion;
}

/**
 * The spec version of the options, `V4` when not given.
 *
 * @example
 * specOf({}); // 'V4'
 */
export function specOf(options: MatchOptions | undefined): SpecVersion {
  return options?.spec ?? 'V4';
}
