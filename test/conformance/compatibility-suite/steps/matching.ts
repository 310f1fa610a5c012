/**
 * Matching steps (V3/matching_rules, V3/http_matching, V4/matching_rules): build an expected and a
 * received request or response from tables, compare them with the engine, check the mismatches.
 */
import { readMatchingRules } from '../../../../src/contract/index.ts';
import type { HttpRequest, Mismatch } from '../../../../src/match/index.ts';
import { matchRequest, matchResponse } from '../../../../src/match/index.ts';
import { readJsonCell } from '../fixtures.ts';
import { defineStep, type StepDefinition } from '../step-registry.ts';
import {
  applyBody,
  firstRecord,
  parseHeaders,
  parseHeaderValue,
  parseQuery,
  tableRecords,
  withHeader,
} from '../tables.ts';
import { createRequest, createResponse, type Mutable, type World } from '../world.ts';

function configureRequest(
  world: World,
  request: Mutable<HttpRequest>,
  row: Record<string, string>,
  contentType: string | undefined,
): void {
  if (row.body !== undefined) applyBody(request, row.body, contentType);
  if (row.query !== undefined) request.query = parseQuery(row.query);
  if (row.headers !== undefined && row.headers !== '') request.headers = parseHeaders(row.headers);
  if (row['matching rules'] !== undefined) {
    request.matchingRules = readMatchingRules(readJsonCell(row['matching rules']), world.spec);
  }
}

function receiveRequest(world: World, row: Record<string, string>, contentType: string | undefined): void {
  const request = createRequest();
  configureRequest(world, request, row, contentType);
  world.receivedRequests.push(request);
}

function compareRequests(world: World, all: boolean): void {
  const requests = all ? world.receivedRequests : world.receivedRequests.slice(0, 1);
  if (requests.length === 0) throw new Error('No request was received');
  for (const request of requests) {
    world.requestResults.push(matchRequest(world.expectedRequest, request, { spec: world.spec }));
  }
}

function describe(issues: readonly Mismatch[]): string {
  return issues.map((issue) => `${issue.code} ${issue.path}: ${issue.message}`).join('\n  ');
}

function allIssues(world: World): Mismatch[] {
  return world.requestResults.flatMap((result) => [...result.issues]);
}

// The reference compares the path of query, header, body and metadata mismatches only.
const pathCodes = new Set(['query', 'header', 'body', 'metadata']);

function hasMismatch(world: World, path: string, error: string): boolean {
  return allIssues(world).some((issue) => {
    if (!pathCodes.has(issue.code) || issue.path !== path) return false;
    if (issue.message.includes(error)) return true;
    // V3 steps also accept the error as a regular expression (the charset cases use `\s*`).
    return world.spec === 'V3' && matchesRegExp(error, issue.message);
  });
}

function matchesRegExp(source: string, text: string): boolean {
  try {
    return new RegExp(source).test(text);
  } catch {
    return false;
  }
}

// The reference's mismatch type names; "a "<type>" mismatch" is a prefix of one, lower-cased.
const mismatchTypes: Readonly<Record<Mismatch['code'], string>> = {
  method: 'MethodMismatch',
  path: 'PathMismatch',
  query: 'QueryMismatch',
  header: 'HeaderMismatch',
  body: 'BodyMismatch',
  'body-type': 'BodyTypeMismatch',
  status: 'StatusMismatch',
  metadata: 'MetadataMismatch',
};

export function isMismatchType(code: Mismatch['code'], type: string): boolean {
  if (code === 'status') return type === 'status';
  if (code === 'body-type') return type === 'body-content-type';
  return mismatchTypes[code].toLowerCase().startsWith(type);
}

