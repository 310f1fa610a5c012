/** The embedded store: {@link BrokerStore} over built-in node:sqlite, file-backed with WAL. */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
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
  VerificationResult,
} from './broker-store.ts';
import { contentSha } from './content-sha.ts';
import { migrate } from './migrate.ts';
import {
  environmentColumns,
  environmentVersionColumns,
  matrixSql,
  publicationColumns,
  type Row,
  toEnvironment,
  toEnvironmentVersion,
  toMatrixRow,
  toPacticipant,
  toPublication,
  toVerification,
  toVersion,
  verificationColumns,
} from './sqlite-rows.ts';

/**
 * Where the embedded store keeps its data.
 *
 * @example
 * const options: SqliteStoreOptions = { dataDir: './broker-data' };
 */
export interface SqliteStoreOptions {
  /** A folder (created if missing) holding `broker.sqlite`, or `:memory:` (the default). */
  readonly dataDir?: string;
  /** The time written on new rows (default: the system clock). */
  readonly now?: () => Date;
}

const versionColumns = `pa.name AS name, v.number AS number, v.branch AS branch, v.created_at AS created_at
  FROM versions v JOIN pacticipants pa ON pa.id = v.pacticipant_id`;

// Auto-detected main branches, as the Pact Broker does on first publication.
const mainBranchNames = new Set(['develop', 'main', 'master']);

/**
 * Opens (creating and migrating as needed) the embedded store.
 *
 * @throws SeamError `config` when the database was written by a newer broker.
 * @example
 * const store = openSqliteStore({ dataDir: ':memory:' });
 * await store.recordVersion('web', '1.0.0', 'main');
 */
export function openSqliteStore(options: SqliteStoreOptions = {}): BrokerStore {
  const dataDir = options.dataDir ?? ':memory:';
  const file = dataDir === ':memory:' ? ':memory:' : join(mkdirOf(dataDir), 'broker.sqlite');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA foreign_keys = ON');
  if (file !== ':memory:') db.exec('PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000');
  try {
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, options.now ?? (() => new Date()));
}

