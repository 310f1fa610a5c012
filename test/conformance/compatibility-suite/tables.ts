/**
 * Data tables → requests and responses, with the reference's conventions: the first row names the
 * columns; `headers` is `'Name: value'` items separated by commas; `query` is a query string; `body`
 * is a fixture cell (see fixtures.ts) that also sets the Content-Type header.
 */
import { parseQueryString } from '../../../src/contract/index.ts';
import type { Body, Headers, Query } from '../../../src/match/model.ts';
import type { Step } from './feature-files.ts';
import { loadBody } from './fixtures.ts';

/** The rows after the first, each as column name → cell. */
export function tableRecords(step: Step): Record<string, string>[] {
  const [columns, ...rows] = step.table ?? [];
  if (columns === undefined) throw new Error(`Step "${step.text}" has no data table`);
  return rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index] ?? ''])));
}

/** The first record of a step's table (most steps configure one thing). */
export function firstRecord(step: Step): Record<string, string> {
  const [record] = tableRecords(step);
  if (record === undefined) throw new Error(`Step "${step.text}" has a table with no data row`);
  return record;
}

/** The single cell of a one-cell table (a context value). */
export function onlyCell(step: Step): string {
  const cell = step.table?.[0]?.[0];
  if (cell === undefined) throw new Error(`Step "${step.text}" has no table cell`);
  return cell;
}

// Headers whose values may contain commas, so they are never split (as pact_models does).
const singleValueHeaders = new Set([
  'date',
  'accept-datetime',
  'if-modified-since',
  'if-unmodified-since',
  'expires',
  'retry-after',
  'last-modified',
  'set-cookie',
  'user-agent',
]);

/** One header's value split into its comma-separated items. */
export function parseHeaderValue(name: string, value: string): string[] {
  if (singleValueHeaders.has(name.toLowerCase())) return [value.trim()];
  return value.split(',').map((item) => item.trim());
}

/** `'X-A: 1, 2', 'X-B: 3'` style cells: quoted `name: value` items separated by commas. */
export function parseHeaders(cell: string): Headers {
  const headers: Record<string, string[]> = {};
  for (const item of cell.split(',')) {
    const unquoted = item.trim().replace(/^'/, '').replace(/'$/, '');
    const colon = unquoted.indexOf(':');
    if (colon < 0) throw new Error(`Header item "${item}" has no ':'`);
    const name = unquoted.slice(0, colon).trim();
    headers[name] = parseHeaderValue(name, unquoted.slice(colon + 1));
  }
  return headers;
}

/** A query string cell, parsed as pact files' V1/V2 query strings are. */
export function parseQuery(text: string): Query {
  return parseQueryString(text);
}

/** The part of a request or response a body cell is applied to. */
export interface BodyPart {
  headers?: Headers;
  body: Body;
}

/** Sets a part's body from a cell and its Content-Type header from the body's type. */
export function applyBody(part: BodyPart, cell: string, contentType?: string): void {
  const current = contentTypeHeader(part.headers);
  const loaded = loadBody(cell, contentType, current);
  part.body = loaded.body;
  part.headers = withHeader(part.headers, 'content-type', [loaded.contentType]);
}

/** Headers with `name` set (replacing any entry of the same name, whatever its case). */
export function withHeader(headers: Headers | undefined, name: string, values: readonly string[]): Headers {
  const kept = Object.entries(headers ?? {}).filter(([key]) => key.toLowerCase() !== name.toLowerCase());
  return Object.fromEntries([...kept, [name, values]]);
}

function contentTypeHeader(headers: Headers | undefined): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === 'content-type');
  return entry?.[1].join(', ');
}
