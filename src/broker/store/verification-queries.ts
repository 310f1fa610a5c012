/** The verification concern of the SQL store: verification results of pact contents. */
import { SeamError } from '../../core/index.ts';
import type { VerificationOutcome, VerificationResult } from '../model.ts';
import type { VerificationStore } from './broker-store.ts';
import { ensurePacticipantId, ensureVersionId, type IdRow } from './record-ids.ts';
import type { StoreContext } from './store-context.ts';

/** The columns (and joins) that make a {@link VerificationResult}. */
const verificationColumns = `vr.id AS id, c.name AS consumer, p.name AS provider, pv.number AS provider_version,
  vr.branch AS provider_branch, pc.sha AS sha, vr.success AS success, vr.results AS results, vr.created_at AS created_at
  FROM verification_results vr
  JOIN pact_contents pc ON pc.id = vr.content_id
  JOIN pacticipants c ON c.id = vr.consumer_id
  JOIN versions pv ON pv.id = vr.provider_version_id
  JOIN pacticipants p ON p.id = pv.pacticipant_id`;

interface OutcomeRow {
  readonly consumer: string;
  readonly provider: string;
  readonly provider_version: string;
  readonly success: number;
  readonly created_at: string;
}

interface VerificationRow extends OutcomeRow {
  readonly id: number;
  readonly provider_branch: string | null;
  readonly sha: string;
  /** JSON: the results body as posted. */
  readonly results: string;
}

function toVerification(row: VerificationRow): VerificationResult {
  const results: Record<string, unknown> = JSON.parse(row.results);
  return {
    id: row.id,
    consumer: row.consumer,
    provider: row.provider,
    providerVersion: row.provider_version,
    providerBranch: row.provider_branch ?? undefined,
    sha: row.sha,
    success: row.success === 1,
    results,
    createdAt: row.created_at,
  };
}

/**
 * {@link VerificationStore} over the context's database.
 *
 * @example
 * const verifications = createVerificationQueries(context);
 */
export function createVerificationQueries({ driver, timestamp }: StoreContext): VerificationStore {
  const findVerification = async (provider: string, consumer: string, sha: string, id?: number) => {
    const byId = id === undefined ? '' : ' AND vr.id = ?';
    const row = await driver.get<VerificationRow>(
      `SELECT ${verificationColumns} WHERE p.name = ? AND c.name = ? AND pc.sha = ?${byId} ORDER BY vr.id DESC LIMIT 1`,
      [provider, consumer, sha, ...(id === undefined ? [] : [id])],
    );
    return row === undefined ? undefined : toVerification(row);
  };
  return {
    async recordVerification(input): Promise<VerificationResult> {
      const id = await driver.transaction(async (db) => {
        const content = await db.get<IdRow>('SELECT id FROM pact_contents WHERE sha = ?', [input.sha]);
        const consumerId = await ensurePacticipantId(db, input.consumer, timestamp());
        const version = { pacticipant: input.provider, number: input.providerVersion };
        const versionId = await ensureVersionId(db, version, timestamp());
        const branch = await db.get<{ readonly branch: string | null }>(
          'SELECT branch FROM versions WHERE id = ?',
          [versionId],
        );
        const row = await db.get<IdRow>(
          `INSERT INTO verification_results (content_id, consumer_id, provider_version_id, success, branch, results, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
          [
            content?.id ?? null,
            consumerId,
            versionId,
            input.success ? 1 : 0,
            branch?.branch ?? null,
            JSON.stringify(input.results),
            timestamp(),
          ],
        );
        return row?.id;
      });
      const found = await findVerification(input.provider, input.consumer, input.sha, id);
      if (found === undefined)
        throw new SeamError('internal', `the store lost the verification ${id} it wrote`);
      return found;
    },

    findVerification,

    async successfullyVerified(provider, shas, branch, tag): Promise<Set<string>> {
      const verified = new Set<string>();
      // Chunked, to stay under the databases' bound-parameter limits.
      for (let start = 0; start < shas.length; start += 500) {
        const chunk = shas.slice(start, start + 500);
        const byBranch =
          branch === undefined
            ? ''
            : ` AND (vr.branch = ? OR vr.created_at < COALESCE((SELECT MIN(fv.created_at) FROM versions fv
                WHERE fv.pacticipant_id = pv.pacticipant_id AND fv.branch = ?), '9999'))`;
        const tagged = branch === undefined ? tag : undefined;
        const byTag =
          tagged === undefined
            ? ''
            : ` AND (EXISTS (SELECT 1 FROM tags t WHERE t.version_id = pv.id AND t.name = ?)
                OR (EXISTS (SELECT 1 FROM tags t WHERE t.version_id = pv.id AND t.name <> ?)
                  AND vr.created_at < COALESCE((SELECT MIN(ft.created_at) FROM tags ft
                    JOIN versions tv ON tv.id = ft.version_id
                    WHERE tv.pacticipant_id = pv.pacticipant_id AND ft.name = ?), '9999')))`;
        const rows = await driver.all<{ readonly sha: string }>(
          `SELECT DISTINCT pc.sha AS sha FROM verification_results vr
           JOIN pact_contents pc ON pc.id = vr.content_id
           JOIN versions pv ON pv.id = vr.provider_version_id
           JOIN pacticipants p ON p.id = pv.pacticipant_id
           WHERE p.name = ? AND vr.success = 1 AND pc.sha IN (${chunk.map(() => '?').join(', ')})${byBranch}${byTag}`,
          [
            provider,
            ...chunk,
            ...(branch === undefined ? [] : [branch, branch]),
            ...(tagged === undefined ? [] : [tagged, tagged, tagged]),
          ],
        );
        for (const row of rows) verified.add(row.sha);
      }
      return verified;
    },

    async verificationsSince(since): Promise<VerificationOutcome[]> {
      const rows = await driver.all<OutcomeRow>(
        `SELECT c.name AS consumer, p.name AS provider, pv.number AS provider_version, vr.success AS success,
           vr.created_at AS created_at
         FROM verification_results vr
         JOIN pacticipants c ON c.id = vr.consumer_id
         JOIN versions pv ON pv.id = vr.provider_version_id
         JOIN pacticipants p ON p.id = pv.pacticipant_id
         WHERE vr.created_at >= ? ORDER BY vr.id`,
        [since],
      );
      return rows.map((row) => ({
        consumer: row.consumer,
        provider: row.provider,
        providerVersion: row.provider_version,
        success: row.success === 1,
        createdAt: row.created_at,
      }));
    },
  };
}
