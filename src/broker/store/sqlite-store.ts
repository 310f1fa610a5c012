/** The embedded store: {@link BrokerStore} over built-in node:sqlite, file-backed with WAL. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type {
  BrokerStore,
  LatestPactsQuery,
  Pacticipant,
  PacticipantVersion,
  PactPublication,
  PublishPactInput,
  RecordVerificationInput,
  VerificationResult,
} from './broker-store.ts';
import { contentSha } from './content-sha.ts';
import { migrate } from './migrate.ts';
import {
  publicationColumns,
  type Row,
  toPacticipant,
  toPublication,
  toVerification,
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
