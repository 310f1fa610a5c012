/**
 * The ids the store's writes need, creating a pacticipant or version when missing (as the Pact
 * Broker does on first use), inside the caller's transaction.
 */
import { SeamError } from '../../core/index.ts';
import type { SqlExecutor } from './sql-driver.ts';

/** A row holding only a key. */
export interface IdRow {
  readonly id: number;
}

// Auto-detected main branches, as the Pact Broker does on first publication.
const mainBranchNames = new Set(['develop', 'main', 'master']);

/**
 * The pacticipant's id, creating it (at `now`) when missing.
 *
 * @example
 * const id = await ensurePacticipantId(tx, 'web', now);
 */
export async function ensurePacticipantId(db: SqlExecutor, name: string, now: string): Promise<number> {
  await db.run('INSERT INTO pacticipants (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [
    name,
    now,
  ]);
  return idOf(
    await db.get<IdRow>('SELECT id FROM pacticipants WHERE name = ?', [name]),
    `pacticipant ${name}`,
  );
}

/**
 * The version's id, creating it (and its pacticipant) when missing; sets the branch when given,
 * and the pacticipant's main branch when the branch is a usual main branch name and none is set.
 *
 * @example
 * const id = await ensureVersionId(tx, { pacticipant: 'web', number: '1.0.0', branch: 'main' }, now);
 */
export async function ensureVersionId(
  db: SqlExecutor,
  version: { readonly pacticipant: string; readonly number: string; readonly branch?: string | undefined },
  now: string,
): Promise<number> {
  const { pacticipant, number, branch } = version;
  const owner = await ensurePacticipantId(db, pacticipant, now);
  await db.run(
    'INSERT INTO versions (pacticipant_id, number, created_at) VALUES (?, ?, ?) ON CONFLICT (pacticipant_id, number) DO NOTHING',
    [owner, number, now],
  );
  if (branch !== undefined) {
    await db.run('UPDATE versions SET branch = ? WHERE pacticipant_id = ? AND number = ?', [
      branch,
      owner,
      number,
    ]);
    if (mainBranchNames.has(branch))
      await db.run('UPDATE pacticipants SET main_branch = ? WHERE id = ? AND main_branch IS NULL', [
        branch,
        owner,
      ]);
  }
  const row = await db.get<IdRow>('SELECT id FROM versions WHERE pacticipant_id = ? AND number = ?', [
    owner,
    number,
  ]);
  return idOf(row, `version ${pacticipant}@${number}`);
}

/**
 * The environment's id.
 *
 * @throws SeamError `internal` when there is none: the API looks the environment up first, so a
 * miss here is a broken invariant (500), not a 404.
 * @example
 * const id = await environmentIdOf(tx, environment.uuid);
 */
export async function environmentIdOf(db: SqlExecutor, uuid: string): Promise<number> {
  const row = await db.get<IdRow>('SELECT id FROM environments WHERE uuid = ?', [uuid]);
  if (row === undefined) throw new SeamError('internal', `No environment with uuid ${uuid}.`);
  return row.id;
}

/**
 * Tags the version (a tag already there stays as it was).
 *
 * @example
 * await tagVersion(tx, id, 'prod', now);
 */
export async function tagVersion(db: SqlExecutor, version: number, tag: string, now: string): Promise<void> {
  await db.run(
    'INSERT INTO tags (version_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (version_id, name) DO NOTHING',
    [version, tag, now],
  );
}

// A key the statement before has just written: missing only if the database broke the invariant.
function idOf(row: IdRow | undefined, what: string): number {
  if (row === undefined)
    throw new SeamError('internal', `the store could not read back the ${what} it wrote`);
  return row.id;
}
