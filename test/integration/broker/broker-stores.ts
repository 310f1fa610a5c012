/**
 * Test support: run a broker suite on each store. `sqlite` is the embedded default; `postgres`
 * gives each broker (or store) a fresh schema (dropped by `dropAll`) in the test PostgreSQL database.
 */
import type { BrokerStore } from '../../../src/broker/store/broker-store.ts';
import { openPostgresStore } from '../../../src/broker/store/postgres-store.ts';
import { openSqliteStore } from '../../../src/broker/store/sqlite-store.ts';
import { createTestSchema, type TestSchema } from '../../support/postgres-test-schema.ts';

/**
 * The stores every parameterised broker suite runs on.
 *
 * @example
 * for (const kind of storeKinds) describe(`the broker (${kind})`, () => {});
 */
export const storeKinds = ['sqlite', 'postgres'] as const;

/**
 * One of {@link storeKinds}.
 *
 * @example
 * const kind: StoreKind = 'postgres';
 */
export type StoreKind = (typeof storeKinds)[number];

/**
 * What a suite needs from one store kind.
 *
 * @example
 * const stores: BrokerStores = brokerStores('sqlite');
 */
export interface BrokerStores {
  /** Extra `startBroker` options selecting the store (a fresh schema for PostgreSQL). */
  options(): Promise<{ databaseUrl?: string }>;
  /**
   * A fresh, empty store opened directly, for handler-level tests: in memory for SQLite, over a
   * fresh schema for PostgreSQL. `dropAll` closes it.
   */
  open(): Promise<BrokerStore>;
  /** Closes the stores {@link BrokerStores.open} opened, then drops the schemas handed out. */
  dropAll(): Promise<void>;
}

/**
 * The store options for a kind.
 *
 * @example
 * const stores = brokerStores('postgres');
 * after(async () => stores.dropAll());
 * await using broker = await startBroker({ ...(await stores.options()) });
 * const store = await stores.open();
 */
export function brokerStores(kind: StoreKind): BrokerStores {
  const schemas: TestSchema[] = [];
  const opened: BrokerStore[] = [];
  const schema = async () => {
    const created = await createTestSchema();
    schemas.push(created);
    return created;
  };
  return {
    async options() {
      if (kind === 'sqlite') return {};
      return { databaseUrl: (await schema()).databaseUrl };
    },
    async open() {
      const store =
        kind === 'sqlite'
          ? openSqliteStore()
          : await openPostgresStore({ databaseUrl: (await schema()).databaseUrl });
      opened.push(store);
      return store;
    },
    async dropAll() {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      await Promise.all(schemas.splice(0).map((created) => created.drop()));
    },
  };
}
