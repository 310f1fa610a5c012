/**
 * The broker store: {@link BrokerStore} in the shared SQL dialect, over any {@link SqlDriver}
 * (node:sqlite or PostgreSQL; decisions/005-broker-store-dialects.md).
 */
import { randomUUID } from 'node:crypto';
import type {
  BrokerStore,
  CreateEnvironmentInput,
  Environment,
  EnvironmentVersion,
  LatestPactsQuery,
  MatrixQuery,
  MatrixRow,
  Pacticipant,
  PacticipantVersion,
  PactPublication,
  PublishPactInput,
  RecordEnvironmentVersionInput,
  RecordVerificationInput,
  SelectablePact,
  VerificationResult,
} from './broker-store.ts';
import { contentSha } from './content-sha.ts';
import type { SqlDriver, SqlExecutor } from './sql-driver.ts';
import {
  environmentColumns,
  environmentVersionColumns,
  matrixSql,
  publicationColumns,
  publicationColumnsWithoutContent,
  toEnvironment,
  toEnvironmentVersion,
  toMatrixRow,
  toPacticipant,
  toPublication,
  toVerification,
  toVersion,
  verificationColumns,
} from './sqlite-rows.ts';

const versionColumns = `pa.name AS name, v.number AS number, v.branch AS branch, v.created_at AS created_at
  FROM versions v JOIN pacticipants pa ON pa.id = v.pacticipant_id`;

// Auto-detected main branches, as the Pact Broker does on first publication.
const mainBranchNames = new Set(['develop', 'main', 'master']);

/**
 * The store over an open, migrated database.
 *
 * @example
 * const store = createSqlStore(createSqliteDriver(db), () => new Date());
 */
export function createSqlStore(db: SqlDriver, now: () => Date = () => new Date()): BrokerStore {
  return new SqlStore(db, now);
}

class SqlStore implements BrokerStore {
  readonly #db: SqlDriver;
  readonly #now: () => Date;

