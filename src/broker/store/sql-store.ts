import { type Clock, systemClock } from '../../core/index.ts';
import type {
  BrokerStore,
  EnvironmentStore,
  Integration,
  LatestPactsQuery,
  MatrixStore,
  PacticipantStore,
  PactPublication,
  PublishPactInput,
  PublishPactResult,
  SelectablePact,
  TagStore,
  VerificationStore,
  VersionStore,
  WebhookStore,
} from './broker-store.ts';
import { contentSha } from './content-sha.ts';
import { createEnvironmentQueries } from './environment-queries.ts';
import { createMatrixQueries } from './matrix-queries.ts';
import type { Dialect } from './migrations.ts';
import { createPacticipantQueries } from './pacticipant-queries.ts';
import { ensurePacticipantId, ensureVersionId } from './record-ids.ts';
import type { SqlDriver, SqlExecutor } from './sql-driver.ts';
import { publicationColumns, publicationColumnsWithoutContent, toPublication } from './sql-rows.ts';
import { condition, equals, whereClause } from './sql-where.ts';
import type { StoreContext } from './store-context.ts';
import { createTagQueries } from './tag-queries.ts';
import { createVerificationQueries } from './verification-queries.ts';
import { createVersionQueries } from './version-queries.ts';
import { createWebhookQueries } from './webhook-queries.ts';

/**
 * The store over an open, migrated database.
 *
 * @example
 * const store = createSqlStore(createSqliteDriver(db), systemClock);
 */
export function createSqlStore(
  db: SqlDriver,
  clock: Clock = systemClock,
  dialect: Dialect = 'sqlite',
): BrokerStore {
  const context: StoreContext = { driver: db, dialect, timestamp: () => clock().toISOString() };
  return Object.assign(
    new SqlStore(db, clock, dialect),
    createPacticipantQueries(context),
    createVersionQueries(context),
    createTagQueries(context),
    createVerificationQueries(context),
    createEnvironmentQueries(context),
    createMatrixQueries(context),
    createWebhookQueries(context),
  );
}

