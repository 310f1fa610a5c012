/**
 * Matching throughput: a request whose JSON body has 1000 fields, against an expected request with 200
 * matching rules (type, regex, integer, decimal, timestamp, include, boolean, number, min-type, date),
 * as the mock server and the verifier do it: the actual body arrives as bytes and is parsed per match.
 */
import { matchRequest } from '../src/match/index.ts';
import type { HttpRequest, MatchingRules, RuleList } from '../src/match/model.ts';
import { summarize } from './stats.ts';

const sections = 20;
const fieldsPerSection = 50;
const rulesPerSection = 10;
const encoder = new TextEncoder();

function expectedField(j: number, i: number): unknown {
  const examples: unknown[] = [
    'name',
    'abc-1',
    1,
    1.5,
    '2024-01-01T10:00:00',
    'xxabcxx',
    true,
    7,
    [1, 2, 3],
    '2024-01-01',
  ];
  return j < rulesPerSection ? examples[j] : `constant-${i}-${j}`;
}

function actualField(j: number, i: number, broken: boolean): unknown {
  const values: unknown[] = [
    `other-${i}`,
    `zz-${i}`,
    100 + i,
    2.25 + i,
    '2025-06-30T23:59:59',
    `abc-${i}`,
    false,
    3.5,
    [4, 5, 6, 7],
    '2025-12-31',
  ];
  if (broken && j === 2) return 'not a number';
  return j < rulesPerSection ? values[j] : `constant-${i}-${j}`;
}

function rule(j: number): RuleList {
  const rules: RuleList['rules'][number][] = [
    { match: 'type' },
    { match: 'regex', regex: '^[a-z]+-\\d+$' },
    { match: 'integer' },
    { match: 'decimal' },
    { match: 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ss" },
    { match: 'include', value: 'abc' },
    { match: 'boolean' },
    { match: 'number' },
    { match: 'type', min: 1 },
    { match: 'date', format: 'yyyy-MM-dd' },
  ];
  return { rules: [rules[j]!], combine: 'AND' };
}

function body(field: (j: number, i: number) => unknown): Uint8Array {
  const document: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < sections; i++) {
    const section: Record<string, unknown> = {};
    for (let j = 0; j < fieldsPerSection; j++) section[`f${j}`] = field(j, i);
    document[`s${i}`] = section;
  }
  return encoder.encode(JSON.stringify(document));
}

function request(content: Uint8Array, matchingRules?: MatchingRules): HttpRequest {
  return {
    method: 'POST',
    path: '/orders',
    headers: { 'Content-Type': ['application/json'] },
    body: { state: 'present', content, contentType: 'application/json' },
    ...(matchingRules ? { matchingRules } : {}),
  };
}

function measure(expected: HttpRequest, actual: HttpRequest, seconds: number) {
  for (let i = 0; i < 200; i++) matchRequest(expected, actual);
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let ok = true;
  while (performance.now() < end) {
    const start = performance.now();
    ok = matchRequest(expected, actual).ok;
    latencies.push(performance.now() - start);
  }
  const total = latencies.reduce((sum, x) => sum + x, 0);
  return { ok, opsPerSecond: Math.round(latencies.length / (total / 1000)), latencyMs: summarize(latencies) };
}

export function run(): Record<string, unknown> {
  const bodyRules: Record<string, RuleList> = {};
  for (let i = 0; i < sections; i++)
    for (let j = 0; j < rulesPerSection; j++) bodyRules[`$.s${i}.f${j}`] = rule(j);
  const expected = request(
    body((j, i) => expectedField(j, i)),
    { body: bodyRules },
  );
  const seconds = Number(process.env.SEAM_BENCH_SECONDS ?? 3);
  const matching = measure(expected, request(body((j, i) => actualField(j, i, false))), seconds);
  const mismatching = measure(expected, request(body((j, i) => actualField(j, i, true))), seconds);
  if (!matching.ok || mismatching.ok) throw new Error('benchmark inputs do not give the intended verdicts');
  return {
    fields: sections * fieldsPerSection,
    rules: Object.keys(bodyRules).length,
    matching,
    mismatching20Fields: mismatching,
  };
}
