/** The store's one WHERE-clause builder: conditions given or left out, joined with AND. */
import type { SqlParam } from './sql-driver.ts';

/** A condition with its `?` placeholders' values, in order. */
export interface SqlCondition {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/**
 * `column = ?` when `value` is given; nothing (`undefined`) when it is not, so optional filters
 * read as a list.
 *
 * @example
 * whereClause([equals('c.name', filter.consumer), equals('p.name', filter.provider)]);
 */
export function equals(column: string, value: SqlParam | undefined): SqlCondition | undefined {
  return value === undefined ? undefined : { sql: `${column} = ?`, params: [value] };
}

/**
 * A condition written out, with its values; `undefined` when `when` is false.
 *
 * @example
 * condition('v.branch = c.main_branch', [], query.mainBranch === true);
 */
export function condition(
  sql: string,
  params: readonly SqlParam[] = [],
  when = true,
): SqlCondition | undefined {
  return when ? { sql, params } : undefined;
}

/**
 * ` WHERE a AND b` over the conditions given (left-out ones skipped), or an empty string when none
 * is; `params` are their values in order.
 *
 * @example
 * const where = whereClause([equals('w.consumer_name', filter.consumer)]);
 * await db.all(`SELECT ... FROM webhooks w${where.sql}`, where.params);
 */
export function whereClause(conditions: readonly (SqlCondition | undefined)[]): SqlCondition {
  const given = conditions.filter((item) => item !== undefined);
  return {
    sql: given.length === 0 ? '' : ` WHERE ${given.map((item) => item.sql).join(' AND ')}`,
    params: given.flatMap((item) => item.params),
  };
}

/**
 * `column IN (?, ...)` over the values; nothing when `values` is undefined (an empty list matches
 * no row).
 *
 * @example
 * whereClause([isIn('pa.name', pacticipants)]);
 */
export function isIn(column: string, values: readonly SqlParam[] | undefined): SqlCondition | undefined {
  if (values === undefined) return undefined;
  if (values.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: values };
}