// The concerns not yet in files of their own (pacticipant-, version-, tag-, verification-, environment-, matrix- and webhook-queries.ts hold theirs).
class SqlStore
  implements
    Omit<
      BrokerStore,
      keyof (PacticipantStore &
        VersionStore &
        TagStore &
        VerificationStore &
        EnvironmentStore &
        MatrixStore &
        WebhookStore)
    >
{
  readonly #db: SqlDriver;
  readonly #clock: Clock;
  readonly #dialect: Dialect;

  constructor(db: SqlDriver, clock: Clock, dialect: Dialect) {
    this.#db = db;
    this.#clock = clock;
    this.#dialect = dialect;
  }

  async publishPact(input: PublishPactInput): Promise<PublishPactResult> {
    const sha = input.sha ?? contentSha(JSON.parse(input.content));
    const { consumer, provider, consumerVersion } = input;
    // Everything the answer and the webhooks need comes from the transaction's own statements.
    return this.#db.transaction(async (db) => {
      const versionId = await ensureVersionId(
        db,
        { pacticipant: consumer, number: consumerVersion, branch: input.branch },
        this.#timestamp(),
      );
      const providerId = await ensurePacticipantId(db, provider, this.#timestamp());
      // Publications of one consumer version run one after another, so that exactly one of many
      // concurrent requests creates it and the others see it (SQLite transactions are serial already).
      const version = await db.get(
        `SELECT branch FROM versions WHERE id = ?${this.#dialect === 'postgres' ? ' FOR UPDATE' : ''}`,
        [versionId],
      );
      const previousSha = await this.#latestSha(db, providerId, versionId);
      const publication = {
        consumer,
        provider,
        consumerVersion,
        consumerBranch: (version?.branch as string | null) ?? undefined,
      };
      if (input.refuseChange === true) {
        const current = await db.get(
          `SELECT pc.sha AS sha, pc.content AS content, pp.created_at AS created_at
           FROM pact_publications pp JOIN pact_contents pc ON pc.id = pp.content_id
           WHERE pp.consumer_version_id = ? AND pp.provider_id = ?`,
          [versionId, providerId],
        );
        if (current !== undefined && String(current.sha) !== sha)
          return {
            ...publication,
            sha: String(current.sha),
            content: String(current.content),
            createdAt: String(current.created_at),
            created: false,
            previousSha,
            changeRefused: true,
          };
      }
      const now = this.#timestamp();
      await db.run(
        'INSERT INTO pact_contents (sha, content, created_at) VALUES (?, ?, ?) ON CONFLICT (sha) DO NOTHING',
        [sha, input.content, now],
      );
      const stored = await db.get('SELECT id, content FROM pact_contents WHERE sha = ?', [sha]);
      const contentId = stored?.id as number;
      const inserted = await db.get(
        `INSERT INTO pact_publications (consumer_version_id, provider_id, content_id, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (consumer_version_id, provider_id) DO NOTHING RETURNING created_at`,
        [versionId, providerId, contentId, now],
      );
      const written =
        inserted ??
        (await db.get(
          'UPDATE pact_publications SET content_id = ? WHERE consumer_version_id = ? AND provider_id = ? RETURNING created_at',
          [contentId, versionId, providerId],
        ));
      return {
        ...publication,
        sha,
        content: String(stored?.content),
        createdAt: String(written?.created_at),
        created: inserted !== undefined,
        previousSha,
      };
    });
  }

  /** The content SHA of the latest pact from the consumer of `versionId` to the provider. */
  async #latestSha(db: SqlExecutor, providerId: number, versionId: number): Promise<string | undefined> {
    const row = await db.get(
      `SELECT pc.sha AS sha FROM pact_publications pp
       JOIN versions v ON v.id = pp.consumer_version_id
       JOIN pact_contents pc ON pc.id = pp.content_id
       WHERE pp.provider_id = ? AND v.pacticipant_id = (SELECT pacticipant_id FROM versions WHERE id = ?)
       ORDER BY v.id DESC LIMIT 1`,
      [providerId, versionId],
    );
    return row === undefined ? undefined : String(row.sha);
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
    const where = whereClause([
      equals('p.name', query.provider),
      equals('c.name', query.consumer),
      equals('v.branch', query.branch),
      condition('v.branch = c.main_branch', [], query.mainBranch === true),
    ]);
    const rows = await this.#db.all(
      `SELECT ${publicationColumns}${where.sql} ORDER BY v.id DESC`,
      where.params,
    );
    const latest = new Map<string, PactPublication>();
    for (const row of rows) {
      const publication = toPublication(row);
      if (!latest.has(publication.consumer)) latest.set(publication.consumer, publication);
    }
    return [...latest.values()].sort((a, b) => (a.consumer < b.consumer ? -1 : 1));
  }

  async pactPairs(filter: {
    readonly consumer?: string;
    readonly provider?: string;
  }): Promise<{ consumer: string; provider: string }[]> {
    const where = whereClause([equals('c.name', filter.consumer), equals('p.name', filter.provider)]);
    const rows = await this.#db.all<{ readonly consumer: string; readonly provider: string }>(
      `SELECT DISTINCT c.name AS consumer, p.name AS provider FROM pact_publications pp
       JOIN versions v ON v.id = pp.consumer_version_id
       JOIN pacticipants c ON c.id = v.pacticipant_id JOIN pacticipants p ON p.id = pp.provider_id${where.sql}
       ORDER BY c.name, p.name`,
      where.params,
    );
    // Plain objects: node:sqlite's rows have a null prototype.
    return rows.map(({ consumer, provider }) => ({ consumer, provider }));
  }

  async listIntegrations(
    filter: { readonly consumer?: string; readonly provider?: string } = {},
  ): Promise<Integration[]> {
    const byName = (column: string, name: string | undefined) =>
      condition(`${column} = (SELECT id FROM pacticipants WHERE name = ?)`, [name ?? ''], name !== undefined);
    const where = whereClause([
      byName('v.pacticipant_id', filter.consumer),
      byName('pp.provider_id', filter.provider),
    ]);
    const rows = await this.#db.all(
      `WITH heads AS (
         SELECT pp.provider_id AS provider_id, v.pacticipant_id AS consumer_id, MAX(v.id) AS version_id,
           MIN(pp.created_at) AS first_at
         FROM pact_publications pp JOIN versions v ON v.id = pp.consumer_version_id
         ${where.sql}
         GROUP BY pp.provider_id, v.pacticipant_id)
       SELECT c.name AS consumer, p.name AS provider, h.first_at AS first_at, v.number AS consumer_version,
         pc.sha AS sha, pp.created_at AS published_at, lv.success AS success, lpv.number AS provider_version,
         lv.created_at AS verified_at,
         (SELECT MAX(av.created_at) FROM verification_results av JOIN versions apv ON apv.id = av.provider_version_id
           WHERE av.consumer_id = h.consumer_id AND apv.pacticipant_id = h.provider_id) AS last_verified_at
       FROM heads h
       JOIN pact_publications pp ON pp.provider_id = h.provider_id AND pp.consumer_version_id = h.version_id
       JOIN versions v ON v.id = h.version_id
       JOIN pacticipants c ON c.id = h.consumer_id
       JOIN pacticipants p ON p.id = h.provider_id
       JOIN pact_contents pc ON pc.id = pp.content_id
       LEFT JOIN verification_results lv ON lv.id = (SELECT MAX(xv.id) FROM verification_results xv
         JOIN versions xpv ON xpv.id = xv.provider_version_id
         WHERE xv.content_id = pp.content_id AND xv.consumer_id = h.consumer_id AND xpv.pacticipant_id = h.provider_id)
       LEFT JOIN versions lpv ON lpv.id = lv.provider_version_id
       ORDER BY c.name, p.name`,
      where.params,
    );
    return rows.map((row) => ({
      consumer: String(row.consumer),
      provider: String(row.provider),
      createdAt: String(row.first_at),
      latestPact: {
        consumerVersion: String(row.consumer_version),
        sha: String(row.sha),
        publishedAt: String(row.published_at),
      },
      latestVerification:
        row.verified_at === null || row.verified_at === undefined
          ? undefined
          : {
              success: Number(row.success) === 1,
              providerVersion: String(row.provider_version),
              createdAt: String(row.verified_at),
            },
      lastVerifiedAt: (row.last_verified_at as string | null) ?? undefined,
    }));
  }

  async selectablePacts(provider: string): Promise<SelectablePact[]> {
    const providerJoin = `JOIN pact_publications pp ON pp.consumer_version_id = x.version_id
      JOIN pacticipants p ON p.id = pp.provider_id AND p.name = ?`;
    const byVersion = async (sql: string) => {
      const grouped = Map.groupBy(await this.#db.all(sql, [provider]), (row) => Number(row.version_id));
      return new Map([...grouped].map(([id, rows]) => [id, rows.map((row) => String(row.name))]));
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

  async latestPactSha(provider: string, consumer: string): Promise<string | undefined> {
    const row = await this.#db.get(
      `SELECT pc.sha AS sha FROM pact_publications pp
       JOIN versions v ON v.id = pp.consumer_version_id
       JOIN pacticipants c ON c.id = v.pacticipant_id
       JOIN pacticipants p ON p.id = pp.provider_id
       JOIN pact_contents pc ON pc.id = pp.content_id
       WHERE p.name = ? AND c.name = ? ORDER BY v.id DESC LIMIT 1`,
      [provider, consumer],
    );
    return row === undefined ? undefined : String(row.sha);
  }

  async close(): Promise<void> {
    await this.#db.close();
  }

  #timestamp(): string {
    return this.#clock().toISOString();
  }
}
