/** Reads and writes the response of an HTTP interaction (V1–V4). */
import { isPlainObject } from '../../core/index.ts';
import type { HttpResponse, SpecVersion } from '../../match/index.ts';
import type { JsonRecord } from '../json/untyped-json.ts';
import { headerValue } from './body-content-type.ts';
import { readHeaders, writeHeadersV3, writeHeadersV4 } from './headers.ts';
import { childPath } from './location-path.ts';
import { nonEmpty, partError, withOptional } from './part-helpers.ts';
import { readBody } from './read-body.ts';
import { readGenerators } from './read-generators.ts';
import { readMatchingRules } from './read-matching-rules.ts';
import { writeBodyV3, writeBodyV4 } from './write-body.ts';
import { writeGenerators } from './write-generators.ts';
import { writeMatchingRules } from './write-matching-rules.ts';

/**
 * Reads a response as the Rust reference does: `status` (a whole number; default 200), `headers`
 * (values as given), `body` (V4: the body envelope; else content type from the Content-Type header),
 * `matchingRules` (or the old `responseMatchingRules`, V1–V3) and `generators`. Body rules are in
 * category `body`.
 *
 * @throws SeamError `invalid-pact` when `json` is not an object; `invalid-matching-rule` for a
 *   matching rule it cannot read.
 * @example
 * readResponse({ status: 201, headers: { 'Content-Type': 'application/json' }, body: { id: 1 } }, 'V3');
 */
export function readResponse(json: unknown, spec: SpecVersion, location = '$'): HttpResponse {
  if (!isPlainObject(json)) throw partError('a response', json, location);
  const headers = readHeaders(json.headers);
  const body = readBody(json.body, spec, headerValue(headers, 'content-type'));
  const rulesJson = json.matchingRules ?? (spec === 'V4' ? undefined : json.responseMatchingRules);
  const rulesAt = childPath(
    location,
    json.matchingRules === undefined ? 'responseMatchingRules' : 'matchingRules',
  );
  return withOptional(
    { status: readStatus(json.status), body },
    {
      headers,
      matchingRules: nonEmpty(readMatchingRules(rulesJson, spec, 'http', rulesAt)),
      generators: nonEmpty(readGenerators(json.generators)),
    },
  );
}

function readStatus(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff ? value : 200;
}

/**
 * Writes a response as V3 or V4 JSON, the inverse of {@link readResponse}.
 *
 * @example
 * writeResponse({ status: 204, body: { state: 'missing' } }, 'V3'); // { status: 204 }
 */
export function writeResponse(response: HttpResponse, spec: 'V3' | 'V4'): JsonRecord {
  return withOptional(
    { status: response.status },
    {
      headers:
        response.headers === undefined
          ? undefined
          : spec === 'V3'
            ? writeHeadersV3(response.headers)
            : writeHeadersV4(response.headers),
      body: spec === 'V3' ? writeBodyV3(response.body) : writeBodyV4(response.body),
      matchingRules: writeMatchingRules(response.matchingRules),
      generators: writeGenerators(response.generators),
    },
  );
}
