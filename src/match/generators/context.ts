/** What generators run with: the test mode, provider-state values, mock-server URL, clock and randomness. */
import type { Clock } from '../../core/index.ts';
import type { Generator, GeneratorCategory } from '../model.ts';

/**
 * Which side of a contract test values are generated for (`GeneratorTestMode` in the Rust core).
 *
 * @example
 * const mode: GeneratorMode = 'provider'; // when replaying a pact against the provider
 */
export type GeneratorMode = 'consumer' | 'provider';

/**
 * A value a generator could not produce; the value was left as it was.
 *
 * @example
 * // { generator: 'ProviderState', category: 'path', path: '$',
 * //   message: "ProviderState generator: no value for 'id' in the provider state (keys: none)" }
 */
export interface GeneratorIssue {
  /** The generator type, e.g. `ProviderState`. */
  readonly generator: string;
  readonly message: string;
  /** Where, when the generator was applied to a request, response or message. */
  readonly category?: GeneratorCategory;
  /** The JSON path (body, content) or name (header, query, metadata) the generator is keyed by. */
  readonly path?: string;
}

/**
 * The context generators run in. Inject `clock` and `random` for deterministic output
 * (see {@link createSeededRandom}).
 *
 * @example
 * const context: GeneratorContext = {
 *   mode: 'provider',
 *   providerState: { id: 42 },
 *   clock: () => new Date('2024-01-01T00:00:00Z'),
 *   random: createSeededRandom(7),
 *   timeZone: 'UTC',
 *   onIssue: (issue) => issues.push(issue),
 * };
 */
export interface GeneratorContext {
  readonly mode: GeneratorMode;
  /** Values of the provider states, for `ProviderState` generators (`${id}`). */
  readonly providerState?: Readonly<Record<string, unknown>>;
  /** Base URL of the running mock server, for `MockServerURL` generators. */
  readonly mockServerUrl?: string;
  /** The current time for Date/Time/DateTime generators; default `new Date()`. */
  readonly clock?: Clock;
  /** Uniform numbers in [0, 1); default `Math.random`. */
  readonly random?: () => number;
  /** IANA zone for Date/Time/DateTime generators; default the system zone (the Rust core uses `Local`). */
  readonly timeZone?: string;
  /** Told about each value that could not be generated (a missing provider-state key, a bad regex…). */
  readonly onIssue?: (issue: GeneratorIssue) => void;
}

/**
 * True when the generator runs in the mode, as `Generator::corresponds_to_mode` in the Rust core:
 * `ProviderState` only for the provider, `MockServerURL` only for the consumer, the rest always.
 *
 * @example
 * appliesInMode({ type: 'ProviderState', expression: '${id}' }, 'consumer'); // false
 */
export function appliesInMode(generator: Generator, mode: GeneratorMode): boolean {
  if (generator.type === 'ProviderState') return mode === 'provider';
  if (generator.type === 'MockServerURL') return mode === 'consumer';
  return true;
}

/** The outcome of one generator: a value, or why none could be produced here. */
export type Produced = { readonly value: unknown } | { readonly skipped: string };
