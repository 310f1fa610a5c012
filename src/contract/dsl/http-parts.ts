/**
 * The DSL's request and response descriptions (values may hold matchers) → the request and
 * response models of a pact, with their matching rules and generators.
 */
import { SeamError } from '../../core/index.ts';
import type {
  Generator,
  Generators,
  HttpRequest,
  HttpResponse,
  MatchingRules,
  RuleList,
} from '../../match/index.ts';
import type { Expectations } from '../dsl-matchers/expectations.ts';
import { extractExpectations } from '../dsl-matchers/extract-expectations.ts';
import type { Matcher } from '../dsl-matchers/matcher.ts';
import { type BuiltBody, buildBody } from './body-content.ts';
import { isPreparedBody } from './prepared-body.ts';

/**
 * A header or query value: text, a matcher, or several of them.
 *
 * @example
 * const accept: TemplateValue = ['application/json', regex(/^text\/.+$/, 'text/plain')];
 */
export type TemplateValue =
  | string
  | number
  | boolean
  | Matcher
  | readonly (string | number | boolean | Matcher)[];

/**
 * The expected request (`withRequest`).
 *
 * @example
 * const request: RequestTemplate = { method: 'POST', path: '/payments', body: { amount: decimal(9.99) } };
 */
export interface RequestTemplate {
  readonly method: string;
  readonly path: string | Matcher<string>;
  readonly query?: Readonly<Record<string, TemplateValue>>;
  readonly headers?: Readonly<Record<string, TemplateValue>>;
  /** JSON (with matchers), text, bytes, or a file body (`binaryFile`, `multipartFile`). */
  readonly body?: unknown;
  /** The body's content type; default the Content-Type header, else JSON (text for strings). */
  readonly contentType?: string;
}

/**
 * The response the mock server gives (`willRespondWith`).
 *
 * @example
 * const response: ResponseTemplate = { status: 201, body: { id: uuid() } };
 */
export interface ResponseTemplate {
  readonly status: number | Matcher<number>;
  readonly headers?: Readonly<Record<string, TemplateValue>>;
  readonly body?: unknown;
  readonly contentType?: string;
}

type RuleParts = Partial<Record<'path' | 'query' | 'header' | 'body' | 'status', Expectations | BuiltBody>>;

/**
 * The request model of a template.
 *
 * @example
 * buildRequest({ method: 'get', path: '/orders/1' }); // { method: 'GET', path: '/orders/1', body: { state: 'missing' } }
 */
export function buildRequest(template: RequestTemplate): HttpRequest {
  const path = extractExpectations(template.path, 'path');
  if (typeof path.example !== 'string')
    throw new SeamError(
      'usage',
      `withRequest: the path must be a string, got ${JSON.stringify(path.example)}`,
    );
  const query = template.query === undefined ? undefined : extractExpectations(template.query, 'query');
  const { headers, header, body } = headersAndBody(template);
  const request = { method: template.method.toUpperCase(), path: path.example, ...headers, body: body.body };
  const parts: RuleParts = { path, header, body, ...(query === undefined ? {} : { query }) };
  return withRules(
    query === undefined ? request : { ...request, query: query.example as HttpRequest['query'] & {} },
    parts,
  );
}

/**
 * The response model of a template.
 *
 * @example
 * buildResponse({ status: 200, body: { ok: true } }).body.state; // 'present'
 */
export function buildResponse(template: ResponseTemplate): HttpResponse {
  const status = extractExpectations(template.status, 'status');
  if (typeof status.example !== 'number' || !Number.isInteger(status.example))
    throw new SeamError(
      'usage',
      `willRespondWith: the status must be an integer, got ${JSON.stringify(status.example)}`,
    );
  const { headers, header, body } = headersAndBody(template);
  return withRules({ status: status.example, ...headers, body: body.body }, { status, header, body });
}

function headersAndBody(template: {
  headers?: RequestTemplate['headers'];
  body?: unknown;
  contentType?: string;
}) {
  const found = extractExpectations(template.headers ?? {}, 'header');
  const headers = { ...(found.example as Record<string, string[]>) };
  const declared = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type');
  const prepared = isPreparedBody(template.body) ? template.body : undefined;
  const body =
    prepared?.built ??
    buildBody(
      template.body,
      template.contentType ?? (declared === undefined ? undefined : headers[declared]?.[0]),
    );
  // As the Pact core: a body without a Content-Type header gets one.
  if (declared === undefined && body.contentType !== undefined)
    headers['Content-Type'] = [prepared?.header ?? body.contentType];
  const header = prepared ? { ...found, rules: { ...prepared.headerRules, ...found.rules } } : found;
  return { headers: Object.keys(headers).length === 0 ? {} : { headers }, header, body };
}

function withRules<T extends object>(
  part: T,
  parts: RuleParts,
): T & { matchingRules?: MatchingRules; generators?: Generators } {
  const rules: Record<string, Record<string, RuleList>> = {};
  const generators: Record<string, Record<string, Generator>> = {};
  for (const [category, found] of Object.entries(parts)) {
    if (found === undefined) continue;
    if (Object.keys(found.rules).length > 0) rules[category] = found.rules;
    if (Object.keys(found.generators).length > 0) generators[category] = found.generators;
  }
  const withMatching =
    Object.keys(rules).length > 0 ? { ...part, matchingRules: rules as MatchingRules } : part;
  return Object.keys(generators).length > 0
    ? { ...withMatching, generators: generators as Generators }
    : withMatching;
}
