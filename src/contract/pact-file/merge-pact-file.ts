/**
 * Merging a test run's interactions into a pact file that other test workers may be writing at the
 * same time: under an exclusive lock, read what is there, merge, write atomically.
 */
import { SeamError } from '../../core/index.ts';
import { type FileLockOptions, withFileLock } from '../locking/file-lock.ts';
import type { Interaction, Pact } from '../model/pact.ts';
import { interactionTypes } from '../model/pact.ts';
import { withTextsCached } from '../pact-json/interaction-text.ts';
import { readPact } from '../pact-json/read-pact.ts';
import { formatPactChunks } from '../pact-json/write-pact.ts';
import { parsePactFileBytes, readPactFileBytesSync, writePactFileSync } from './file-bytes.ts';
import { forgetPact, recallPact, rememberPact } from './last-written-pact.ts';
import { isOwnInteraction, markOwnInteractions } from './own-interactions.ts';
import { readBackPact } from './read-back-pact.ts';

/**
 * How to merge: the version to write, and the lock's limits.
 *
 * @example
 * const options: MergePactFileOptions = { spec: 'V3', lock: { timeoutMs: 10_000 } };
 */
export interface MergePactFileOptions {
  /** The version to write (default: V4 for a V4 pact, else V3). The file must be of the same kind. */
  readonly spec?: 'V3' | 'V4';
  readonly lock?: FileLockOptions;
}

/**
 * Writes `pact` into `file`, merged with what the file already holds: an interaction with the same
 * type, description and provider states replaces the old one, the others are kept. Safe when many
 * processes merge into the same file at once (a lock file beside it, then temp file + rename), so
 * parallel test workers never corrupt it. A file this process wrote last and nobody changed since
 * is not parsed again: the merge starts from what it remembers.
 *
 * @throws SeamError `usage` when the file is for another consumer or provider, or of another
 *   version family (V4 vs V3 and older); `io` when it cannot be locked, read or written.
 * @example
 * await mergePactFile('pacts/order-service-payment-service.json', pact, { spec: 'V4' });
 */
export async function mergePactFile(
  file: string,
  pact: Pact,
  options: MergePactFileOptions = {},
): Promise<void> {
  const spec = options.spec ?? (pact.specVersion === 'V4' ? 'V4' : 'V3');
  await withFileLock(
    `${file}.lock`,
    async () => {
      try {
        mergeLocked(file, pact, spec);
      } catch (error) {
        forgetPact(file);
        throw error;
      }
    },
    options.lock,
  );
}

/** Synchronous, to hold the lock no longer than needed (see file-bytes.ts). */
function mergeLocked(file: string, pact: Pact, spec: 'V3' | 'V4'): void {
  // Unchanged since this process wrote it (the usual case, one test after another): no parse.
  const existing = recallPact(file) ?? readExisting(file);
  const merged = existing === undefined ? pact : mergePacts(existing, pact, spec, file);
  withTextsCached(pact.interactions, () => {
    const chunks = formatPactChunks(merged, spec);
    writePactFileSync(file, chunks);
    try {
      rememberPact(file, chunks, readBackPact(merged, spec, new Set(pact.interactions)));
    } catch {
      forgetPact(file); // the next merge reads the file and reports what is wrong with it
    }
  });
}

function readExisting(file: string): Pact | undefined {
  const bytes = readPactFileBytesSync(file);
  if (bytes === undefined) return undefined;
  const pact = readPact(parsePactFileBytes(bytes, file), file);
  markOwnInteractions(pact.interactions); // read here, seen by no one else
  return pact;
}

/**
 * The pact `existing` with the interactions of `incoming` merged in (see {@link mergePactFile}).
 *
 * @throws SeamError `usage` on a consumer, provider or version-family conflict.
 * @example
 * const merged = mergePacts(await loadPactFile(file), pact, 'V4', file);
 */
export function mergePacts(existing: Pact, incoming: Pact, spec: 'V3' | 'V4', file: string): Pact {
  checkCompatible(existing, incoming, spec, file);
  const interactions = [...existing.interactions];
  const positions = new Map(interactions.map((interaction, index) => [identity(interaction), index]));
  for (const interaction of incoming.interactions) {
    const at = positions.get(identity(interaction));
    if (at === undefined) positions.set(identity(interaction), interactions.push(interaction) - 1);
    else interactions[at] = interaction;
  }
  const extra = { ...existing.extra, ...incoming.extra };
  return {
    ...existing,
    specVersion: incoming.specVersion,
    interactions,
    metadata: { ...existing.metadata, ...incoming.metadata },
    ...(Object.keys(extra).length === 0 ? {} : { extra }),
  };
}

function checkCompatible(existing: Pact, incoming: Pact, spec: 'V3' | 'V4', file: string): void {
  for (const role of ['consumer', 'provider'] as const) {
    if (existing[role].name !== incoming[role].name) {
      const message = `the file is for ${role} "${existing[role].name}", not "${incoming[role].name}"; write each pair to its own file`;
      throw new SeamError('usage', message, { location: file });
    }
  }
  const fileIsV4 = existing.specVersion === 'V4';
  if (fileIsV4 !== (spec === 'V4')) {
    const message = `the file is a ${existing.specVersion} pact and cannot take ${spec} interactions; use the same spec for every test of this pair, or delete the file before the run`;
    throw new SeamError('usage', message, { location: file });
  }
}

/** Identities of seam's own interactions (see own-interactions.ts), which merge after merge meets. */
const identities = new WeakMap<Interaction, string>();

/** Same type, description and provider states (names and parameters) = the same interaction. */
function identity(interaction: Interaction): string {
  const cached = identities.get(interaction);
  if (cached !== undefined) return cached;
  const key = identityOf(interaction);
  if (isOwnInteraction(interaction)) identities.set(interaction, key);
  return key;
}

function identityOf(interaction: Interaction): string {
  const type = interaction.kind === 'other' ? interaction.type : interactionTypes[interaction.kind];
  const states = interaction.kind === 'other' ? interaction.json.providerStates : interaction.providerStates;
  return JSON.stringify([type, interaction.description, canonical(states ?? [])]);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.map(([key, item]) => [key, canonical(item)]);
}
