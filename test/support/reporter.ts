/**
 * node:test reporter: prints each failure with its diagnostic, a line per file, and ends the run with
 * the single line `N passed, N failed` (`, N skipped` when any test was skipped), which CI reads.
 */
import type { TestEvent } from 'node:test/reporters';

interface Failure {
  readonly name: string;
  readonly file: string | undefined;
  readonly error: unknown;
}

function describeError(error: unknown): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause ?? error;
  if (cause instanceof Error) return cause.stack ?? cause.message;
  return String(cause);
}

export default async function* reporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const failures: Failure[] = [];
  for await (const event of source) {
    if (event.type === 'test:pass') {
      if (event.data.details.type === 'suite') continue;
      if (event.data.skip !== undefined || event.data.todo !== undefined) skipped++;
      else passed++;
    } else if (event.type === 'test:fail') {
      const error = event.data.details.error;
      // A suite fails when a child fails; count only the tests themselves, and suites whose hooks failed.
      if (
        event.data.details.type === 'suite' &&
        (error as { failureType?: string }).failureType === 'subtestsFailed'
      )
        continue;
      failed++;
      failures.push({ name: event.data.name, file: event.data.file, error });
      yield `✗ ${event.data.name}${event.data.file ? ` (${event.data.file})` : ''}\n`;
    } else if (event.type === 'test:stderr' || event.type === 'test:stdout') {
      // Tests must not print; what they do print is shown so it is not lost.
      yield event.data.message;
    }
  }
  if (failures.length > 0) {
    yield '\nFailures:\n';
    for (const [index, failure] of failures.entries()) {
      yield `\n${index + 1}) ${failure.name}${failure.file ? `\n   ${failure.file}` : ''}\n${indent(describeError(failure.error))}\n`;
    }
  }
  yield `\n${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `   ${line}`)
    .join('\n');
}