  constructor(db: SqlDriver, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  async listPacticipants(): Promise<Pacticipant[]> {
    return (await this.#db.all('SELECT name, main_branch, created_at FROM pacticipants ORDER BY name')).map(
      toPacticipant,
    );
  }

  async findPacticipant(name: string): Promise<Pacticipant | undefined> {
    const row = await this.#db.get('SELECT name, main_branch, created_at FROM pacticipants WHERE name = ?', [
      name,
    ]);
    return row === undefined ? undefined : toPacticipant(row);
  }

  async recordVersion(pacticipant: string, number: string, branch?: string): Promise<PacticipantVersion> {
    return this.#db.transaction(async (db) => {
      const id = await this.#versionId(db, pacticipant, number, branch);
      const row = await db.get('SELECT number, branch, created_at FROM versions WHERE id = ?', [id]);
      return {
        pacticipant,
        number,
        branch: (row?.branch as string | null) ?? undefined,
        createdAt: String(row?.created_at),
      };
    });
  }

  async publishPact(input: PublishPactInput): Promise<PactPublication> {
    const sha = contentSha(JSON.parse(input.content));
    await this.#db.transaction(async (db) => {
      const versionId = await this.#versionId(db, input.consumer, input.consumerVersion, input.branch);
      const providerId = await this.#pacticipantId(db, input.provider);
      const now = this.#timestamp();
      await db.run(
        'INSERT INTO pact_contents (sha, content, created_at) VALUES (?, ?, ?) ON CONFLICT (sha) DO NOTHING',
        [sha, input.content, now],
      );
      const contentId = (await db.get('SELECT id FROM pact_contents WHERE sha = ?', [sha]))?.id as number;
      await db.run(
        `INSERT INTO pact_publications (consumer_version_id, provider_id, content_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (consumer_version_id, provider_id) DO UPDATE SET content_id = excluded.content_id`,
        [versionId, providerId, contentId, now],
      );
    });
    return (await this.findPact(input.provider, input.consumer, input.consumerVersion)) as PactPublication;
  }

  async findPact(
    provider: string,
    consumer: string,
    consumerVersion: string,
  ): Promise<PactPublication | undefined> {
    const row = await this.#db.get(
      `SELECT ${publicationColumns} WHERE p.name = ? AND c.name = ? AND v.number = ?`,
      [provider, consumer, consumerVersion],
    );
    return row === undefined ? undefined : toPublication(row);
  }

  async findPactBySha(provider: string, consumer: string, sha: string): Promise<PactPublication | undefined> {
    const row = await this.#db.get(
      `SELECT ${publicationColumns} WHERE p.name = ? AND c.name = ? AND pc.sha = ? ORDER BY v.id DESC LIMIT 1`,
      [provider, consumer, sha],
    );
    return row === undefined ? undefined : toPublication(row);
  }

  async latestPacts(query: LatestPactsQuery): Promise<PactPublication[]> {
    const where = ['p.name = ?'];
    const params: string[] = [query.provider];
    if (query.consumer !== undefined) {
      where.push('c.name = ?');
      params.push(query.consumer);
    }
    if (query.branch !== undefined) {
      where.push('v.branch = ?');
      params.push(query.branch);
    }
    if (query.mainBranch === true) where.push('v.branch = c.main_branch');
    const rows = await this.#db.all(
      `SELECT ${publicationColumns} WHERE ${where.join(' AND ')} ORDER BY v.id DESC`,
      params,
    );
    const latest = new Map<string, PactPublication>();
    for (const row of rows) {
      const publication = toPublication(row);
      if (!latest.has(publication.consumer)) latest.set(publication.consumer, publication);
    }
    return [...latest.values()].sort((a, b) => (a.consumer < b.consumer ? -1 : 1));
  }

  async selectablePacts(provider: string): Promise<SelectablePact[]> {
    const providerJoin = `JOIN pact_publications pp ON pp.consumer_version_id = x.version_id
      JOIN pacticipants p ON p.id = pp.provider_id AND p.name = ?`;
    const byVersion = async (sql: string) => {
      const map = new Map<number, string[]>();
      for (const row of await this.#db.all(sql, [provider])) {
        const id = Number(row.version_id);
        const names = map.get(id) ?? [];
        names.push(String(row.name));
        map.set(id, names);
      }
      return map;
    };
    const tags = await byVersion(
      `SELECT x.version_id AS version_id, x.name AS name FROM tags x ${providerJoin}`,
    );
    const deployed = await byVersion(
      `SELECT DISTINCT x.version_id AS version_id, e.name AS name FROM deployed_versions x
       JOIN environments e ON e.id = x.environment_id ${providerJoin} WHERE x.undeployed_at IS NULL`,
    );
    const released = await byVersion(
      `SELECT x.version_id AS version_id, e.name AS name FROM released_versions x
       JOIN environments e ON e.id = x.environment_id ${providerJoin} WHERE x.support_ended_at IS NULL`,
    );
    const rows = await this.#db.all(
      `SELECT v.id AS version_id, c.main_branch AS main_branch, ${publicationColumnsWithoutContent}
       WHERE p.name = ? ORDER BY v.id`,
      [provider],
    );
    return rows.map((row) => {
      const id = Number(row.version_id);
      return {
        pact: toPublication(row),
        consumerMainBranch: (row.main_branch as string | null) ?? undefined,
        tags: tags.get(id) ?? [],
        deployedTo: deployed.get(id) ?? [],
        releasedTo: released.get(id) ?? [],
      };
    });
  }

  async recordVerification(input: RecordVerificationInput): Promise<VerificationResult> {
    const id = await this.#db.transaction(async (db) => {
      const contentId = (await db.get('SELECT id FROM pact_contents WHERE sha = ?', [input.sha]))?.id as
        | number
        | undefined;
      const consumerId = await this.#pacticipantId(db, input.consumer);
      const versionId = await this.#versionId(db, input.provider, input.providerVersion);
      const branch = (await db.get('SELECT branch FROM versions WHERE id = ?', [versionId]))?.branch ?? null;
      const row = await db.get(
        `INSERT INTO verification_results (content_id, consumer_id, provider_version_id, success, branch, results, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        [
          contentId ?? null,
          consumerId,
          versionId,
          input.success ? 1 : 0,
          branch as string | null,
          JSON.stringify(input.results),
          this.#timestamp(),
        ],
      );
      return Number(row?.id);
    });
    return (await this.findVerification(input.provider, input.consumer, input.sha, id)) as VerificationResult;
  }

  async findVerification(
    provider: string,
    consumer: string,
    sha: string,
    id?: number,
  ): Promise<VerificationResult | undefined> {
    const byId = id === undefined ? '' : ' AND vr.id = ?';
    const row = await this.#db.get(
      `SELECT ${verificationColumns} WHERE p.name = ? AND c.name = ? AND pc.sha = ?${byId} ORDER BY vr.id DESC LIMIT 1`,
      [provider, consumer, sha, ...(id === undefined ? [] : [id])],
    );
    return row === undefined ? undefined : toVerification(row);
  }

  async successfullyVerified(
    provider: string,
    shas: readonly string[],
    branch?: string,
  ): Promise<Set<string>> {
    const verified = new Set<string>();
    // Chunked, to stay under the databases' bound-parameter limits.
    for (let start = 0; start < shas.length; start += 500) {
      const chunk = shas.slice(start, start + 500);
      const byBranch =
        branch === undefined
          ? ''
          : ` AND (vr.branch = ? OR vr.created_at < COALESCE((SELECT MIN(fv.created_at) FROM versions fv
              WHERE fv.pacticipant_id = pv.pacticipant_id AND fv.branch = ?), '9999'))`;
      const rows = await this.#db.all(
        `SELECT DISTINCT pc.sha AS sha FROM verification_results vr
         JOIN pact_contents pc ON pc.id = vr.content_id
         JOIN versions pv ON pv.id = vr.provider_version_id
         JOIN pacticipants p ON p.id = pv.pacticipant_id
         WHERE p.name = ? AND vr.success = 1 AND pc.sha IN (${chunk.map(() => '?').join(', ')})${byBranch}`,
        [provider, ...chunk, ...(branch === undefined ? [] : [branch, branch])],
      );
      for (const row of rows) verified.add(String(row.sha));
    }
    return verified;
  }

  async findVersion(pacticipant: string, number: string): Promise<PacticipantVersion | undefined> {
    const row = await this.#db.get(`SELECT ${versionColumns} WHERE pa.name = ? AND v.number = ?`, [
      pacticipant,
      number,
    ]);
    return row === undefined ? undefined : toVersion(row);
  }

  async addTag(pacticipant: string, version: string, tag: string): Promise<PacticipantVersion> {
    await this.#db.transaction(async (db) => {
      const versionId = await this.#versionId(db, pacticipant, version);
      await db.run(
        'INSERT INTO tags (version_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (version_id, name) DO NOTHING',
        [versionId, tag, this.#timestamp()],
      );
    });
    return (await this.findVersion(pacticipant, version)) as PacticipantVersion;
  }

  async tagsOf(pacticipant: string, version: string): Promise<string[]> {
    const rows = await this.#db.all(
      `SELECT t.name AS tag FROM tags t JOIN versions v ON v.id = t.version_id
       JOIN pacticipants pa ON pa.id = v.pacticipant_id WHERE pa.name = ? AND v.number = ? ORDER BY t.created_at, t.name`,
      [pacticipant, version],
    );
    return rows.map((row) => String(row.tag));
  }

  async latestVersionsWithTag(tag: string): Promise<PacticipantVersion[]> {
    const rows = await this.#db.all(
      `SELECT ${versionColumns} JOIN tags t ON t.version_id = v.id WHERE t.name = ? ORDER BY v.id DESC`,
      [tag],
    );
    const latest = new Map<string, PacticipantVersion>();
    for (const version of rows.map(toVersion))
      if (!latest.has(version.pacticipant)) latest.set(version.pacticipant, version);
    return [...latest.values()];
  }

  async latestVersion(pacticipant: string, tag?: string): Promise<PacticipantVersion | undefined> {
    const byTag = tag === undefined ? '' : ' JOIN tags t ON t.version_id = v.id AND t.name = ?';
    const row = await this.#db.get(
      `SELECT ${versionColumns}${byTag} WHERE pa.name = ? ORDER BY v.id DESC LIMIT 1`,
      tag === undefined ? [pacticipant] : [tag, pacticipant],
    );
    return row === undefined ? undefined : toVersion(row);
  }

  async createEnvironment(input: CreateEnvironmentInput): Promise<Environment | undefined> {
    const uuid = randomUUID();
    const { changes } = await this.#db.run(
      `INSERT INTO environments (uuid, name, display_name, production, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO NOTHING`,
      [uuid, input.name, input.displayName ?? null, input.production === true ? 1 : 0, this.#timestamp()],
    );
    return changes === 0 ? undefined : this.findEnvironment(uuid);
  }

  async listEnvironments(): Promise<Environment[]> {
    return (await this.#db.all(`SELECT ${environmentColumns} FROM environments e ORDER BY e.name`)).map(
      toEnvironment,
    );
  }

  async findEnvironment(uuid: string): Promise<Environment | undefined> {
    const row = await this.#db.get(`SELECT ${environmentColumns} FROM environments e WHERE e.uuid = ?`, [
      uuid,
    ]);
    return row === undefined ? undefined : toEnvironment(row);
  }

  async findEnvironmentByName(name: string): Promise<Environment | undefined> {
    const row = await this.#db.get(`SELECT ${environmentColumns} FROM environments e WHERE e.name = ?`, [
      name,
    ]);
    return row === undefined ? undefined : toEnvironment(row);
  }

  async recordDeployment(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion> {
    const uuid = randomUUID();
    await this.#db.transaction(async (db) => {
      const versionId = await this.#versionId(db, input.pacticipant, input.version);
      const environmentId = await this.#environmentId(db, input.environmentUuid);
      const now = this.#timestamp();
      const instance = input.applicationInstance ?? null;
      await db.run(
        `UPDATE deployed_versions SET undeployed_at = ? WHERE undeployed_at IS NULL AND environment_id = ?
         AND application_instance IS NOT DISTINCT FROM CAST(? AS TEXT) AND version_id IN (SELECT id FROM versions WHERE pacticipant_id =
         (SELECT pacticipant_id FROM versions WHERE id = ?))`,
        [now, environmentId, instance, versionId],
      );
      await db.run(
        `INSERT INTO deployed_versions (uuid, version_id, environment_id, application_instance, created_at)
         VALUES (?, ?, ?, ?, ?)`,
        [uuid, versionId, environmentId, instance, now],
      );
    });
    return (await this.findEnvironmentVersion('deployed', uuid)) as EnvironmentVersion;
  }

  async recordRelease(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion> {
    const uuid = await this.#db.transaction(async (db) => {
      const versionId = await this.#versionId(db, input.pacticipant, input.version);
      const environmentId = await this.#environmentId(db, input.environmentUuid);
      await db.run(
        `INSERT INTO released_versions (uuid, version_id, environment_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (version_id, environment_id) DO UPDATE SET support_ended_at = NULL`,
        [randomUUID(), versionId, environmentId, this.#timestamp()],
      );
      return (
        await db.get('SELECT uuid FROM released_versions WHERE version_id = ? AND environment_id = ?', [
          versionId,
          environmentId,
        ])
      )?.uuid as string;
    });
    return (await this.findEnvironmentVersion('released', uuid)) as EnvironmentVersion;
  }

  async findEnvironmentVersion(
    kind: 'deployed' | 'released',
    uuid: string,
  ): Promise<EnvironmentVersion | undefined> {
    const row = await this.#db.get(`SELECT ${environmentVersionColumns(kind)} WHERE ev.uuid = ?`, [uuid]);
    return row === undefined ? undefined : toEnvironmentVersion(row);
  }

  async endEnvironmentVersion(
    kind: 'deployed' | 'released',
    uuid: string,
  ): Promise<EnvironmentVersion | undefined> {
    const [table, column] =
      kind === 'deployed'
        ? ['deployed_versions', 'undeployed_at']
        : ['released_versions', 'support_ended_at'];
    await this.#db.run(`UPDATE ${table} SET ${column} = ? WHERE uuid = ? AND ${column} IS NULL`, [
      this.#timestamp(),
      uuid,
    ]);
    return this.findEnvironmentVersion(kind, uuid);
  }

  async currentVersions(
    environmentUuid: string,
    kinds: readonly ('deployed' | 'released')[],
  ): Promise<EnvironmentVersion[]> {
    const result: EnvironmentVersion[] = [];
    for (const kind of kinds) {
      const rows = await this.#db.all(
        `SELECT ${environmentVersionColumns(kind)} WHERE e.uuid = ? AND ${kind === 'deployed' ? 'ev.undeployed_at' : 'ev.support_ended_at'} IS NULL ORDER BY ev.id`,
        [environmentUuid],
      );
      result.push(...rows.map(toEnvironmentVersion));
    }
    return result;
  }

  async matrixRows(pacticipants: readonly string[]): Promise<MatrixRow[]> {
    if (pacticipants.length === 0) return [];
    const { sql, params } = matrixSql(
      { consumers: pacticipants.map((pacticipant) => ({ pacticipant })), providers: pacticipants },
      true,
    );
    return (await this.#db.all(sql, params)).map(toMatrixRow);
  }

  async matrixQuery(query: MatrixQuery): Promise<MatrixRow[]> {
    if (query.consumers === undefined && query.providers === undefined) return [];
    const { sql, params } = matrixSql(query);
    return (await this.#db.all(sql, params)).map(toMatrixRow);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }

  async #pacticipantId(db: SqlExecutor, name: string): Promise<number> {
    await db.run('INSERT INTO pacticipants (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', [
      name,
      this.#timestamp(),
    ]);
    return (await db.get('SELECT id FROM pacticipants WHERE name = ?', [name]))?.id as number;
  }

  async #environmentId(db: SqlExecutor, uuid: string): Promise<number> {
    const id = (await db.get('SELECT id FROM environments WHERE uuid = ?', [uuid]))?.id;
    if (id === undefined) throw new Error(`No environment with uuid ${uuid}.`);
    return id as number;
  }

  async #versionId(db: SqlExecutor, pacticipant: string, number: string, branch?: string): Promise<number> {
    const pacticipantId = await this.#pacticipantId(db, pacticipant);
    await db.run(
      'INSERT INTO versions (pacticipant_id, number, created_at) VALUES (?, ?, ?) ON CONFLICT (pacticipant_id, number) DO NOTHING',
      [pacticipantId, number, this.#timestamp()],
    );
    if (branch !== undefined) {
      await db.run('UPDATE versions SET branch = ? WHERE pacticipant_id = ? AND number = ?', [
        branch,
        pacticipantId,
        number,
      ]);
      if (mainBranchNames.has(branch))
        await db.run('UPDATE pacticipants SET main_branch = ? WHERE id = ? AND main_branch IS NULL', [
          branch,
          pacticipantId,
        ]);
    }
    return (
      await db.get('SELECT id FROM versions WHERE pacticipant_id = ? AND number = ?', [pacticipantId, number])
    )?.id as number;
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }
}