const requestSteps: readonly StepDefinition[] = [
  defineStep('an expected request configured with the following:', (world, _args, step) => {
    const row = firstRecord(step);
    configureRequest(world, world.expectedRequest, row, row['content type']);
  }),
  defineStep('a request is received with the following:', (world, _args, step) => {
    const row = firstRecord(step);
    receiveRequest(world, row, row['content type']);
  }),
  // As in the reference, a content type column is not read here: bodies are typed by their cell.
  defineStep('the following requests are received:', (world, _args, step) => {
    for (const row of tableRecords(step)) receiveRequest(world, row, undefined);
  }),
  defineStep(
    'an expected request with a(n) {string} header of {string}',
    (world, [name = '', value = '']) => {
      world.expectedRequest.headers = withHeader(
        world.expectedRequest.headers,
        name,
        parseHeaderValue(name, value),
      );
    },
  ),
  defineStep(
    'a request is received with a(n) {string} header of {string}',
    (world, [name = '', value = '']) => {
      world.receivedRequests.push({ ...createRequest(), headers: { [name]: parseHeaderValue(name, value) } });
    },
  ),
  defineStep('the request is compared to the expected one', (world) => compareRequests(world, false)),
  defineStep('the requests are compared to the expected one', (world) => compareRequests(world, true)),
  defineStep('the comparison should be OK', (world) => {
    if (world.requestResults.length === 0) throw new Error('No comparison was made');
    const issues = allIssues(world);
    if (issues.length > 0 || world.requestResults.some((result) => !result.ok)) {
      throw new Error(`There were mismatches:\n  ${describe(issues)}`);
    }
  }),
  defineStep('the comparison should NOT be OK', (world) => {
    if (world.requestResults.length === 0) throw new Error('No comparison was made');
    if (world.requestResults.every((result) => result.ok)) throw new Error('All requests matched');
  }),
  defineStep(
    'the mismatches will contain a mismatch with error {string} -> {string}',
    (world, [path = '', error = '']) => {
      if (!hasMismatch(world, path, error)) {
        throw new Error(
          `No mismatch at ${path} with error "${error}". Mismatches:\n  ${describe(allIssues(world))}`,
        );
      }
    },
  ),
];

const responseSteps: readonly StepDefinition[] = [
  defineStep('an expected response configured with the following:', (world, _args, step) => {
    const row = firstRecord(step);
    const response = createResponse();
    if (row.status !== undefined) response.status = Number.parseInt(row.status, 10);
    if (row.body !== undefined) applyBody(response, row.body);
    if (row['matching rules'] !== undefined) {
      response.matchingRules = readMatchingRules(readJsonCell(row['matching rules']), world.spec);
    }
    world.expectedResponse = response;
  }),
  defineStep('a status {int} response is received', (world, [status = '']) => {
    world.receivedResponses.push({ ...createResponse(), status: Number.parseInt(status, 10) });
  }),
  defineStep('the response is compared to the expected one', (world) => {
    const [received] = world.receivedResponses;
    if (received === undefined) throw new Error('No response was received');
    const result = matchResponse(world.expectedResponse, received, { spec: world.spec });
    world.responseMismatches.push(...result.issues);
  }),
  defineStep('the response comparison should be OK', (world) => {
    if (world.responseMismatches.length > 0) {
      throw new Error(`Comparison resulted in mismatches:\n  ${describe(world.responseMismatches)}`);
    }
  }),
  defineStep('the response comparison should NOT be OK', (world) => {
    if (world.responseMismatches.length === 0) throw new Error('Comparison resulted in no mismatches');
  }),
  defineStep(
    'the response mismatches will contain a {string} mismatch with error {string}',
    (world, [type = '', error = '']) => {
      const found = world.responseMismatches.some(
        (issue) => isMismatchType(issue.code, type) && issue.message === error,
      );
      if (!found) {
        throw new Error(
          `No ${type} mismatch with error "${error}". Mismatches:\n  ${describe(world.responseMismatches)}`,
        );
      }
    },
  ),
];

export const matchingSteps: readonly StepDefinition[] = [...requestSteps, ...responseSteps];
