/** A can-i-deploy answer as the broker's UI, badges and seam's own client read it. */
import type { MatrixRow } from '../store/broker-store.ts';

/** A pacticipant at one version. */
export interface VersionRef {
  readonly pacticipant: string;
  readonly version: string;
}

/** One required integration of a can-i-deploy question, and how it stands. */
export interface Requirement {
  readonly outcome: 'success' | 'failed' | 'unknown';
  readonly reason: string;
}

/** A can-i-deploy answer: the rows considered and the outcome of each required integration. */
export interface Decision {
  readonly deployable: boolean;
  readonly rows: MatrixRow[];
  readonly requirements: Requirement[];
  /** The pacticipants the question was told to ignore. */
  readonly ignored: string[];
}