function mkdirOf(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

class SqliteStore implements BrokerStore {
  readonly #db: DatabaseSync;
  readonly #now: () => Date;

  constructor(db: DatabaseSync, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  async listPacticipants(): Promise<Pacticipant[]> {
    return this.#all('SELECT name, main_branch, created_at FROM pacticipants ORDER BY name').map(
      toPacticipant,
    );
  }

  async findPacticipant(name: string): Promise<Pacticipant | undefined> {
    const row = this.#get('SELECT name, main_branch, created_at FROM pacticipants WHERE name = ?', name);
    return row === undefined ? undefined : toPacticipant(row);
  }

  async recordVersion(pacticipant: string, number: string, branch?: string): Promise<PacticipantVersion> {
    return this.#transaction(() => {
      const id = this.#versionId(pacticipant, number, branch);
      const row = this.#get('SELECT number, branch, created_at FROM versions WHERE id = ?', id);
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
    this.#transaction(() => {
      const versionId = this.#versionId(input.consumer, input.consumerVersion, input.branch);
      const providerId = this.#pacticipantId(input.provider);
      const now = this.#timestamp();
      this.#run(
        'INSERT INTO pact_contents (sha, content, created_at) VALUES (?, ?, ?) ON CONFLICT (sha) DO NOTHING',
        sha,
        input.content,
        now,
      );
      const contentId = this.#get('SELECT id FROM pact_contents WHERE sha = ?', sha)?.id as number;
      this.#run(
        `INSERT INTO pact_publications (consumer_version_id, provider_id, content_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (consumer_version_id, provider_id) DO UPDATE SET content_id = excluded.content_id`,
        versionId,
        providerId,
        contentId,
        now,
      );
    });
    return (await this.findPact(input.provider, input.consumer, input.consumerVersion)) as PactPublication;
  }

  async findPact(
    provider: string,
    consumer: string,
    consumerVersion: string,
  ): Promise<PactPublication | undefined> {
    const row = this.#get(
      `SELECT ${publicationColumns} WHERE p.name = ? AND c.name = ? AND v.number = ?`,
      provider,
      consumer,
      consumerVersion,
    );
    return row === undefined ? undefined : toPublication(row);
  }

  async findPactBySha(provider: string, consumer: string, sha: string): Promise<PactPublication | undefined> {
    const row = this.#get(
      `SELECT ${publicationColumns} WHERE p.name = ? AND c.name = ? AND pc.sha = ? ORDER BY v.id DESC LIMIT 1`,
      provider,
      consumer,
      sha,
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
    const rows = this.#all(
      `SELECT ${publicationColumns} WHERE ${where.join(' AND ')} ORDER BY v.id DESC`,
      ...params,
    );
    const latest = new Map<string, PactPublication>();
    for (const row of rows) {
      const publication = toPublication(row);
      if (!latest.has(publication.consumer)) latest.set(publication.consumer, publication);
    }
    return [...latest.values()].sort((a, b) => (a.consumer < b.consumer ? -1 : 1));
  }

  async recordVerification(input: RecordVerificationInput): Promise<VerificationResult> {
    const id = this.#transaction(() => {
      const contentId = this.#get('SELECT id FROM pact_contents WHERE sha = ?', input.sha)?.id as number;
      const consumerId = this.#pacticipantId(input.consumer);
      const versionId = this.#versionId(input.provider, input.providerVersion);
      const branch = this.#get('SELECT branch FROM versions WHERE id = ?', versionId)?.branch ?? null;
      const result = this.#run(
        `INSERT INTO verification_results (content_id, consumer_id, provider_version_id, success, branch, results, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        contentId,
        consumerId,
        versionId,
        input.success ? 1 : 0,
        branch as string | null,
        JSON.stringify(input.results),
        this.#timestamp(),
      );
      return Number(result.lastInsertRowid);
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
    const row = this.#get(
      `SELECT ${verificationColumns} WHERE p.name = ? AND c.name = ? AND pc.sha = ?${byId} ORDER BY vr.id DESC LIMIT 1`,
      ...[provider, consumer, sha, ...(id === undefined ? [] : [id])],
    );
    return row === undefined ? undefined : toVerification(row);
  }

  async hasSuccessfulVerification(provider: string, sha: string, branch?: string): Promise<boolean> {
    const byBranch = branch === undefined ? '' : ' AND vr.branch = ?';
    const row = this.#get(
      `SELECT ${verificationColumns} WHERE p.name = ? AND pc.sha = ? AND vr.success = 1${byBranch} LIMIT 1`,
      ...[provider, sha, ...(branch === undefined ? [] : [branch])],
    );
    return row !== undefined;
  }

  async findVersion(pacticipant: string, number: string): Promise<PacticipantVersion | undefined> {
    const row = this.#get(`SELECT ${versionColumns} WHERE pa.name = ? AND v.number = ?`, pacticipant, number);
    return row === undefined ? undefined : toVersion(row);
  }

  async addTag(pacticipant: string, version: string, tag: string): Promise<PacticipantVersion> {
    this.#transaction(() => {
      const versionId = this.#versionId(pacticipant, version);
      this.#run(
        'INSERT INTO tags (version_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (version_id, name) DO NOTHING',
        versionId,
        tag,
        this.#timestamp(),
      );
    });
    return (await this.findVersion(pacticipant, version)) as PacticipantVersion;
  }

  async tagsOf(pacticipant: string, version: string): Promise<string[]> {
    return this.#all(
      `SELECT t.name AS tag FROM tags t JOIN versions v ON v.id = t.version_id
       JOIN pacticipants pa ON pa.id = v.pacticipant_id WHERE pa.name = ? AND v.number = ? ORDER BY t.created_at, t.name`,
      pacticipant,
      version,
    ).map((row) => String(row.tag));
  }

  async latestVersionsWithTag(tag: string): Promise<PacticipantVersion[]> {
    const rows = this.#all(
      `SELECT ${versionColumns} JOIN tags t ON t.version_id = v.id WHERE t.name = ? ORDER BY v.id DESC`,
      tag,
    );
    const latest = new Map<string, PacticipantVersion>();
    for (const version of rows.map(toVersion))
      if (!latest.has(version.pacticipant)) latest.set(version.pacticipant, version);
    return [...latest.values()];
  }

  async latestVersion(pacticipant: string, tag?: string): Promise<PacticipantVersion | undefined> {
    const byTag = tag === undefined ? '' : ' JOIN tags t ON t.version_id = v.id AND t.name = ?';
    const row = this.#get(
      `SELECT ${versionColumns}${byTag} WHERE pa.name = ? ORDER BY v.id DESC LIMIT 1`,
      ...(tag === undefined ? [pacticipant] : [tag, pacticipant]),
    );
    return row === undefined ? undefined : toVersion(row);
  }

  async createEnvironment(input: CreateEnvironmentInput): Promise<Environment | undefined> {
    const uuid = randomUUID();
    const result = this.#run(
      `INSERT INTO environments (uuid, name, display_name, production, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO NOTHING`,
      uuid,
      input.name,
      input.displayName ?? null,
      input.production === true ? 1 : 0,
      this.#timestamp(),
    );
    return Number(result.changes) === 0 ? undefined : this.findEnvironment(uuid);
  }

  async listEnvironments(): Promise<Environment[]> {
    return this.#all(`SELECT ${environmentColumns} FROM environments e ORDER BY e.name`).map(toEnvironment);
  }

  async findEnvironment(uuid: string): Promise<Environment | undefined> {
    const row = this.#get(`SELECT ${environmentColumns} FROM environments e WHERE e.uuid = ?`, uuid);
    return row === undefined ? undefined : toEnvironment(row);
  }

  async findEnvironmentByName(name: string): Promise<Environment | undefined> {
    const row = this.#get(`SELECT ${environmentColumns} FROM environments e WHERE e.name = ?`, name);
    return row === undefined ? undefined : toEnvironment(row);
  }

  async recordDeployment(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion> {
    const uuid = randomUUID();
    this.#transaction(() => {
      const versionId = this.#versionId(input.pacticipant, input.version);
      const environmentId = this.#environmentId(input.environmentUuid);
      const now = this.#timestamp();
      const instance = input.applicationInstance ?? null;
      this.#run(
        `UPDATE deployed_versions SET undeployed_at = ? WHERE undeployed_at IS NULL AND environment_id = ?
         AND application_instance IS ? AND version_id IN (SELECT id FROM versions WHERE pacticipant_id =
         (SELECT pacticipant_id FROM versions WHERE id = ?))`,
        now,
        environmentId,
        instance,
        versionId,
      );
      this.#run(
        `INSERT INTO deployed_versions (uuid, version_id, environment_id, application_instance, created_at)
         VALUES (?, ?, ?, ?, ?)`,
        uuid,
        versionId,
        environmentId,
        instance,
        now,
      );
    });
    return (await this.findEnvironmentVersion('deployed', uuid)) as EnvironmentVersion;
  }

  async recordRelease(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion> {
    const uuid = this.#transaction(() => {
      const versionId = this.#versionId(input.pacticipant, input.version);
      const environmentId = this.#environmentId(input.environmentUuid);
      this.#run(
        `INSERT INTO released_versions (uuid, version_id, environment_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (version_id, environment_id) DO UPDATE SET support_ended_at = NULL`,
        randomUUID(),
        versionId,
        environmentId,
        this.#timestamp(),
      );
      return this.#get(
        'SELECT uuid FROM released_versions WHERE version_id = ? AND environment_id = ?',
        versionId,
        environmentId,
      )?.uuid as string;
    });
    return (await this.findEnvironmentVersion('released', uuid)) as EnvironmentVersion;
  }

  async findEnvironmentVersion(
    kind: 'deployed' | 'released',
    uuid: string,
  ): Promise<EnvironmentVersion | undefined> {
    const row = this.#get(`SELECT ${environmentVersionColumns(kind)} WHERE ev.uuid = ?`, uuid);
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
    this.#run(
      `UPDATE ${table} SET ${column} = ? WHERE uuid = ? AND ${column} IS NULL`,
      this.#timestamp(),
      uuid,
    );
    return this.findEnvironmentVersion(kind, uuid);
  }

  async currentVersions(
    environmentUuid: string,
    kinds: readonly ('deployed' | 'released')[],
  ): Promise<EnvironmentVersion[]> {
    return kinds.flatMap((kind) =>
      this.#all(
        `SELECT ${environmentVersionColumns(kind)} WHERE e.uuid = ? AND ${kind === 'deployed' ? 'ev.undeployed_at' : 'ev.support_ended_at'} IS NULL ORDER BY ev.id`,
        environmentUuid,
      ).map(toEnvironmentVersion),
    );
  }

  async matrixRows(pacticipants: readonly string[]): Promise<MatrixRow[]> {
    if (pacticipants.length === 0) return [];
    const { sql, params } = matrixSql(
      { consumers: pacticipants.map((pacticipant) => ({ pacticipant })), providers: pacticipants },
      true,
    );
    return this.#all(sql, ...params).map(toMatrixRow);
  }

  async matrixQuery(query: MatrixQuery): Promise<MatrixRow[]> {
    if (query.consumers === undefined && query.providers === undefined) return [];
    const { sql, params } = matrixSql(query);
    return this.#all(sql, ...params).map(toMatrixRow);
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }

  #pacticipantId(name: string): number {
    this.#run(
      'INSERT INTO pacticipants (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      name,
      this.#timestamp(),
    );
    return this.#get('SELECT id FROM pacticipants WHERE name = ?', name)?.id as number;
  }

  #environmentId(uuid: string): number {
    const id = this.#get('SELECT id FROM environments WHERE uuid = ?', uuid)?.id;
    if (id === undefined) throw new Error(`No environment with uuid ${uuid}.`);
    return id as number;
  }

  #versionId(pacticipant: string, number: string, branch?: string): number {
    const pacticipantId = this.#pacticipantId(pacticipant);
    this.#run(
      'INSERT INTO versions (pacticipant_id, number, created_at) VALUES (?, ?, ?) ON CONFLICT (pacticipant_id, number) DO NOTHING',
      pacticipantId,
      number,
      this.#timestamp(),
    );
    if (branch !== undefined) {
      this.#run(
        'UPDATE versions SET branch = ? WHERE pacticipant_id = ? AND number = ?',
        branch,
        pacticipantId,
        number,
      );
      if (mainBranchNames.has(branch))
        this.#run(
          'UPDATE pacticipants SET main_branch = ? WHERE id = ? AND main_branch IS NULL',
          branch,
          pacticipantId,
        );
    }
    return this.#get('SELECT id FROM versions WHERE pacticipant_id = ? AND number = ?', pacticipantId, number)
      ?.id as number;
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  // node:sqlite is synchronous, so a transaction here cannot interleave with another request.
  #transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  #get(sql: string, ...params: (string | number | null)[]): Row | undefined {
    return this.#db.prepare(sql).get(...params) as Row | undefined;
  }

  #all(sql: string, ...params: (string | number | null)[]): Row[] {
    return this.#db.prepare(sql).all(...params) as Row[];
  }

  #run(sql: string, ...params: (string | number | null)[]) {
    return this.#db.prepare(sql).run(...params);
  }
}
