/**
 * A system described for the contract flow: its services, which of them consume others (their
 * consumer contract runs) and which provide (how to start them for verification).
 */
import type { MessageProvider, StateHandler, VerifyProviderOptions } from '../../contract/index.ts';

/** One interaction of a consumer contract run. */
export interface ConsumerInteractionOutcome {
  readonly description: string;
  readonly ok: boolean;
  readonly error?: string;
}

/** What one consumer contract run reports: the provider it is about and each interaction. */
export interface ConsumerContractResult {
  readonly provider: string;
  readonly ok: boolean;
  readonly interactions: readonly ConsumerInteractionOutcome[];
}

/** A consumer contract: runs the consumer's tests against seam's mock and writes pacts into `pactDir`. */
export interface ConsumerContract {
  readonly name: string;
  readonly run: (pactDir: string) => Promise<ConsumerContractResult>;
}

/** A provider started for verification, with the hooks the verifier takes. */
export interface StartedProvider {
  readonly url: string;
  readonly stateHandlers?: Readonly<Record<string, StateHandler>>;
  readonly messageProviders?: Readonly<Record<string, MessageProvider>>;
  readonly requestFilter?: VerifyProviderOptions['requestFilter'];
  close(): Promise<void>;
}

/** One service of the system. */
export interface SystemService {
  readonly name: string;
  /** The version under test (published, verified, deployed). */
  readonly version: string;
  /** Its branch (default `main`). */
  readonly branch?: string;
  /** When it consumes other services: its consumer contracts. */
  readonly consumerContracts?: readonly ConsumerContract[];
  /** When it provides: how to start it for verification. */
  readonly provider?: { readonly start: () => Promise<StartedProvider> };
}

/**
 * A system the contract flow runs over.
 *
 * @example
 * const system: ContractSystem = { name: 'shop', services: [{ name: 'orders', version: '1.0.0' }] };
 */
export interface ContractSystem {
  readonly name: string;
  /** The environment deployments are recorded to (default `production`). */
  readonly environment?: string;
  readonly services: readonly SystemService[];
}
