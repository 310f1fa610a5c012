/**
 * HTTP consumer steps (V1/V2 http_consumer): start seam's mock server with interactions of the
 * table, send it requests, and check its responses and what it recorded.
 */
import type { HttpRequest, HttpResponse, Mismatch } from '../../../../src/match/model.ts';
import { headerText, readFixtureDocument } from '../documents.ts';
import { changeRequest, interactionAt, interactionsAt } from '../http-interactions.ts';
import { sendRequest } from '../http-wire.ts';
import { describeIssues, finishPactTest, mockSession, results, running, startMock } from '../mock-session.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import { firstRecord } from '../tables.ts';
import type { Mutable, World } from '../world.ts';
import { isMismatchType } from './matching.ts';

function rawHeaders(cell: string | undefined): [string, string][] {
  if (!cell) return [];
  return cell.split(',').map((item) => {
    const text = item.trim().replace(/^'/, '').replace(/'$/, '');
    const colon = text.indexOf(':');
    return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
  });
}

async function makeRequest(world: World, number: number, changes?: Record<string, string>): Promise<void> {
  const request: Mutable<HttpRequest> = { ...interactionAt(world.interactions, number).request };
  if (changes !== undefined) changeRequest(request, changes);
  mockSession(world).response = await sendRequest(
    running(world).url,
    request,
    rawHeaders(changes?.['raw headers']),
  );
}

function lastResponse(world: World): HttpResponse {
  const { response } = mockSession(world);
  if (response === undefined) throw new Error('No request was made to the mock server');
  return response;
}

function assertStatus(world: World, status: number): void {
  const response = lastResponse(world);
  if (response.status !== status) {
    const body = response.body.state === 'present' ? new TextDecoder().decode(response.body.content) : '';
    throw new Error(`Expected a ${status} response but got ${response.status} ${body}`);
  }
}

/** The mismatches of requests that matched an interaction's method and path but not the rest. */
function requestMismatches(world: World): Mismatch[] {
  return results(world).issues.flatMap((issue) => (issue.code === 'mismatch' ? [...issue.mismatches] : []));
}

function isOfType(mismatch: Mismatch, type: string): boolean {
  return type === 'body-content-type' ? mismatch.code === 'body-type' : isMismatchType(mismatch.code, type);
}

const startSteps: readonly StepDefinition[] = [
  defineStep('the mock server is started with interaction {int}', (world, [n = '']) =>
    startMock(world, [interactionAt(world.interactions, Number(n))]),
  ),
  defineStep('the mock server is started with interactions {string}', (world, [list = '']) =>
    startMock(world, interactionsAt(world.interactions, list)),
  ),
  defineStep(
    'the mock server is started with interaction {int} but with the following changes:',
    (world, [n = ''], step) => {
      const interaction = interactionAt(world.interactions, Number(n));
      const request: Mutable<HttpRequest> = { ...interaction.request };
      changeRequest(request, firstRecord(step));
      return startMock(world, [{ ...interaction, request }]);
    },
  ),
  defineStep('request {int} is made to the mock server', (world, [n = '']) => makeRequest(world, Number(n))),
  defineStep(
    'request {int} is made to the mock server with the following changes:',
    (world, [n = ''], step) => makeRequest(world, Number(n), firstRecord(step)),
  ),
  defineStep('the pact test is done', (world) => finishPactTest(world)),
];

const responseSteps: readonly StepDefinition[] = [
  defineStep('a {int} success response is returned', (world, [status = '']) =>
    assertStatus(world, Number(status)),
  ),
  defineStep('a {int} error response is returned', (world, [status = '']) =>
    assertStatus(world, Number(status)),
  ),
  defineStep('the payload will contain the {string} JSON document', (world, [name = '']) => {
    const expected = readFixtureDocument(`${name}.json`);
    const { body } = lastResponse(world);
    const actual = body.state === 'present' ? Buffer.from(body.content) : Buffer.alloc(0);
    if (!actual.equals(Buffer.from(expected))) {
      throw new Error(`Expected the payload to be ${name}.json but got ${actual.toString('utf8')}`);
    }
  }),
  defineStep('the content type will be set as {string}', (world, [type = '']) => {
    const actual = headerText(lastResponse(world).headers, 'content-type');
    if (actual !== type) throw new Error(`Expected response content-type '${type}' but was '${actual}'`);
  }),
];

