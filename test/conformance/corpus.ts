/**
 * The shape every conformance corpus runner has, so one module serves both `npm test` (a node:test
 * case per corpus case) and `npm run conformance` (one `<corpus>: <passed>/<total>` line per corpus).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One case of a corpus. `run` throws (an assertion error with the details) when seam disagrees. */
export interface ConformanceCase {
  readonly name: string;
  /** Why the case cannot run yet; a skipped case never counts as passed. */
  readonly skip?: string;
  run(): void | Promise<void>;
}

/** A corpus: its name as printed, and its cases. */
export interface Corpus {
  readonly name: string;
  cases(): Promise<readonly ConformanceCase[]>;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The folder of the external corpora: `$SEAM_CONFORMANCE_DIR`, else `../shared/conformance` beside the
 * repository. Missing corpora are a broken environment, never a reason to pass.
 */
export function conformanceDir(...parts: string[]): string {
  const base = process.env.SEAM_CONFORMANCE_DIR ?? path.resolve(repoRoot, '../shared/conformance');
  if (!existsSync(base)) {
    throw new Error(
      `Conformance corpora not found at ${base}. Put shared/ beside the repository or set SEAM_CONFORMANCE_DIR.`,
    );
  }
  return path.join(base, ...parts);
}
