/**
 * Test support: run a broker suite on each store. `sqlite` is the embedded default; `postgres`
 * gives each broker a fresh schema (dropped by `dropAll`) in the test PostgreSQL database.
 */
import { createTestSchema, type TestSchema } from '../../../src/broker/store/postgres-test-schema.ts';

/** The stores every parameterised broker suite runs on. */
export const storeKinds = ['sqlite', 'postgres'] as const;

/** What a suite needs from one store kind. */
export interface BrokerStores {
  /** Extra `startBroker` options selecting the store (a fresh schema for PostgreSQL). */
  options(): Promise<{ databaseUrl?: string }>;
  /** Drops the schemas handed out. */
  dropAll(): Promise<void>;
}

/**
 * The store options for a kind.
 *
 * @example
 * const stores = brokerStores('postgres');
 * await using broker = await startBroker({ ...(await stores.options()) });
 */
export function brokerStores(kind: (typeof storeKinds)[number]): BrokerStores {
  const schemas: TestSchema[] = [];
  return {
    async options() {
      if (kind === 'sqlite') return {};
      const schema = await createTestSchema();
      schemas.push(schema);
      return { databaseUrl: schema.databaseUrl };
    },
    async dropAll() {
      await Promise.all(schemas.splice(0).map((schema) => schema.drop()));
    },
  };
}
