/** The matrix concern of the SQL store: publications joined to the verifications of their content. */
import type { MatrixRow } from '../model.ts';
import type { MatrixStore } from './broker-store.ts';
import { type MatrixSqlRow, matrixSql, toMatrixRow } from './matrix-sql.ts';
import type { StoreContext } from './store-context.ts';

/**
 * {@link MatrixStore} over the context's database.
 *
 * @example
 * const matrix = createMatrixQueries(context);
 */
export function createMatrixQueries({ driver, dialect }: StoreContext): MatrixStore {
  const rows = async ({ sql, params }: { sql: string; params: string[] }): Promise<MatrixRow[]> =>
    (await driver.all<MatrixSqlRow>(sql, params)).map(toMatrixRow);
  return {
    async matrixRows(pacticipants) {
      if (pacticipants.length === 0) return [];
      const consumers = pacticipants.map((pacticipant) => ({ pacticipant }));
      return rows(matrixSql({ consumers, providers: pacticipants }, true, dialect));
    },

    async matrixQuery(query) {
      const { consumers, providers, consumersInEnvironment } = query;
      if (consumers === undefined && providers === undefined && consumersInEnvironment === undefined)
        return [];
      return rows(matrixSql(query, false, dialect));
    },
  };
}
