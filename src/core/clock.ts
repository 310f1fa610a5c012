/**
 * The time source seam reads, injected wherever a time is written or computed so that tests are
 * deterministic. Options name it `clock`.
 *
 * @example
 * const clock: Clock = () => new Date('2026-01-01T00:00:00Z');
 */
export type Clock = () => Date;

/**
 * The system clock, the default of every `clock` option.
 *
 * @example
 * systemClock().toISOString();
 */
export const systemClock: Clock = () => new Date();
