/** `validatePact`: checks a parsed pact file and reports every problem with its JSON path. */
import { isPlainObject } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { declaredSpecVersion } from '../pact-json/spec-version.ts';
import { type Issues, reportType, type ValidationIssue } from './issues.ts';
import { checkPactFile } from './pact-file.ts';

/**
 * Options for {@link validatePact}.
 *
 * @example
 * validatePact(json, 'example.json', { specVersion: 'V2' } satisfies ValidatePactOptions);
 */
export interface ValidatePactOptions {
  /** Check against this version whatever the file declares (the pact-schemas examples need it). */
  readonly specVersion?: SpecVersion;
}

/**
 * The outcome of {@link validatePact}: `ok` is true when `issues` is empty.
 *
 * @example
 * const { ok, issues, specVersion }: PactValidation = validatePact(json);
 */
export interface PactValidation {
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
  /** The version the file was checked against. */
  readonly specVersion: SpecVersion;
  /** How that version was chosen. */
  readonly versionSource: 'option' | 'declared' | 'inferred';
  /** The `location` given to {@link validatePact}, if any. */
  readonly location?: string;
}

/**
 * Validates a parsed pact file against the rules of its specification version: required fields,
 * types, allowed fields, HTTP methods and status codes, query strings (V1/V2) and maps (V3/V4),
 * headers, V4 body envelopes, matching rules and generators, provider states, V4 interaction
 * fields. Expected problems are data: nothing is thrown for a bad file.
 *
 * The version is `options.specVersion`, else the one the metadata declares, else inferred: V4 when
 * an interaction has a `type`; otherwise V1, V2 and V3 are tried, those whose shapes the file uses
 * first (a string query, `providerState`, V2 rule keys → V2/V1), and the first the file is valid
 * for wins (or, when it is valid for none, the one with the fewest issues).
 *
 * @example
 * const result = validatePact(JSON.parse(text), 'pacts/a.json');
 * for (const issue of result.issues) console.log(`pacts/a.json: ${issue.path}: ${issue.message}`);
 * // pacts/a.json: $.interactions[0].response.status: expected an HTTP status code (a whole number from 100 to 599), got 600 (number)
 */
export function validatePact(
  json: unknown,
  location?: string,
  options: ValidatePactOptions = {},
): PactValidation {
  const base = location === undefined ? {} : { location };
  if (!isPlainObject(json)) {
    const issues: Issues = [];
    reportType(issues, '$', 'a pact (a JSON object with consumer, provider and interactions)', json);
    return {
      ok: false,
      issues,
      specVersion: options.specVersion ?? 'V3',
      versionSource: options.specVersion === undefined ? 'inferred' : 'option',
      ...base,
    };
  }
  if (options.specVersion !== undefined)
    return result(check(json, options.specVersion), options.specVersion, 'option', base);
  const declared = declaredSpecVersion(json.metadata);
  if (declared !== undefined) return result(check(json, declared), declared, 'declared', base);
  const candidates = candidateVersions(json);
  let best: { spec: SpecVersion; issues: Issues } | undefined;
  for (const spec of candidates) {
    const issues = check(json, spec);
    if (best === undefined || issues.length < best.issues.length) best = { spec, issues };
    if (issues.length === 0) break;
  }
  const chosen = best ?? { spec: 'V3' as const, issues: [] };
  return result(chosen.issues, chosen.spec, 'inferred', base);
}

/** The versions an undeclared file may be, most likely first (by the shapes it uses). */
function candidateVersions(json: Record<string, unknown>): SpecVersion[] {
  const interactions = Array.isArray(json.interactions) ? json.interactions.filter(isPlainObject) : [];
  if (interactions.some((i) => i.type !== undefined)) return ['V4'];
  if (interactions.some((i) => i.provider_state !== undefined)) return ['V1', 'V2', 'V3'];
  const legacy = interactions.some((i) => {
    const parts = [i.request, i.response].filter(isPlainObject);
    const flatRules = parts.some(
      (p) => isPlainObject(p.matchingRules) && Object.keys(p.matchingRules)[0]?.startsWith('$'),
    );
    return (
      i.providerState !== undefined ||
      flatRules ||
      (isPlainObject(i.request) && typeof i.request.query === 'string')
    );
  });
  return legacy ? ['V2', 'V1', 'V3'] : ['V3', 'V2', 'V1'];
}

function check(json: Record<string, unknown>, spec: SpecVersion): Issues {
  const issues: Issues = [];
  checkPactFile(issues, json, spec);
  return issues;
}

function result(
  issues: Issues,
  specVersion: SpecVersion,
  versionSource: PactValidation['versionSource'],
  base: { location?: string },
): PactValidation {
  return { ok: issues.length === 0, issues, specVersion, versionSource, ...base };
}

/**
 * One issue as a line: `<location>: <json path>: <message>` (without the location when none).
 *
 * @example
 * formatIssue(issue, 'pacts/a.json'); // 'pacts/a.json: $.interactions[0].request.method: expected an HTTP method …'
 */
export function formatIssue(issue: ValidationIssue, location?: string): string {
  return location === undefined
    ? `${issue.path}: ${issue.message}`
    : `${location}: ${issue.path}: ${issue.message}`;
}
