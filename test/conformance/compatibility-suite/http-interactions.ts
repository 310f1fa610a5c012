/**
 * The interactions table shared by the consumer and provider features ("the following HTTP
 * interactions have been defined:"), read as the reference's `setup_common_interactions` does:
 * interaction N is described "Interaction N-1" and has the id "IDN"; an empty cell leaves its part
 * unset; bodies are fixture cells (see fixtures.ts) that also set the part's Content-Type.
 */
import type { HttpInteraction } from '../../../src/contract/index.ts';
import { readMatchingRules } from '../../../src/contract/index.ts';
import type { Headers, HttpRequest, HttpResponse, SpecVersion } from '../../../src/match/model.ts';
import type { Step } from './feature-files.ts';
import { readJsonCell } from './fixtures.ts';
import { applyBody, parseHeaders, parseQuery, tableRecords } from './tables.ts';
import { createRequest, createResponse, type Mutable } from './world.ts';

/** Every row of the table as an interaction, in order. */
export function readInteractionsTable(step: Step, spec: SpecVersion): HttpInteraction[] {
  return tableRecords(step).map((row, index) => ({
    kind: 'http',
    description: `Interaction ${index}`,
    id: `ID${index + 1}`,
    providerStates: [],
    request: requestFrom(row, spec),
    response: responseFrom(row, spec),
  }));
}

function requestFrom(row: Record<string, string>, spec: SpecVersion): HttpRequest {
  const request = createRequest();
  if (row.method) request.method = row.method;
  if (row.path) request.path = row.path;
  changeRequest(request, row);
  if (row['matching rules']) {
    request.matchingRules = readMatchingRules(readJsonCell(row['matching rules']), spec);
  }
  return request;
}

function responseFrom(row: Record<string, string>, spec: SpecVersion): HttpResponse {
  const response = createResponse();
  if (row.response) response.status = Number.parseInt(row.response, 10);
  if (row['response headers']) response.headers = parseHeaders(row['response headers']);
  if (row['response body']) applyBody(response, row['response body']);
  if (row['response matching rules']) {
    response.matchingRules = readMatchingRules(readJsonCell(row['response matching rules']), spec);
  }
  return response;
}

/**
 * Applies a changes row to a request: `method`, `path`, `query`, `headers` (replacing them all) and
 * `body`. Non-empty cells only, as in the interactions table.
 */
export function changeRequest(request: Mutable<HttpRequest>, row: Record<string, string>): void {
  if (row.method) request.method = row.method;
  if (row.path) request.path = row.path;
  if (row.query) request.query = parseQuery(row.query);
  if (row.headers) request.headers = parseHeaders(row.headers);
  if (row.body) applyBody(request, row.body);
}

/**
 * Applies a changes row to a response: `response`/`status`, `response headers`/`headers` (added to
 * the existing ones, as the reference does) and `response body`/`body`.
 */
export function changeResponse(response: Mutable<HttpResponse>, row: Record<string, string>): void {
  const status = row.response ?? row.status;
  if (status) response.status = Number.parseInt(status, 10);
  const headers = row['response headers'] ?? row.headers;
  if (headers) response.headers = addHeaders(response.headers, parseHeaders(headers));
  const body = row['response body'] ?? row.body;
  if (body) applyBody(response, body);
}

function addHeaders(headers: Headers | undefined, added: Headers): Headers {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers ?? {})) result[name] = [...values];
  for (const [name, values] of Object.entries(added)) result[name] = [...(result[name] ?? []), ...values];
  return result;
}

/** Interaction `number` (from 1) of the table, or an error naming the table's size. */
export function interactionAt(interactions: readonly HttpInteraction[], number: number): HttpInteraction {
  const interaction = interactions[number - 1];
  if (interaction === undefined) {
    throw new Error(`There is no interaction ${number} (${interactions.length} defined)`);
  }
  return interaction;
}

/** `"1, 2"` → the interactions 1 and 2. */
export function interactionsAt(interactions: readonly HttpInteraction[], list: string): HttpInteraction[] {
  return list.split(',').map((item) => interactionAt(interactions, Number.parseInt(item.trim(), 10)));
}
