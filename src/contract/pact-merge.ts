/**
 * Merging a test run's interactions into a pact file that other test workers may be writing at the
 * same time: under an exclusive lock, read what is there, merge, write atomically.
 */
import { stat } from 'node:fs/promises';
import { SeamError } from '../core/errors.ts';
import { type FileLockOptions, withFileLock } from './file-lock.ts';
import { loadPactFile, savePactFile } from './pact-file.ts';
import type { Interaction, Pact } from './pact-model.ts';
import { interactionTypes } from './pact-model.ts';

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
 * processes merge into the same file at once (a lock file beside it, then temp file + fsync +
 * rename), so parallel test workers never corrupt it.
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
      const existing = (await exists(file)) ? await loadPactFile(file) : undefined;
      const merged = existing === undefined ? pact : mergePacts(existing, pact, spec, file);
      await savePactFile(file, merged, spec);
    },
    options.lock,
  );
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

/** Same type, description and provider states (names and parameters) = the same interaction. */
function identity(interaction: Interaction): string {
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

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (cause) {
    if (cause instanceof Error && 'code' in cause && cause.code === 'ENOENT') return false;
    throw new SeamError('io', `cannot read the pact file: ${String(cause)}`, { location: file, cause });
  }
}
