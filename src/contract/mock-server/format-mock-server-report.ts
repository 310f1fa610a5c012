/** The readable diff a failing consumer test shows. */
import type { Mismatch } from '../../match/index.ts';
import type { MockServerIssue, MockServerResult, RequestLine } from './mock-server-result.ts';

/**
 * Formats a mock-server result for people: one numbered entry per issue, each request mismatch
 * headed by its closest interaction, with each difference once (part, path, expected and actual
 * values, and the matcher's message): on the head line when there is one, else one line each. An
 * ok result gives a one-line summary.
 *
 * @example
 * formatMockServerReport(mockServer.results());
 * // Mock server: 1 problem, 0 requests matched.
 * // 1. No interaction matched POST /payments (3 expected). Closest: "pay order" — body $.amount: expected 59.9, got "9.99" — Expected '9.99' (String) to be a decimal number
 */
export function formatMockServerReport(result: MockServerResult): string {
  const matched = `${result.matched} ${plural(result.matched, 'request')} matched`;
  if (result.ok) return `Mock server: all interactions requested, ${matched}.`;
  const count = result.issues.length;
  const entries = result.issues.flatMap((issue, index) => formatIssue(issue, `${index + 1}. `));
  return [`Mock server: ${count} ${plural(count, 'problem')}, ${matched}.`, ...entries].join('\n');
}

function formatIssue(issue: MockServerIssue, number: string): string[] {
  if (issue.code === 'missing') {
    return [`${number}Missing request: "${issue.interaction}" (${line(issue.request)}) was never received.`];
  }
  if (issue.code === 'generator') {
    return [
      `${number}"${issue.interaction}" (${line(issue.request)}) was answered 500: its response could not be generated. ${issue.message}`,
    ];
  }
  const head = `${number}No interaction matched ${line(issue.request)} (${issue.expected} expected).`;
  const closest = issue.code === 'mismatch' ? issue : issue.closest;
  if (closest === undefined) return [head];
  const { interaction, mismatches } = closest;
  const [first] = mismatches;
  // Each difference is printed once: on the head line when it is the only one, else one per line.
  if (first === undefined) return [`${head} Closest: "${interaction}" — no difference recorded`];
  if (mismatches.length === 1) return [`${head} Closest: "${interaction}" — ${detail(first)}`];
  const count = `${mismatches.length} differences`;
  return [`${head} Closest: "${interaction}", ${count}:`, ...mismatches.map((m) => `     ${detail(m)}`)];
}

function detail(mismatch: Mismatch): string {
  const { expected, actual, message } = mismatch;
  return `${where(mismatch)}: expected ${value(expected)}, got ${value(actual)} — ${message}`;
}

/** The part and, where it adds something, the path: `method`, `header Accept`, `body $.amount`. */
function where(mismatch: Mismatch): string {
  const wholePart = mismatch.path === '$' && mismatch.code !== 'body' && mismatch.code !== 'body-type';
  return wholePart ? mismatch.code : `${mismatch.code} ${mismatch.path}`;
}

function value(raw: unknown): string {
  if (raw === undefined || raw === '') return '(nothing)';
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

function line(request: RequestLine): string {
  return `${request.method} ${request.path}${request.query === undefined ? '' : `?${request.query}`}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
