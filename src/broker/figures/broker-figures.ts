/**
 * The figures seam's broker computes beyond the Pact Broker: the compatibility score of what is
 * deployed together, and the stability of contracts over recent days (defined in docs/broker.md).
 */

/** One consumer version and provider version deployed (or released) together in an environment. */
export interface DeployedPair {
  readonly environment: string;
  readonly consumer: string;
  readonly consumerVersion: string;
  readonly provider: string;
  readonly providerVersion: string;
  /** The latest verification of the consumer version's pact by that provider version; `null`: none. */
  readonly verified: boolean | null;
}

/** The compatibility score: the share of deployed pairs verified successfully. */
export interface CompatibilityFigures {
  /** `verified / pairs`, 0–1; `null` when nothing is deployed together. */
  readonly score: number | null;
  readonly pairs: readonly DeployedPair[];
  readonly verified: number;
  /** Per environment, the same figures. */
  readonly environments: readonly {
    readonly environment: string;
    readonly score: number | null;
    readonly pairs: number;
    readonly verified: number;
  }[];
}

/** One UTC day of verification results. */
export interface StabilityDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly total: number;
  readonly passed: number;
}

/** How a pair's verifications went over the window. */
export interface PairStability {
  readonly consumer: string;
  readonly provider: string;
  readonly total: number;
  readonly passed: number;
  /** `passed / total`, 0–1. */
  readonly share: number;
  /** Every day of the window, oldest first (days without results have `total` 0). */
  readonly days: readonly StabilityDay[];
  /** The last day with results against the first: `improving`, `declining`, `steady`, or `new` (one day only). */
  readonly trend: 'improving' | 'declining' | 'steady' | 'new';
}

/** Contract stability: the share of verifications passing over the last `days` days. */
export interface StabilityFigures {
  readonly days: number;
  /** The window's first instant (ISO 8601): midnight UTC `days - 1` days before `until`'s day. */
  readonly since: string;
  readonly until: string;
  /** `passed / total`, 0–1; `null` when there were no verifications in the window. */
  readonly score: number | null;
  readonly total: number;
  readonly passed: number;
  /** Every day of the window, all pairs together. */
  readonly daily: readonly StabilityDay[];
  readonly pairs: readonly PairStability[];
}

/** Both figures, as `GET /seam/figures?days=N` answers them. */
export interface BrokerFigures {
  readonly compatibility: CompatibilityFigures;
  readonly stability: StabilityFigures;
}
