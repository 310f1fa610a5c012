/**
 * Checking bodies and parts against fixture documents, as the reference's pact-file steps do: a
 * `.json` fixture is compared as JSON (pact files store JSON bodies as values, not text), anything
 * else byte for byte.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Body, Headers } from '../../../src/match/model.ts';
import { loadBody, readFixture } from './fixtures.ts';

/** The bytes of a fixture file. */
export function readFixtureDocument(name: string): Uint8Array {
  return readFixture(name);
}

function describeBody(body: Body): string {
  if (body.state !== 'present') return `a ${body.state} body`;
  const text = new TextDecoder().decode(body.content);
  return `${body.content.length} bytes: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

/** Throws unless `body` holds the fixture `name` (a file name, or `file: name`). */
export function assertDocument(body: Body, name: string): void {
  const file = name.replace(/^file:\s*/, '');
  const expected = readFixtureDocument(file);
  if (body.state !== 'present')
    throw new Error(`Expected the ${file} document but found ${describeBody(body)}`);
  const same = file.endsWith('.json')
    ? isDeepStrictEqual(parseJson(body.content), parseJson(expected))
    : Buffer.from(body.content).equals(Buffer.from(expected));
  if (!same) throw new Error(`Expected the ${file} document but found ${describeBody(body)}`);
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** A header's values joined by `, `, looked up without regard to case; undefined when absent. */
export function headerText(headers: Headers | undefined, name: string): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
  return entry?.[1].join(', ');
}

/** A part's content type: its Content-Type header, else its body's declared type. */
export function partContentType(part: {
  readonly headers?: Headers;
  readonly body: Body;
}): string | undefined {
  return (
    headerText(part.headers, 'content-type') ??
    (part.body.state === 'present' ? part.body.contentType : undefined)
  );
}

/** Whether `body` holds what a fixture cell (`file: x.json`, `JSON: …`, text) loads to. */
export function bodyIsCell(body: Body, cell: string): boolean {
  const expected = loadBody(cell).body;
  if (body.state !== 'present' || expected.state !== 'present') return body.state === expected.state;
  if (/json/i.test(expected.contentType ?? '')) {
    return isDeepStrictEqual(parseJson(body.content), parseJson(expected.content));
  }
  return Buffer.from(body.content).equals(Buffer.from(expected.content));
}

/** Whether contents a message handler received (JSON value, text or bytes) are what `cell` loads to. */
export function receivedIsCell(contents: unknown, cell: string): boolean {
  const expected = loadBody(cell).body;
  if (expected.state !== 'present') return contents === undefined;
  if (/json/i.test(expected.contentType ?? ''))
    return isDeepStrictEqual(contents, parseJson(expected.content));
  const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
  return bytes instanceof Uint8Array && Buffer.from(bytes).equals(Buffer.from(expected.content));
}

/** The content type of message metadata (`contentType` or `content-type`, any case). */
export function metadataContentType(
  metadata: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const key = Object.keys(metadata ?? {}).find((name) => /^content-?type$/i.test(name));
  const value = key === undefined ? undefined : metadata?.[key];
  return typeof value === 'string' ? value : undefined;
}
