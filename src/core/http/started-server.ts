/**
 * A started server, as every seam server hands it back (the HTTP adapter, the mock server, the
 * broker; the stub server, the fault proxy and the Kafka broker to come): where it listens, and how
 * to stop it, with `await using` or `close()`.
 *
 * @example
 * await using server: StartedServer = await startHttpServer(handler);
 * await fetch(`${server.url}/health`);
 */
export interface StartedServer extends AsyncDisposable {
  /** The base URL clients use, `http://HOST:PORT`. */
  readonly url: string;
  /** The port listened on (the one the OS chose when asked for port 0). */
  readonly port: number;
  /** Stops listening and releases what the server holds. Safe to call more than once. */
  close(): Promise<void>;
}
