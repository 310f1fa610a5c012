/** The pacticipant concern of the SQL store: the applications taking part in contracts. */
import { SeamError } from '../../core/index.ts';
import type { Pacticipant } from '../model.ts';
import type { PacticipantStore } from './broker-store.ts';
import type { StoreContext } from './store-context.ts';

/** The columns that make a {@link Pacticipant} (from `pacticipants`). */
const pacticipantColumns =
  'name, main_branch, created_at, display_name, repository_url, repository_name, repository_namespace, updated_at';

interface PacticipantRow {
  readonly name: string;
  readonly main_branch: string | null;
  readonly created_at: string;
  readonly display_name: string | null;
  readonly repository_url: string | null;
  readonly repository_name: string | null;
  readonly repository_namespace: string | null;
  readonly updated_at: string | null;
}

function toPacticipant(row: PacticipantRow): Pacticipant {
  return {
    name: row.name,
    mainBranch: row.main_branch ?? undefined,
    createdAt: row.created_at,
    displayName: row.display_name ?? undefined,
    repositoryUrl: row.repository_url ?? undefined,
    repositoryName: row.repository_name ?? undefined,
    repositoryNamespace: row.repository_namespace ?? undefined,
    updatedAt: row.updated_at ?? undefined,
  };
}

/**
 * {@link PacticipantStore} over the context's database.
 *
 * @example
 * const pacticipants = createPacticipantQueries(context);
 */
export function createPacticipantQueries({ driver, timestamp }: StoreContext): PacticipantStore {
  const findPacticipant = async (name: string) => {
    const row = await driver.get<PacticipantRow>(
      `SELECT ${pacticipantColumns} FROM pacticipants WHERE name = ?`,
      [name],
    );
    return row === undefined ? undefined : toPacticipant(row);
  };
  return {
    async listPacticipants(): Promise<Pacticipant[]> {
      const rows = await driver.all<PacticipantRow>(
        `SELECT ${pacticipantColumns} FROM pacticipants ORDER BY name`,
      );
      return rows.map(toPacticipant);
    },

    findPacticipant,

    async savePacticipant(name, fields, options = {}) {
      const columns = {
        display_name: fields.displayName,
        main_branch: fields.mainBranch,
        repository_url: fields.repositoryUrl,
        repository_name: fields.repositoryName,
        repository_namespace: fields.repositoryNamespace,
      };
      const given = Object.entries(columns).filter(([, value]) => value !== undefined);
      const created = await driver.transaction(async (db) => {
        const now = timestamp();
        const { changes } = await db.run(
          `INSERT INTO pacticipants (name, created_at${given.map(([column]) => `, ${column}`).join('')})
           VALUES (?, ?${given.map(() => ', ?').join('')}) ON CONFLICT (name) DO NOTHING`,
          [name, now, ...given.map(([, value]) => value ?? null)],
        );
        if (changes === 0 && options.keepExisting !== true && given.length > 0)
          await db.run(
            `UPDATE pacticipants SET ${given.map(([column]) => `${column} = ?`).join(', ')}, updated_at = ? WHERE name = ?`,
            [...given.map(([, value]) => value ?? null), now, name],
          );
        return changes > 0;
      });
      const pacticipant = await findPacticipant(name);
      if (pacticipant === undefined) throw new SeamError('internal', `the store lost pacticipant ${name}`);
      return { pacticipant, created };
    },
  };
}
