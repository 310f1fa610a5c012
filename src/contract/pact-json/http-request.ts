/** Reads and writes the request of an HTTP interaction (V1–V4). */
import { isPlainObject } from '../../core/index.ts';
import type { HttpRequest, SpecVersion } from '../../match/index.ts';
import { type JsonRecord, jsonToString } from '../json/untyped-json.ts';
import { headerValue } from './body-content-type.ts';
import { readHeaders, writeHeadersV3, writeHeadersV4 } from './headers.ts';
import { childPath } from './location-path.ts';
import { nonEmpty, partError, withOptional } from './part-helpers.ts';
import { parseQueryString, readQueryMap, writeQueryMap } from './query.ts';
import { readBody } from './read-body.ts';
import { readGenerators } from './read-generators.ts';
import { readMatchingRules } from './read-matching-rules.ts';
import { writeBodyV3, writeBodyV4 } from './write-body.ts';
import { writeGenerators } from './write-generators.ts';
import { writeMatchingRules } from './write-matching-rules.ts';

/**
 * Reads a request as the Rust reference does: `method` upper-cased (default `GET`), `path`
 * (default `/`), `query` as a string in V1/V2 (kept in `queryString` and parsed into `query`) or a
 * map in V3/V4, `headers` (values as given: a string becomes a one-element array), `body` (V4: the
 * body envelope; else content type from the Content-Type header, any case), `matchingRules`
 * (or the old `requestMatchingRules`, V1–V3) and `generators`. Body rules are in category `body`.
 *
 * @param location Where `json` is, for error messages: a JSON path, optionally after a file name
 *   (`pacts/a.json: $.interactions[0].request`).
 * @throws SeamError `invalid-pact` when `json` is not an object; `invalid-matching-rule` for a
 *   matching rule it cannot read.
 * @example
 * readRequest({ method: 'get', path: '/orders', query: 'page=2' }, 'V2');
 * // { method: 'GET', path: '/orders', query: { page: ['2'] }, queryString: 'page=2', body: { state: 'missing' } }
 */
export function readRequest(json: unknown, spec: SpecVersion, location = '$'): HttpRequest {
  if (!isPlainObject(json)) throw partError('a request', json, location);
  const headers = readHeaders(json.headers);
  const body = readBody(json.body, spec, headerValue(headers, 'content-type'));
  const rulesJson = json.matchingRules ?? (spec === 'V4' ? undefined : json.requestMatchingRules);
  const rulesAt = childPath(
    location,
    json.matchingRules === undefined ? 'requestMatchingRules' : 'matchingRules',
  );
  return withOptional(
    { method: textOr(json.method, 'GET').toUpperCase(), path: textOr(json.path, '/'), body },
    {
      ...readRequestQuery(json, spec),
      headers,
      matchingRules: nonEmpty(readMatchingRules(rulesJson, spec, 'http', rulesAt)),
      generators: nonEmpty(readGenerators(json.generators)),
    },
  );
}

function readRequestQuery(json: JsonRecord, spec: SpecVersion): Pick<HttpRequest, 'query' | 'queryString'> {
  const value = json.query;
  if (value === undefined) return {};
  if (spec === 'V3' || spec === 'V4') return withOptional({}, { query: readQueryMap(value) });
  if (typeof value !== 'string') return {};
  return { query: parseQueryString(value), queryString: value };
}

function textOr(value: unknown, fallback: string): string {
  return value === undefined ? fallback : jsonToString(value);
}

/**
 * Writes a request as V3 or V4 JSON, the inverse of {@link readRequest}: headers as strings (V3,
 * an array when there are several values) or arrays (V4), the query as a map, the body as a V3
 * value or a V4 envelope.
 *
 * @example
 * writeRequest({ method: 'GET', path: '/', body: { state: 'missing' } }, 'V4'); // { method: 'GET', path: '/' }
 */
export function writeRequest(request: HttpRequest, spec: 'V3' | 'V4'): JsonRecord {
  return withOptional(
    { method: request.method.toUpperCase(), path: request.path },
    {
      query: request.query === undefined ? undefined : writeQueryMap(request.query),
      headers:
        request.headers === undefined
          ? undefined
          : spec === 'V3'
            ? writeHeadersV3(request.headers)
            : writeHeadersV4(request.headers),
      body: spec === 'V3' ? writeBodyV3(request.body) : writeBodyV4(request.body),
      matchingRules: writeMatchingRules(request.matchingRules),
      generators: writeGenerators(request.generators),
    },
  );
}
