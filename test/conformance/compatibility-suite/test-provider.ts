/**
 * The provider the verifier scenarios verify: a small HTTP server on port 0 that answers a request
 * with the response of the first interaction whose request it matches (seam's engine decides), and
 * with a 500 otherwise, as the reference's provider (its own mock server) does. It records what it
 * received, so steps can check what the verifier sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpInteraction } from '../../../src/contract/index.ts';
import { matchRequest } from '../../../src/match/index.ts';
import type { HttpRequest, SpecVersion } from '../../../src/match/model.ts';
import { receiveRequest, sendResponse } from './http-wire.ts';

export interface TestProvider {
  readonly url: string;
  /** Every request received, in order. */
  readonly received: readonly HttpRequest[];
  close(): Promise<void>;
}

function errorResponse(message: string) {
  const content = new TextEncoder().encode(JSON.stringify({ error: message }));
  return { status: 500, body: { state: 'present' as const, content, contentType: 'application/json' } };
}

/** Starts a provider serving `interactions`' responses; close it when the scenario ends. */
export async function startTestProvider(
  interactions: readonly HttpInteraction[],
  spec: SpecVersion,
): Promise<TestProvider> {
  const received: HttpRequest[] = [];
  const server = http.createServer((incoming, outgoing) => {
    receiveRequest(incoming).then(
      (request) => {
        received.push(request);
        const found = interactions.find((each) => matchRequest(each.request, request, { spec }).ok);
        sendResponse(
          outgoing,
          found?.response ?? errorResponse(`No interaction matched ${request.method} ${request.path}`),
        );
      },
      (error: unknown) => sendResponse(outgoing, errorResponse(String(error))),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
