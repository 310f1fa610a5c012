/**
 * The provider state callback of the verifier scenarios: a provider-states setup URL (the Pact
 * verifier's catch-all state change hook, which the reference's test executor stands for) that
 * records every call and, in fail mode, answers 500.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call: the state, its parameters and whether it was a setup or a teardown. */
export interface StateCall {
  readonly state: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly action: 'setup' | 'teardown';
}

export interface StateCallback {
  readonly url: string;
  readonly calls: readonly StateCall[];
  close(): Promise<void>;
}

function toCall(text: string): StateCall {
  const json = JSON.parse(text) as { state?: unknown; params?: unknown; action?: unknown };
  const params = typeof json.params === 'object' && json.params !== null ? json.params : {};
  return {
    state: typeof json.state === 'string' ? json.state : String(json.state),
    params: params as Record<string, unknown>,
    action: json.action === 'teardown' ? 'teardown' : 'setup',
  };
}

/** Starts the callback on port 0; `fail` makes every call answer 500. */
export async function startStateCallback(fail: boolean): Promise<StateCallback> {
  const calls: StateCall[] = [];
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      try {
        calls.push(toCall(Buffer.concat(chunks).toString('utf8')));
      } catch {
        outgoing.writeHead(400).end();
        return;
      }
      outgoing.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
      outgoing.end(fail ? '{"error":"the state callback is in fail mode"}' : '{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/provider-states`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
