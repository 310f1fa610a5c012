/** Putting the broker on a port, over the embedded store or PostgreSQL. */
import { definedOnly, type FetchHandler, type StartedServer, startHttpServer } from '../core/index.ts';
import type { BrokerAuthOptions } from './auth/broker-auth-options.ts';
import { withAuth } from './auth/with-auth.ts';
import { createBrokerHandler, defaultBrokerBodyLimit } from './create-broker-handler.ts';
import type { BrokerStore } from './store/broker-store.ts';
import { openPostgresStore } from './store/postgres-store.ts';
import { openSqliteStore } from './store/sqlite-store.ts';
import { createWebhookDispatcher, type WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';
import type { WebhookOptions } from './webhooks/webhook-options.ts';

/**
 * Where {@link startBroker} keeps data and listens.
 *
 * @example
 * const options: StartBrokerOptions = { dataDir: './broker-data', port: 9292, auth: { writeToken: 'w' } };
 */
export interface StartBrokerOptions {
  /** A folder for the embedded database (created if missing); default `:memory:`. */
  readonly dataDir?: string;
  /** A `postgres://` URL: store data in PostgreSQL instead (`dataDir` is then ignored). */
  readonly databaseUrl?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default: loopback (127.0.0.1 and ::1). */
  readonly host?: string;
  /** Larger request bodies are answered with 413 (default 10 MiB). */
  readonly maxBodyBytes?: number;
  /**
   * A client that has not sent a request's head (line and headers) within this time is answered
   * with 408 and dropped, within about a second more (default 30 000 ms).
   */
  readonly headersTimeoutMs?: number;
  /** A request not fully received within this time is answered with 408 (default 30 000 ms). */
  readonly requestTimeoutMs?: number;
  /** Connections open at once, per listening address; more are closed as they arrive (default 1024). */
  readonly maxConnections?: number;
  /** Tokens, basic-auth users and public read; default none, and then auth is off. */
  readonly auth?: BrokerAuthOptions;
  /**
   * Webhook delivery: retries, time limits, and the hosts allowed although private (by default
   * webhooks to loopback, link-local and private addresses are refused).
   */
  readonly webhooks?: WebhookOptions;
  /**
   * Let a publication change the pact of an existing consumer version, as the Pact Broker's
   * `allow_dangerous_contract_modification` does. Default false: such a publication is refused
   * with 409, because can-i-deploy would otherwise answer for content nobody verified.
   */
  readonly allowContractModification?: boolean;
  /**
   * The broker's public base URL (several separated by spaces), as the Pact Broker's
   * `PACT_BROKER_BASE_URL`: links and webhook URLs use it, never a client's Host header. Set it
   * whenever the broker is reachable by others. Default none: links follow the Host header.
   */
  readonly baseUrl?: string;
}

/**
 * A running broker.
 *
 * @example
 * await using broker = await startBroker();
 * await fetch(`${broker.url}/pacticipants`);
 */
export interface BrokerHandle extends StartedServer {
  readonly store: BrokerStore;
  /** Stops listening, then closes the store. Safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Starts a Pact-Broker-compatible broker on the embedded node:sqlite store, or on PostgreSQL when
 * `databaseUrl` is given.
 *
 * @throws SeamError `usage` when a `webhooks.allowHosts` entry or the `baseUrl` is malformed; `config` when the
 *   database was written by a newer broker; `io` when the port
 *   cannot be listened on or the PostgreSQL database is unreachable.
 * @example
 * await using broker = await startBroker({ dataDir: './broker-data', port: 9292 });
 * console.log(broker.url);
 */
export async function startBroker(options: StartBrokerOptions = {}): Promise<BrokerHandle> {
  const store =
    options.databaseUrl === undefined
      ? openSqliteStore(definedOnly({ dataDir: options.dataDir }))
      : await openPostgresStore({ databaseUrl: options.databaseUrl });
  const maxBodyBytes = options.maxBodyBytes ?? defaultBrokerBodyLimit;
  let webhooks: WebhookDispatcher;
  try {
    webhooks = createWebhookDispatcher(store, options.webhooks);
  } catch (error) {
    await store.close();
    throw error;
  }
  let handler: FetchHandler;
  try {
    const baseUrl = options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl };
    handler = withAuth(
      createBrokerHandler(store, {
        maxBodyBytes,
        webhooks,
        ...baseUrl,
        allowContractModification: options.allowContractModification === true,
      }),
      options.auth ?? {},
    );
  } catch (error) {
    await webhooks.close();
    await store.close();
    throw error;
  }
  const listen = definedOnly({
    maxBodyBytes,
    headersTimeoutMs: options.headersTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs,
    maxConnections: options.maxConnections,
    port: options.port,
    host: options.host,
  });
  const server = await startHttpServer(handler, listen).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const close = async () => {
    await server.close();
    // Deliveries in flight get a bounded grace period, then are abandoned, before the store closes.
    await webhooks.close();
    await store.close();
  };
  return { url: server.url, port: server.port, store, close, [Symbol.asyncDispose]: close };
}
