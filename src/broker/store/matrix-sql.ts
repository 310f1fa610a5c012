/**
 * The matrix's one joined query, in each dialect's form, and its typed row: pact publications
 * (without content) left-joined to the verifications of their content by their provider.
 */
import type { MatrixRow, PactPublication } from '../model.ts';
import type { Dialect } from './migrations.ts';

/** A pacticipant, at one version or (`version` undefined) any. */
export interface MatrixSelectorRef {
  readonly pacticipant: string;
  readonly version?: string | undefined;
}

/** Which matrix rows {@link matrixSql} selects (one query, in each dialect's form). */
export interface MatrixSqlQuery {
  /** Only publications of the consumer versions currently deployed or released there. */
  readonly consumersInEnvironment?: EnvironmentVersionsRef | undefined;
  /** Only verifications by the provider versions currently deployed or released there. */
  readonly providerVersionsInEnvironment?: EnvironmentVersionsRef | undefined;
  /** Publications of these consumers (versions). */
  readonly consumers?: readonly MatrixSelectorRef[] | undefined;
  /** Publications for these providers. */
  readonly providers?: readonly string[] | undefined;
  /** Only verifications by these provider versions. */
  readonly providerVersions?: readonly MatrixSelectorRef[] | undefined;
}

// Row values against a VALUES list (not a chain of ORs, which SQLite caps at 1,000 deep).
function refCondition(name: string, number: string, refs: readonly MatrixSelectorRef[], params: string[]) {
  const terms: string[] = [];
  const names = refs.filter((ref) => ref.version === undefined).map((ref) => ref.pacticipant);
  if (names.length > 0) {
    terms.push(`${name} IN (${names.map(() => '?').join(', ')})`);
    params.push(...names);
  }
  const versioned = refs.filter((ref) => ref.version !== undefined);
  if (versioned.length > 0) {
    terms.push(`(${name}, ${number}) IN (VALUES ${versioned.map(() => '(?, ?)').join(', ')})`);
    for (const ref of versioned) params.push(ref.pacticipant, ref.version ?? '');
  }
  return terms.length === 0 ? '1 = 0' : `(${terms.join(' OR ')})`;
}

/**
 * The versions currently deployed or released in an environment, but those of one pacticipant.
 *
 * @example
 * const ref: EnvironmentVersionsRef = { environmentUuid: env.uuid, exceptPacticipant: 'web' };
 */
export interface EnvironmentVersionsRef {
  readonly environmentUuid: string;
  readonly exceptPacticipant: string;
}

// `column` (a version id) among the environment's current versions, `name` not the one excepted.
function inEnvironment(column: string, name: string, ref: EnvironmentVersionsRef, params: string[]): string {
  params.push(ref.environmentUuid, ref.environmentUuid, ref.exceptPacticipant);
  return `${column} IN (SELECT dv.version_id FROM deployed_versions dv JOIN environments de ON de.id = dv.environment_id
      WHERE de.uuid = ? AND dv.undeployed_at IS NULL
    UNION SELECT rv.version_id FROM released_versions rv JOIN environments re ON re.id = rv.environment_id
      WHERE re.uuid = ? AND rv.support_ended_at IS NULL) AND ${name} <> ?`;
}

/**
 * One joined query for matrix rows: publications (without their content) left-joined to the
 * verifications of their content by their provider, `WHERE` consumers AND providers; with
 * `either`, the consumers' and the providers' publications as a `UNION` of two indexed lookups.
 *
 * The verifications are joined per dialect. PostgreSQL gets `LEFT JOIN (verification_results JOIN
 * versions)`: with the provider-version check as a correlated `EXISTS`, its planner costs the
 * subplan per verification and prefers a sequential scan of every verification result. SQLite keeps
 * the `EXISTS` (an indexed nested loop), because it materialises a parenthesised join.
 */
