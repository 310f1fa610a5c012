/** A Pact mock server on a port, per consumer test. */
import { randomUUID } from 'node:crypto';
import { definedOnly, type StartedServer, startHttpServer } from '../../core/index.ts';
import { createMockHandler, type MockHandlerOptions } from './create-mock-handler.ts';
import type { MockServerResult } from './mock-server-result.ts';

/**
 * What to serve and where.
 *
 * @example
 * const options: MockServerOptions = { interactions: pact.interactions.filter((i) => i.kind === 'http') };
 */
export interface MockServerOptions extends MockHandlerOptions {
  /** Default: both 127.0.0.1 and ::1, on the same port. */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Larger request bodies are answered with 413 (default 16 MiB). */
  readonly maxBodyBytes?: number;
  /** @deprecated Use `maxBodyBytes`; still read when `maxBodyBytes` is not given. */
  readonly bodyLimit?: number;
}

/**
 * A running mock server.
 *
 * @example
 * await using mockServer = await startMockServer({ interactions });
 * await fetch(`${mockServer.url}/orders/1`);
 * mockServer.results().ok;
 */
export interface MockServerHandle extends StartedServer {
  /** `http://127.0.0.1:PORT`; the same port answers on `http://[::1]:PORT`. */
  readonly url: string;
  /** A unique id, as pact-js mock servers have. */
  readonly id: string;
  /** What the server has seen so far; interactions not yet requested count as missing. */
  results(): MockServerResult;
}

/**
 * Starts a mock server for HTTP interactions: it answers requests that match an interaction with
 * its response (generators applied) and records missing, unexpected and mismatched requests.
 *
 * @example
 * const pact = await loadPactFile('pacts/order-service-payment-service.json');
 * await using mockServer = await startMockServer({
 *   interactions: pact.interactions.filter((i) => i.kind === 'http'),
 *   spec: pact.specVersion,
 * });
 * const response = await fetch(`${mockServer.url}/payments/404404`);
 * if (!mockServer.results().ok) throw new Error(formatMockServerReport(mockServer.results()));
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServerHandle> {
  const { handler, recorder } = createMockHandler(options);
  const server = await startHttpServer(
    handler,
    definedOnly({
      host: options.host,
      port: options.port,
      maxBodyBytes: options.maxBodyBytes ?? options.bodyLimit,
    }),
  );
  return {
    url: server.url,
    port: server.port,
    id: randomUUID(),
    results: () => recorder.results(),
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
}