const statusSteps: readonly StepDefinition[] = [
  defineStep('the mock server status will be OK', (world) => {
    const { issues } = results(world);
    if (issues.length > 0) throw new Error(`The mock server has issues: ${describeIssues(issues)}`);
  }),
  defineStep('the mock server status will NOT be OK', (world) => {
    if (results(world).issues.length === 0) throw new Error('The mock server has no issues');
  }),
  defineStep('the mock server status will be mismatches', (world) => {
    if (requestMismatches(world).length === 0) {
      throw new Error(`The mock server has no mismatched requests: ${describeIssues(results(world).issues)}`);
    }
  }),
  defineStep(
    'the mock server status will be an expected but not received error for interaction {{int}}',
    (world, [n = '']) => {
      const { request, description } = interactionAt(world.interactions, Number(n));
      const found = results(world).issues.some(
        (issue) =>
          issue.code === 'missing' &&
          issue.interaction === description &&
          issue.request.method === request.method &&
          issue.request.path === request.path,
      );
      if (!found)
        throw new Error(
          `No missing-request issue for interaction ${n}: ${describeIssues(results(world).issues)}`,
        );
    },
  ),
  defineStep(
    'the mock server status will be an unexpected {string} request received error for interaction {{int}}',
    (world, [method = '', n = '']) => {
      const { request } = interactionAt(world.interactions, Number(n));
      const query = new URLSearchParams(
        Object.entries(request.query ?? {}).flatMap(([k, vs]) => vs.map((v): [string, string] => [k, v])),
      ).toString();
      const found = results(world).issues.some(
        (issue) =>
          issue.code === 'unexpected' &&
          issue.request.method === method &&
          issue.request.path === request.path &&
          (issue.request.query ?? '') === query,
      );
      if (!found)
        throw new Error(
          `No unexpected ${method} request for interaction ${n}: ${describeIssues(results(world).issues)}`,
        );
    },
  ),
  defineStep(
    'the mock server status will be an unexpected {string} request received error for path {string}',
    (world, [method = '', requestPath = '']) => {
      const found = results(world).issues.some(
        (issue) =>
          issue.code === 'unexpected' &&
          issue.request.method === method &&
          issue.request.path === requestPath,
      );
      if (!found)
        throw new Error(
          `No unexpected ${method} ${requestPath} request: ${describeIssues(results(world).issues)}`,
        );
    },
  ),
  defineStep(
    'the mismatches will contain a {string} mismatch with error {string}',
    (world, [type = '', error = '']) => {
      const mismatches = requestMismatches(world);
      if (!mismatches.some((m) => isOfType(m, type) && m.message.includes(error))) {
        throw new Error(`No ${type} mismatch with error "${error}": ${JSON.stringify(mismatches)}`);
      }
    },
  ),
  defineStep(
    'the mismatches will contain a {string} mismatch with path {string} with error {string}',
    (world, [type = '', where = '', error = '']) => {
      const codes = ['query', 'header', 'body'];
      const mismatches = requestMismatches(world);
      const found = mismatches.some(
        (m) => codes.includes(type) && m.code === type && m.path === where && m.message.includes(error),
      );
      if (!found)
        throw new Error(
          `No ${type} mismatch at ${where} with error "${error}": ${JSON.stringify(mismatches)}`,
        );
    },
  ),
];

export const mockServerSteps: readonly StepDefinition[] = [...startSteps, ...responseSteps, ...statusSteps];
