/** JUnit XML for CI systems: a test suite per pact, a test case per interaction. */
import { escapeMarkup } from '../../core/index.ts';
import type { InteractionResult, VerificationReport } from './verification-report.ts';

/**
 * The report as JUnit XML. A failed interaction is a `<failure>`; a failed pending one is
 * `<skipped>` (it does not fail the run), with the issues as text.
 *
 * @example
 * await writeFile('reports/pact.xml', toJUnit(await verifyProvider(options)));
 */
export function toJUnit(report: VerificationReport): string {
  const suites = groupBySource(report.results).map(([source, results]) => suite(source, results));
  const failures = report.summary.failed;
  const head = `<testsuites name="seam verify" tests="${report.summary.total}" failures="${failures}" time="${seconds(report.durationMs)}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('')}</testsuites>\n`;
}

function groupBySource(results: readonly InteractionResult[]): [string, InteractionResult[]][] {
  return [...Map.groupBy(results, (result) => result.source)];
}

function suite(source: string, results: readonly InteractionResult[]): string {
  const first = results[0];
  const name = first === undefined ? source : `${first.consumer} → ${first.provider}`;
  const failures = results.filter((result) => !result.ok && !result.pending).length;
  const skipped = results.filter((result) => !result.ok && result.pending).length;
  const time = seconds(results.reduce((sum, result) => sum + result.durationMs, 0));
  const attributes = `name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" skipped="${skipped}" time="${time}" file="${escapeXml(source)}"`;
  return `  <testsuite ${attributes}>\n${results.map(testCase).join('')}  </testsuite>\n`;
}

function testCase(result: InteractionResult): string {
  const states = result.providerStates.length === 0 ? '' : ` given ${result.providerStates.join(', ')}`;
  const attributes = `name="${escapeXml(result.description + states)}" classname="${escapeXml(`${result.consumer}.${result.provider}`)}" time="${seconds(result.durationMs)}"`;
  if (result.ok) return `    <testcase ${attributes}/>\n`;
  const text = escapeXml(
    result.issues.map((issue) => `${issue.code} ${issue.path}: ${issue.message}`).join('\n'),
  );
  const first = escapeXml(result.issues[0]?.message ?? 'failed');
  const tag = result.pending ? 'skipped' : 'failure';
  return `    <testcase ${attributes}>\n      <${tag} message="${first}">${text}</${tag}>\n    </testcase>\n`;
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

// XML 1.0 forbids C0 control characters other than tab, line feed and carriage return.
function withoutControlChars(text: string): string {
  return [...text].filter((char) => char.charCodeAt(0) >= 0x20 || '\t\n\r'.includes(char)).join('');
}

function escapeXml(text: string): string {
  return escapeMarkup(withoutControlChars(text));
}
