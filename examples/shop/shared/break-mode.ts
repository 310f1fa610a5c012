/** The ways a provider can be told to break its contract, for demos and for testing the verifier. */

/**
 * How a provider breaks its contract: `none` honours it; `renamed-field` (payment renames `fees`
 * to `fee`), `changed-type` (inventory sends `quantity` as a string), `required-field` (payment
 * demands a new request field `currency`).
 *
 * @example
 * const mode: BreakMode = 'renamed-field';
 */
export type BreakMode = 'none' | 'renamed-field' | 'changed-type' | 'required-field';

/**
 * Every break mode, `none` first.
 *
 * @example
 * breakModes.includes('changed-type'); // true
 */
export const breakModes: readonly BreakMode[] = ['none', 'renamed-field', 'changed-type', 'required-field'];

/**
 * Whether a string names a break mode.
 *
 * @example
 * isBreakMode('renamed-field'); // true
 */
export function isBreakMode(value: string): value is BreakMode {
  return (breakModes as readonly string[]).includes(value);
}

/**
 * The break mode to use: the option if given, else `SHOP_BREAK`, else `none`. An unknown name
 * throws, so a typo never silently runs an honest provider.
 *
 * @example
 * resolveBreakMode(undefined, { SHOP_BREAK: 'changed-type' }); // 'changed-type'
 */
export function resolveBreakMode(
  option: BreakMode | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
): BreakMode {
  if (option !== undefined) return option;
  const value = env.SHOP_BREAK ?? '';
  if (value === '') return 'none';
  if (isBreakMode(value)) return value;
  throw new Error(`SHOP_BREAK="${value}" is not a break mode; use one of: ${breakModes.join(', ')}`);
}
