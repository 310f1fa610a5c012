/**
 * The Pact Broker the broker scenarios verify from, as the reference builds it: seam's mock server
 * serving a fixture pact *for a broker* (`pact-broker_cN.json`: index, for-verification, publish),
 * plus one interaction that serves the pact to verify, its publish link and interaction `_id`
 * pointing back at the same server. It records what it received, so steps can check what the
 * verifier published.
 */
import { readFileSync } from 'node:fs';
import { createMockHandler, readPact } from '../../../src/contract/index.ts';
import { startHttpServer } from '../../../src/core/http/index.ts';
import { fixturePath } from './fixtures.ts';

/** A request the broker received: its body parsed as JSON, and whether an interaction matched it. */
export interface BrokerRequest {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly matched: boolean;
}

export interface MockBroker {
  readonly url: string;
  readonly received: readonly BrokerRequest[];
  close(): Promise<void>;
}

const publishPath = (n: number) => `/pacts/provider/p/consumer/c_${n}/verification-results`;

/** The interaction that serves `pactJson` (for consumer `c_n`) with its publish link to `url`. */
function pactInteraction(n: number, pactJson: Record<string, unknown>, url: string): Record<string, unknown> {
  const href = `${url}${publishPath(n)}`;
  const content = {
    ...pactJson,
    _links: { 'pb:publish-verification-results': { title: 'Publish verification results', href } },
  };
  return {
    type: 'Synchronous/HTTP',
    description: `a request for the pact of c_${n}`,
    request: { method: 'GET', path: `/pacts/provider/p/consumer/c_${n}` },
    response: {
      status: 200,
      headers: { 'content-type': ['application/json'] },
      body: { content, contentType: 'application/json', encoded: false },
    },
  };
}

/**
 * The fixture's interactions with their links pointing at `url`. The fixtures' `MockServerURL`
 * generators are dropped: the reference's regex engine rejects their `\Q…\E`, so its broker
 * serves the examples (localhost:9876) and its verifier follows only the links' paths; seam's
 * engine accepts them, and one of c2's groups leaves out the `/` after the port. Pointing the
 * links at this broker is what both mean.
 */
function fixtureInteractions(n: number, url: string): unknown[] {
  const text = readFileSync(fixturePath(`pact-broker_c${n}.json`), 'utf8');
  const fixture = JSON.parse(text.replaceAll('http://localhost:9876', url)) as {
    interactions: { response?: Record<string, unknown> }[];
  };
  return fixture.interactions.map((each) => {
    const { generators: _dropped, ...response } = each.response ?? {};
    return { ...each, response };
  });
}

function parseBody(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Starts a broker for interaction `n` whose pact is `pactJson` (interactions with their `_id`);
 * close it when the scenario ends.
 */
export async function startMockBroker(n: number, pactJson: Record<string, unknown>): Promise<MockBroker> {
  const received: BrokerRequest[] = [];
  // The interactions name the broker's own URL, known once it listens.
  let handler: (request: Request) => Promise<Response> = async () => new Response(null, { status: 503 });
  const server = await startHttpServer(async (request) => {
    const body = parseBody(await request.clone().text());
    const response = await handler(request);
    const { pathname } = new URL(request.url);
    received.push({ method: request.method, path: pathname, body, matched: !response.headers.has('x-pact') });
    return response;
  });
  const interactions = [...fixtureInteractions(n, server.url), pactInteraction(n, pactJson, server.url)];
  const pact = readPact(
    {
      consumer: { name: 'Pact Compatability Suite Broker Client' },
      provider: { name: 'Pact Broker' },
      interactions,
      metadata: { pactSpecification: { version: '4.0' } },
    },
    `pact-broker_c${n}.json`,
  );
  handler = createMockHandler({
    interactions: pact.interactions.filter((each) => each.kind === 'http'),
    spec: 'V4',
    cors: false,
  }).handler;
  return { url: server.url, received, close: () => server.close() };
}

/** The verification results the broker received for the pact of `c_n`. */
export function publishedResults(brokers: readonly MockBroker[], n: number): readonly BrokerRequest[] {
  return brokers.flatMap((broker) =>
    broker.received.filter((request) => request.method === 'POST' && request.path === publishPath(n)),
  );
}
