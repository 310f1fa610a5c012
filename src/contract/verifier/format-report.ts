/** The human summary of a verification: one line per interaction, then numbered failures with diffs. */
import type { InteractionResult, VerificationIssue, VerificationReport } from './verification-report.ts';

/**
 * Formats a report for people: per pact, a line per interaction; then each failure numbered, with
 * its consumer, provider states and, per issue, the part, path, expected and actual values; then
 * the counts.
 *
 * @example
 * const report = await verifyProvider(options);
 * process.stdout.write(formatVerificationReport(report));
 */
export function formatVerificationReport(report: VerificationReport): string {
  const lines: string[] = [
    ...(report.publishErrors ?? []).map((error) => `error: ${error}`),
    ...report.warnings.map((warning) => `warning: ${warning}`),
  ];
  let source: string | undefined;
  for (const result of report.results) {
    if (result.source !== source) {
      source = result.source;
      lines.push(`Verifying a pact between ${result.consumer} and ${result.provider} (${result.source})`);
    }
    lines.push(`  ${status(result).padEnd(12)} ${title(result)} (${result.durationMs} ms)`);
    lines.push(...formatComments(result));
  }
  const failures = report.results.filter((result) => !result.ok);
  if (failures.length > 0) lines.push('', 'Failures:');
  for (const [index, result] of failures.entries()) lines.push('', ...formatFailure(result, index + 1));
  lines.push('', summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** The consumer test's name and comments, as the Pact verifier prints them under the interaction. */
function formatComments(result: InteractionResult): string[] {
  if (result.comments === undefined) return [];
  const { testName, text } = result.comments;
  const lines = testName === undefined ? [] : [`               Test Name: ${testName}`];
  if (text.length > 0)
    lines.push('               Comments:', ...text.map((line) => `                 ${line}`));
  return lines;
}

function status(result: InteractionResult): string {
  if (result.ok) return 'ok';
  return result.pending ? 'FAIL pending' : 'FAIL';
}

function title(result: InteractionResult): string {
  const states = result.providerStates.map((state) => `"${state}"`).join(', ');
  return states === '' ? result.description : `${result.description} (given ${states})`;
}

function formatFailure(result: InteractionResult, number: number): string[] {
  const pending = result.pending ? ' [pending: does not fail the run]' : '';
  const head = `${number}) ${title(result)} — ${result.consumer} → ${result.provider}${pending}`;
  const issues = result.issues.flatMap((issue, index) => formatIssue(issue, `${number}.${index + 1}`));
  const warnings = result.warnings.map((warning) => `   note: ${warning}`);
  return [head, ...issues, ...warnings];
}

function formatIssue(issue: VerificationIssue, number: string): string[] {
  const where = issue.path === '$' ? issue.code : `${issue.code} ${issue.path}`;
  const lines = [`   ${number} ${where}: ${issue.message}`];
  if (issue.expected !== undefined) lines.push(`       expected: ${show(issue.expected)}`);
  if (issue.actual !== undefined) lines.push(`       actual:   ${show(issue.actual)}`);
  return lines;
}

// The engine gives expected and actual values already rendered (JSON text, a header value…).
function show(value: unknown): string {
  const text = typeof value === 'string' ? value : safeJson(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function safeJson(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_, inner) => (typeof inner === 'bigint' ? inner.toString() : inner)) ??
      String(value)
    );
  } catch {
    return String(value);
  }
}

function summaryLine(report: VerificationReport): string {
  const { total, passed, failed, pendingFailed } = report.summary;
  const pending = pendingFailed === 0 ? '' : `, ${pendingFailed} pending failed`;
  const noun = total === 1 ? 'interaction' : 'interactions';
  const errors = report.publishErrors?.length ?? 0;
  const publishing = errors === 0 ? '' : `, ${errors} publishing ${errors === 1 ? 'error' : 'errors'}`;
  return `${total} ${noun}: ${passed} passed, ${failed} failed${pending}${publishing} (${report.durationMs} ms)`;
}
