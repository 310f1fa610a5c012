/** The team store: {@link BrokerStore} over PostgreSQL (node-postgres), with the same migrations. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { SeamError } from '../../core/errors.ts';
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
import { refuseNewer } from './migrate.ts';
import { type Migration, migrationSql, migrations } from './migrations.ts';
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
 * Where the PostgreSQL store connects.
 *
 * @example
 * const options: PostgresStoreOptions = { databaseUrl: 'postgres://seam@db.internal:5432/broker' };
 */
export interface PostgresStoreOptions {
  /** A `postgres://` (or `postgresql://`) connection URL. */
  readonly databaseUrl: string;
  /** Tables live in this schema (`search_path`); default the database's own search path. */
  readonly schema?: string;
  /** Milliseconds to wait for a connection (default 5000). */
  readonly connectTimeoutMs?: number;
  /** Milliseconds any one statement may run (default 30000). */
  readonly statementTimeoutMs?: number;
  /** Connections kept at most (default 10). */
  readonly maxConnections?: number;
  /** The time written on new rows (default: the system clock). */
  readonly now?: () => Date;
  /** The schema steps (default: all of them); tests pass fewer. */
  readonly migrations?: readonly Migration[];
}

/** True when the URL names a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/**
 * The URL without its password, for messages.
 *
 * @example
 * redactUrl('postgres://u:secret@h/db'); // 'postgres://u:***@h/db'
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:\/\/([^:/@]*):[^@]*@/, '://$1:***@');
  }
}

const versionColumns = `pa.name AS name, v.number AS number, v.branch AS branch, v.created_at AS created_at
  FROM versions v JOIN pacticipants pa ON pa.id = v.pacticipant_id`;

const mainBranchNames = new Set(['develop', 'main', 'master']);

// PostgreSQL folds unquoted aliases to lower case; the shared row mappers read these in camel case.
const camelAliases = ['consumerVersion', 'consumerBranch', 'createdAt', 'providerVersion', 'providerBranch'];

// A fixed key for pg_advisory_xact_lock, so that brokers starting together migrate one at a time.
const migrationLock = 0x5ea3_b0c4;

type Param = string | number | null;
type Queryable = pg.Pool | pg.PoolClient;

/**
 * Opens (migrating as needed) the PostgreSQL store.
 *
 * @throws SeamError `io` naming the URL (without password) when the database is unreachable;
 *   `config` when the database was written by a newer broker.
 * @example
 * const store = await openPostgresStore({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/broker' });
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<BrokerStore> {
  const where = redactUrl(options.databaseUrl);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    max: options.maxConnections ?? 10,
    ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    await pool.end();
    throw new SeamError('io', `cannot connect to the broker database: ${(error as Error).message}`, {
      location: where,
      cause: error,
    });
  }
  try {
    await migratePostgres(client, where, options.migrations ?? migrations);
  } catch (error) {
    client.release();
    await pool.end();
    throw error;
  }
  client.release();
  return new PostgresStore(pool, options.now ?? (() => new Date()));
}

async function migratePostgres(client: pg.PoolClient, where: string, known: readonly Migration[]) {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const row = (await client.query('SELECT MAX(version) AS version FROM schema_migrations')).rows[0] as
      | { version: number | null }
      | undefined;
    const current = row?.version ?? 0;
    refuseNewer(current, known, where, 'point --database-url at another database');
    for (const migration of known.filter((step) => step.version > current)) {
      await client.query(migrationSql(migration, 'postgres'));
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** `?` placeholders as `$1`, `$2`, ... (the shared SQL never has `?` inside literals). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function camel(row: Row): Row {
  for (const alias of camelAliases) {
    const lower = alias.toLowerCase();
    if (lower in row) row[alias] = row[lower];
  }
  return row;
}

class PostgresStore implements BrokerStore {
  readonly #pool: pg.Pool;
  readonly #now: () => Date;
  #closed = false;

  constructor(pool: pg.Pool, now: () => Date) {
    this.#pool = pool;
    this.#now = now;
  }

  async listPacticipants(): Promise<Pacticipant[]> {
    return (
      await this.#all(this.#pool, 'SELECT name, main_branch, created_at FROM pacticipants ORDER BY name')
    ).map(toPacticipant);
  }

  async findPacticipant(name: string): Promise<Pacticipant | undefined> {
    const row = await this.#get(
      this.#pool,
      'SELECT name, main_branch, created_at FROM pacticipants WHERE name = ?',
      name,
    );
    return row === undefined ? undefined : toPacticipant(row);
  }

  async recordVersion(pacticipant: string, number: string, branch?: string): Promise<PacticipantVersion> {
    return this.#transaction(async (db) => {
      const id = await this.#versionId(db, pacticipant, number, branch);
      const row = await this.#get(db, 'SELECT number, branch, created_at FROM versions WHERE id = ?', id);
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
    await this.#transaction(async (db) => {
      const versionId = await this.#versionId(db, input.consumer, input.consumerVersion, input.branch);
      const providerId = await this.#pacticipantId(db, input.provider);
      const now = this.#timestamp();
      await this.#run(
        db,
        'INSERT INTO pact_contents (sha, content, created_at) VALUES (?, ?, ?) ON CONFLICT (sha) DO NOTHING',
        sha,
        input.content,
        now,
      );
      const contentId = (await this.#get(db, 'SELECT id FROM pact_contents WHERE sha = ?', sha))
        ?.id as number;
      await this.#run(
        db,
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
    const row = await this.#get(
      this.#pool,
      `SELECT ${publicationColumns} WHERE p.name = ? AND c.name = ? AND v.number = ?`,
      provider,
      consumer,
      consumerVersion,
    );
    return row === undefined ? undefined : toPublication(row);
  }

  async findPactBySha(provider: string, consumer: string, sha: string): Promise<PactPublication | undefined> {
    const row = await this.#get(
      this.#pool,
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
    const rows = await this.#all(
      this.#pool,
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
    const id = await this.#transaction(async (db) => {
      const contentId = (await this.#get(db, 'SELECT id FROM pact_contents WHERE sha = ?', input.sha))?.id as
        | number
        | undefined;
      const consumerId = await this.#pacticipantId(db, input.consumer);
      const versionId = await this.#versionId(db, input.provider, input.providerVersion);
      const branch =
        (await this.#get(db, 'SELECT branch FROM versions WHERE id = ?', versionId))?.branch ?? null;
      const row = await this.#get(
        db,
        `INSERT INTO verification_results (content_id, consumer_id, provider_version_id, success, branch, results, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
        contentId ?? null,
        consumerId,
        versionId,
        input.success ? 1 : 0,
        branch as string | null,
        JSON.stringify(input.results),
        this.#timestamp(),
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
    const row = await this.#get(
      this.#pool,
      `SELECT ${verificationColumns} WHERE p.name = ? AND c.name = ? AND pc.sha = ?${byId} ORDER BY vr.id DESC LIMIT 1`,
      ...[provider, consumer, sha, ...(id === undefined ? [] : [id])],
    );
    return row === undefined ? undefined : toVerification(row);
  }

  async hasSuccessfulVerification(provider: string, sha: string, branch?: string): Promise<boolean> {
    const byBranch = branch === undefined ? '' : ' AND vr.branch = ?';
    const row = await this.#get(
      this.#pool,
      `SELECT ${verificationColumns} WHERE p.name = ? AND pc.sha = ? AND vr.success = 1${byBranch} LIMIT 1`,
      ...[provider, sha, ...(branch === undefined ? [] : [branch])],
    );
    return row !== undefined;
  }

  async findVersion(pacticipant: string, number: string): Promise<PacticipantVersion | undefined> {
    const row = await this.#get(
      this.#pool,
      `SELECT ${versionColumns} WHERE pa.name = ? AND v.number = ?`,
      pacticipant,
      number,
    );
    return row === undefined ? undefined : toVersion(row);
  }

  async addTag(pacticipant: string, version: string, tag: string): Promise<PacticipantVersion> {
    await this.#transaction(async (db) => {
      const versionId = await this.#versionId(db, pacticipant, version);
      await this.#run(
        db,
        'INSERT INTO tags (version_id, name, created_at) VALUES (?, ?, ?) ON CONFLICT (version_id, name) DO NOTHING',
        versionId,
        tag,
        this.#timestamp(),
      );
    });
    return (await this.findVersion(pacticipant, version)) as PacticipantVersion;
  }

  async tagsOf(pacticipant: string, version: string): Promise<string[]> {
    const rows = await this.#all(
      this.#pool,
      `SELECT t.name AS tag FROM tags t JOIN versions v ON v.id = t.version_id
       JOIN pacticipants pa ON pa.id = v.pacticipant_id WHERE pa.name = ? AND v.number = ? ORDER BY t.created_at, t.name`,
      pacticipant,
      version,
    );
    return rows.map((row) => String(row.tag));
  }

  async latestVersionsWithTag(tag: string): Promise<PacticipantVersion[]> {
    const rows = await this.#all(
      this.#pool,
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
    const row = await this.#get(
      this.#pool,
      `SELECT ${versionColumns}${byTag} WHERE pa.name = ? ORDER BY v.id DESC LIMIT 1`,
      ...(tag === undefined ? [pacticipant] : [tag, pacticipant]),
    );
    return row === undefined ? undefined : toVersion(row);
  }

  async createEnvironment(input: CreateEnvironmentInput): Promise<Environment | undefined> {
    const uuid = randomUUID();
    const changes = await this.#run(
      this.#pool,
      `INSERT INTO environments (uuid, name, display_name, production, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO NOTHING`,
      uuid,
      input.name,
      input.displayName ?? null,
      input.production === true ? 1 : 0,
      this.#timestamp(),
    );
    return changes === 0 ? undefined : this.findEnvironment(uuid);
  }

  async listEnvironments(): Promise<Environment[]> {
    return (
      await this.#all(this.#pool, `SELECT ${environmentColumns} FROM environments e ORDER BY e.name`)
    ).map(toEnvironment);
  }

  async findEnvironment(uuid: string): Promise<Environment | undefined> {
    const row = await this.#get(
      this.#pool,
      `SELECT ${environmentColumns} FROM environments e WHERE e.uuid = ?`,
      uuid,
    );
    return row === undefined ? undefined : toEnvironment(row);
  }

  async findEnvironmentByName(name: string): Promise<Environment | undefined> {
    const row = await this.#get(
      this.#pool,
      `SELECT ${environmentColumns} FROM environments e WHERE e.name = ?`,
      name,
    );
    return row === undefined ? undefined : toEnvironment(row);
  }

  async recordDeployment(input: RecordEnvironmentVersionInput): Promise<EnvironmentVersion> {
    const uuid = randomUUID();
    await this.#transaction(async (db) => {
      const versionId = await this.#versionId(db, input.pacticipant, input.version);
      const environmentId = await this.#environmentId(db, input.environmentUuid);
      const now = this.#timestamp();
      const instance = input.applicationInstance ?? null;
      await this.#run(
        db,
        `UPDATE deployed_versions SET undeployed_at = ? WHERE undeployed_at IS NULL AND environment_id = ?
         AND application_instance IS NOT DISTINCT FROM ?::text AND version_id IN (SELECT id FROM versions WHERE pacticipant_id =
         (SELECT pacticipant_id FROM versions WHERE id = ?))`,
        now,
        environmentId,
        instance,
        versionId,
      );
      await this.#run(
        db,
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
    const uuid = await this.#transaction(async (db) => {
      const versionId = await this.#versionId(db, input.pacticipant, input.version);
      const environmentId = await this.#environmentId(db, input.environmentUuid);
      await this.#run(
        db,
        `INSERT INTO released_versions (uuid, version_id, environment_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (version_id, environment_id) DO UPDATE SET support_ended_at = NULL`,
        randomUUID(),
        versionId,
        environmentId,
        this.#timestamp(),
      );
      return (
        await this.#get(
          db,
          'SELECT uuid FROM released_versions WHERE version_id = ? AND environment_id = ?',
          versionId,
          environmentId,
        )
      )?.uuid as string;
    });
    return (await this.findEnvironmentVersion('released', uuid)) as EnvironmentVersion;
  }

  async findEnvironmentVersion(
    kind: 'deployed' | 'released',
    uuid: string,
  ): Promise<EnvironmentVersion | undefined> {
    const row = await this.#get(
      this.#pool,
      `SELECT ${environmentVersionColumns(kind)} WHERE ev.uuid = ?`,
      uuid,
    );
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
    await this.#run(
      this.#pool,
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
    const result: EnvironmentVersion[] = [];
    for (const kind of kinds) {
      const rows = await this.#all(
        this.#pool,
        `SELECT ${environmentVersionColumns(kind)} WHERE e.uuid = ? AND ${kind === 'deployed' ? 'ev.undeployed_at' : 'ev.support_ended_at'} IS NULL ORDER BY ev.id`,
        environmentUuid,
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
    return (await this.#all(this.#pool, sql, ...params)).map(toMatrixRow);
  }

  async matrixQuery(query: MatrixQuery): Promise<MatrixRow[]> {
    if (query.consumers === undefined && query.providers === undefined) return [];
    const { sql, params } = matrixSql(query);
    return (await this.#all(this.#pool, sql, ...params)).map(toMatrixRow);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }

  async #pacticipantId(db: Queryable, name: string): Promise<number> {
    await this.#run(
      db,
      'INSERT INTO pacticipants (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      name,
      this.#timestamp(),
    );
    return (await this.#get(db, 'SELECT id FROM pacticipants WHERE name = ?', name))?.id as number;
  }

  async #environmentId(db: Queryable, uuid: string): Promise<number> {
    const id = (await this.#get(db, 'SELECT id FROM environments WHERE uuid = ?', uuid))?.id;
    if (id === undefined) throw new Error(`No environment with uuid ${uuid}.`);
    return id as number;
  }

  async #versionId(db: Queryable, pacticipant: string, number: string, branch?: string): Promise<number> {
    const pacticipantId = await this.#pacticipantId(db, pacticipant);
    await this.#run(
      db,
      'INSERT INTO versions (pacticipant_id, number, created_at) VALUES (?, ?, ?) ON CONFLICT (pacticipant_id, number) DO NOTHING',
      pacticipantId,
      number,
      this.#timestamp(),
    );
    if (branch !== undefined) {
      await this.#run(
        db,
        'UPDATE versions SET branch = ? WHERE pacticipant_id = ? AND number = ?',
        branch,
        pacticipantId,
        number,
      );
      if (mainBranchNames.has(branch))
        await this.#run(
          db,
          'UPDATE pacticipants SET main_branch = ? WHERE id = ? AND main_branch IS NULL',
          branch,
          pacticipantId,
        );
    }
    return (
      await this.#get(
        db,
        'SELECT id FROM versions WHERE pacticipant_id = ? AND number = ?',
        pacticipantId,
        number,
      )
    )?.id as number;
  }

  #timestamp(): string {
    return this.#now().toISOString();
  }

  async #transaction<T>(work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async #get(db: Queryable, sql: string, ...params: Param[]): Promise<Row | undefined> {
    return (await this.#all(db, sql, ...params))[0];
  }

  async #all(db: Queryable, sql: string, ...params: Param[]): Promise<Row[]> {
    const result = await db.query(numbered(sql), params);
    return (result.rows as Row[]).map(camel);
  }

  async #run(db: Queryable, sql: string, ...params: Param[]): Promise<number> {
    const result = await db.query(numbered(sql), params);
    return result.rowCount ?? 0;
  }
}