export function matrixSql(
  query: MatrixSqlQuery,
  either = false,
  dialect: Dialect = 'sqlite',
): { sql: string; params: string[] } {
  const params: string[] = [];
  const pv = dialect === 'postgres' ? 'pv' : 'xv';
  const select = (where: string[], whereParams: string[]) => {
    const verified =
      query.providerVersionsInEnvironment !== undefined
        ? ` AND ${inEnvironment(`${pv}.id`, 'p.name', query.providerVersionsInEnvironment, params)}`
        : query.providerVersions === undefined
          ? ''
          : ` AND ${refCondition('p.name', `${pv}.number`, query.providerVersions, params)}`;
    const verifications =
      dialect === 'postgres'
        ? `LEFT JOIN (verification_results vr JOIN versions pv ON pv.id = vr.provider_version_id)
    ON vr.content_id = pp.content_id AND vr.consumer_id = v.pacticipant_id AND pv.pacticipant_id = pp.provider_id${verified}`
        : `LEFT JOIN verification_results vr ON vr.content_id = pp.content_id AND vr.consumer_id = v.pacticipant_id
    AND EXISTS (SELECT 1 FROM versions xv WHERE xv.id = vr.provider_version_id AND xv.pacticipant_id = pp.provider_id${verified})
  LEFT JOIN versions pv ON pv.id = vr.provider_version_id`;
    params.push(...whereParams);
    return `SELECT v.id AS cv_id, c.name AS consumer, p.name AS provider, v.number AS consumer_version,
  v.branch AS consumer_branch, pc.sha AS sha, pp.created_at AS created_at, vr.id AS vr_id,
  pv.number AS provider_version, pv.id AS pv_id, vr.branch AS provider_branch, vr.success AS success, vr.results AS results,
  vr.created_at AS vr_created_at
  FROM pact_publications pp
  JOIN versions v ON v.id = pp.consumer_version_id
  JOIN pacticipants c ON c.id = v.pacticipant_id
  JOIN pacticipants p ON p.id = pp.provider_id
  JOIN pact_contents pc ON pc.id = pp.content_id
  ${verifications}
  WHERE ${where.length === 0 ? '1 = 1' : where.join(' AND ')}`;
  };
  const consumerWhere = (): [string, string[]] => {
    const local: string[] = [];
    return [refCondition('c.name', 'v.number', query.consumers ?? [], local), local];
  };
  const providerWhere = (): [string, string[]] => {
    const names = query.providers ?? [];
    return [names.length === 0 ? '1 = 0' : `p.name IN (${names.map(() => '?').join(', ')})`, [...names]];
  };
  let sql: string;
  if (either) {
    const [cw, cp] = consumerWhere();
    const first = select([cw], cp);
    const [pw, pp] = providerWhere();
    const second = select([pw], pp);
    sql = `${first}\nUNION\n${second}`;
  } else {
    const where: string[] = [];
    const whereParams: string[] = [];
    if (query.consumersInEnvironment !== undefined)
      where.push(inEnvironment('v.id', 'c.name', query.consumersInEnvironment, whereParams));
    if (query.consumers !== undefined) {
      const [cw, cp] = consumerWhere();
      where.push(cw);
      whereParams.push(...cp);
    }
    if (query.providers !== undefined) {
      const [pw, pp] = providerWhere();
      where.push(pw);
      whereParams.push(...pp);
    }
    sql = select(where, whereParams);
  }
  return { sql: `${sql}\nORDER BY cv_id, provider, vr_id`, params };
}

/**
 * The columns {@link matrixSql} selects; the verification's are null when the publication has none
 * (a LEFT JOIN).
 */
export interface MatrixSqlRow {
  readonly cv_id: number;
  readonly consumer: string;
  readonly provider: string;
  readonly consumer_version: string;
  readonly consumer_branch: string | null;
  readonly sha: string;
  readonly created_at: string;
  readonly vr_id: number | null;
  readonly provider_version: string | null;
  readonly pv_id: number | null;
  readonly provider_branch: string | null;
  readonly success: number | null;
  /** JSON: the results body as posted. */
  readonly results: string | null;
  readonly vr_created_at: string | null;
}

/** A {@link matrixSql} row as the model (the publication's content is not loaded: empty). */
export function toMatrixRow(row: MatrixSqlRow): MatrixRow {
  const pact: PactPublication = {
    consumer: row.consumer,
    provider: row.provider,
    consumerVersion: row.consumer_version,
    consumerBranch: row.consumer_branch ?? undefined,
    sha: row.sha,
    content: '',
    createdAt: row.created_at,
  };
  const consumerVersion = row.cv_id;
  if (row.vr_id === null)
    return { pact, verification: undefined, order: { consumerVersion, providerVersion: undefined } };
  const results: Record<string, unknown> = JSON.parse(row.results ?? '{}');
  return {
    pact,
    order: { consumerVersion, providerVersion: row.pv_id ?? undefined },
    verification: {
      id: row.vr_id,
      consumer: pact.consumer,
      provider: pact.provider,
      providerVersion: row.provider_version ?? '',
      providerBranch: row.provider_branch ?? undefined,
      sha: pact.sha,
      success: row.success === 1,
      results,
      createdAt: row.vr_created_at ?? '',
    },
  };
}
