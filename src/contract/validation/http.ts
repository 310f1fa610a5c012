/** Validation of requests, responses, headers, queries and V4 bodies. */
import { isPlainObject } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { describeValue, type JsonRecord } from '../json/untyped-json.ts';
import { decodeBase64 } from '../pact-json/bytes.ts';
import { childPath } from '../pact-json/location-path.ts';
import { checkGenerators } from './generators.ts';
import { checkString, type Issues, rejectUnknownFields, report, reportType, requireField } from './issues.ts';
import { checkMatchingRules } from './rules.ts';

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'CONNECT'];
const legacyQuery = /^$|^[^=&]+=[^=&]*(&[^=&]+=[^=&]*)*&?$/;

function isLegacy(spec: SpecVersion): boolean {
  return spec === 'V1' || spec === 'V1_1' || spec === 'V2';
}

function requestFields(spec: SpecVersion): Set<string> {
  const fields = ['method', 'path', 'query', 'headers', 'body'];
  if (spec !== 'V1' && spec !== 'V1_1') fields.push('matchingRules');
  if (spec === 'V2') fields.push('requestMatchingRules');
  if (!isLegacy(spec)) fields.push('generators');
  return new Set(fields);
}

function responseFields(spec: SpecVersion): Set<string> {
  const fields = ['status', 'headers', 'body'];
  if (spec !== 'V1' && spec !== 'V1_1') fields.push('matchingRules');
  if (spec === 'V2') fields.push('responseMatchingRules');
  if (!isLegacy(spec)) fields.push('generators');
  return new Set(fields);
}

/** Checks a request: method, path, query (string in V1/V2, map in V3/V4), headers, body, rules. */
export function checkRequest(issues: Issues, json: unknown, spec: SpecVersion, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'a request object', json);
    return;
  }
  rejectUnknownFields(issues, json, requestFields(spec), path, `a ${spec} request`);
  if (requireField(issues, json, 'method', path, 'an HTTP method')) {
    if (typeof json.method !== 'string' || !methods.includes(json.method.toUpperCase())) {
      report(
        issues,
        'value',
        childPath(path, 'method'),
        `an HTTP method (${methods.join(', ')})`,
        json.method,
        `expected an HTTP method (${methods.join(', ')}), got ${describeValue(json.method)}`,
      );
    }
  }
  if (requireField(issues, json, 'path', path, 'a string') && typeof json.path !== 'string') {
    reportType(issues, childPath(path, 'path'), 'a string', json.path);
  }
  if (json.query !== undefined) checkQuery(issues, json.query, spec, childPath(path, 'query'));
  checkCommonParts(issues, json, spec, 'request', path);
}

/** Checks a response: status (100–599), headers, body, rules. */
export function checkResponse(issues: Issues, json: unknown, spec: SpecVersion, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'a response object', json);
    return;
  }
  rejectUnknownFields(issues, json, responseFields(spec), path, `a ${spec} response`);
  if (requireField(issues, json, 'status', path, 'an HTTP status code')) {
    const status = json.status;
    if (!(typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599)) {
      report(
        issues,
        'value',
        childPath(path, 'status'),
        'a whole number from 100 to 599',
        status,
        `expected an HTTP status code (a whole number from 100 to 599), got ${describeValue(status)}`,
      );
    }
  }
  checkCommonParts(issues, json, spec, 'response', path);
}

function checkCommonParts(
  issues: Issues,
  json: JsonRecord,
  spec: SpecVersion,
  part: 'request' | 'response',
  path: string,
): void {
  if (json.headers !== undefined) checkHeaders(issues, json.headers, childPath(path, 'headers'));
  if (json.body !== undefined && spec === 'V4') checkV4Body(issues, json.body, childPath(path, 'body'));
  for (const key of ['matchingRules', `${part}MatchingRules`]) {
    if (json[key] !== undefined) checkMatchingRules(issues, json[key], spec, part, childPath(path, key));
  }
  if (json.generators !== undefined)
    checkGenerators(issues, json.generators, part, childPath(path, 'generators'));
}

function checkQuery(issues: Issues, query: unknown, spec: SpecVersion, path: string): void {
  if (isLegacy(spec)) {
    if (typeof query !== 'string') {
      reportType(issues, path, `a query string (${spec} files write the query as a string)`, query);
      return;
    }
    if (!legacyQuery.test(query)) {
      report(
        issues,
        'format',
        path,
        'name=value pairs joined by &',
        query,
        `expected a query string of name=value pairs joined by & (e.g. "a=1&b=2"), got ${describeValue(query)}`,
      );
    }
    return;
  }
  if (!isPlainObject(query)) {
    reportType(
      issues,
      path,
      `an object of name → string[] (${spec} files write the query as a map, e.g. { "a": ["1"] })`,
      query,
    );
    return;
  }
  for (const [name, value] of Object.entries(query)) {
    const ok =
      typeof value === 'string' ||
      (Array.isArray(value) && value.every((v) => typeof v === 'string' || v === null));
    if (!ok) reportType(issues, childPath(path, name), 'a string or an array of strings', value);
  }
}

/** Checks headers (or similar maps): each value a string or an array of strings. */
export function checkHeaders(issues: Issues, headers: unknown, path: string): void {
  if (!isPlainObject(headers)) {
    reportType(issues, path, 'an object of header name → value', headers);
    return;
  }
  for (const [name, value] of Object.entries(headers)) {
    const ok =
      typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    if (!ok) reportType(issues, childPath(path, name), 'a string or an array of strings', value);
  }
}

const bodyFields = new Set(['content', 'contentType', 'contentTypeHint', 'encoded']);

/** Checks a V4 body envelope `{ content, contentType, contentTypeHint, encoded }`. */
export function checkV4Body(issues: Issues, body: unknown, path: string): void {
  if (body === null) return;
  if (!isPlainObject(body)) {
    reportType(issues, path, 'a V4 body object { content, contentType, encoded }', body);
    return;
  }
  rejectUnknownFields(issues, body, bodyFields, path, 'a V4 body (put the payload under "content")');
  checkString(issues, body, 'contentType', path);
  const hint = body.contentTypeHint;
  if (hint !== undefined && hint !== 'BINARY' && hint !== 'TEXT' && hint !== 'DEFAULT') {
    report(
      issues,
      'value',
      childPath(path, 'contentTypeHint'),
      'BINARY, TEXT or DEFAULT',
      hint,
      `"contentTypeHint" must be BINARY, TEXT or DEFAULT, got ${describeValue(hint)}`,
    );
  }
  const encoded = body.encoded;
  if (encoded !== undefined && typeof encoded !== 'boolean' && typeof encoded !== 'string') {
    reportType(issues, childPath(path, 'encoded'), 'false, "base64" or "JSON"', encoded);
  }
  if (typeof encoded === 'string' && encoded.toLowerCase() === 'base64') {
    if (typeof body.content !== 'string' || decodeBase64(body.content) === undefined) {
      report(
        issues,
        'format',
        childPath(path, 'content'),
        'base64 text',
        body.content,
        `"encoded" is base64 but "content" is not valid base64: ${describeValue(body.content)}`,
      );
    }
  }
}
