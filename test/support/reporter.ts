/**
 * node:test reporter: prints each failure with its diagnostic, each skip with its reason, and ends
 * the run with the single line `N passed, N failed, N skipped`, which CI reads. A skipped suite
 * (`describe` with `skip`, as the browser tests without Chromium) counts as one skipped test.
 */
import { resolve } from 'node:path';
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
  // Output a test file prints is kept per file and shown only if something in that file fails, so
  // peers that print (pact-js's verifier writes its report to stdout) do not bury the results.
  const output = new Map<string, string[]>();
  const failedFiles = new Set<string>();
  for await (const event of source) {
    if (event.type === 'test:pass') {
      const skip = event.data.skip ?? event.data.todo;
      if (skip !== undefined) {
        skipped++;
        yield `- skipped ${event.data.name}${event.data.file ? ` (${event.data.file})` : ''}${typeof skip === 'string' ? `: ${skip}` : ''}\n`;
      } else if (event.data.details.type !== 'suite') passed++;
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
      if (event.data.file !== undefined) failedFiles.add(resolve(event.data.file));
      yield `✗ ${event.data.name}${event.data.file ? ` (${event.data.file})` : ''}\n`;
    } else if (event.type === 'test:stderr' || event.type === 'test:stdout') {
      // Output events name the file relative to the working directory, test events absolute.
      const file = event.data.file === undefined ? '(unknown file)' : resolve(event.data.file);
      output.set(file, [...(output.get(file) ?? []), event.data.message]);
    }
  }
  for (const file of failedFiles) {
    const printed = output.get(file);
    if (printed !== undefined) yield `\nOutput of ${file}:\n${printed.join('')}`;
  }
  if (failures.length > 0) {
    yield '\nFailures:\n';
    for (const [index, failure] of failures.entries()) {
      yield `\n${index + 1}) ${failure.name}${failure.file ? `\n   ${failure.file}` : ''}\n${indent(describeError(failure.error))}\n`;
    }
  }
  yield `\n${passed} passed, ${failed} failed, ${skipped} skipped\n`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `   ${line}`)
    .join('\n');
}
