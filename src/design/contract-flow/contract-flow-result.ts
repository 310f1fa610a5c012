/** What the contract flow takes and what it finds: its options, each step's outcomes, the whole result. */
import type { BrokerFigures, CompatibilityMatrix } from '../../broker/index.ts';

/** What {@link runContractFlow} takes. */
export interface ContractFlowOptions {
  /** Where pacts, the matrix and the report are written. */
  readonly outDir: string;
  /** The broker's data folder (default `<outDir>/broker`): kept between runs, so figures accumulate. */
  readonly dataDir?: string;
  /** The contract stability window in days (default 7). */
  readonly stabilityDays?: number;
  /** Receives one line as each step starts and ends. */
  readonly progress?: (line: string) => void;
}

/** One consumer contract run. */
export interface ConsumerTestOutcome {
  readonly consumer: string;
  readonly contract: string;
  readonly provider: string;
  readonly ok: boolean;
  readonly passed: number;
  readonly total: number;
  readonly failures: readonly string[];
}

/** A provider's verification: per consumer, the interactions verified, and each failure. */
export interface ProviderVerificationOutcome {
  readonly provider: string;
  readonly version: string;
  readonly ok: boolean;
  readonly pairs: readonly { readonly consumer: string; readonly passed: number; readonly total: number }[];
  readonly failures: readonly {
    readonly consumer: string;
    readonly interaction: string;
    readonly issues: readonly string[];
  }[];
  readonly error?: string;
}

/** A can-i-deploy answer for a service version, and whether its deployment was then recorded. */
export interface DeploymentOutcome {
  readonly service: string;
  readonly version: string;
  readonly deployable: boolean;
  readonly reasons: readonly string[];
  readonly recorded: boolean;
}

/** Everything a run found and wrote. */
export interface ContractFlowResult {
  readonly system: string;
  readonly environment: string;
  /** False when a consumer test or a verification failed, or a deployment was refused. */
  readonly ok: boolean;
  readonly consumerTests: readonly ConsumerTestOutcome[];
  /** Consumers whose pacts the broker refused, with why. */
  readonly publishFailures: readonly string[];
  readonly verifications: readonly ProviderVerificationOutcome[];
  readonly deployments: readonly DeploymentOutcome[];
  readonly figures: BrokerFigures;
  readonly matrix: CompatibilityMatrix;
  readonly files: { readonly pacts: readonly string[]; readonly matrix: string; readonly report: string };
  readonly steps: readonly { readonly name: string; readonly ms: number }[];
  readonly durationMs: number;
}
