/**
 * `multipart/form-data` bodies: every expected part must be present (by name, or by position when
 * unnamed); fields are compared as text at `$.name`, files as bodies of their own media type with
 * the rules under `$.name`, and expected part headers must be present.
 */
import { decodeUtf8Lossy, type MultipartPart, parseMultipart } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import { mismatch } from '../mismatch.ts';
import type { Mismatch } from '../model.ts';
import type { TypedBody } from './compare-bodies.ts';
import { matchFieldPart, matchFilePart } from './multipart-parts.ts';

function partsOf(body: TypedBody): { parts?: readonly MultipartPart[]; error?: string } {
  const boundary = body.contentType?.parameters.boundary;
  if (boundary === undefined) return { error: 'no boundary in content-type' };
  const parsed = parseMultipart(body.content, boundary);
  return parsed.ok ? { parts: parsed.parts } : { error: parsed.error };
}

const isFile = (part: MultipartPart): boolean =>
  part.filename !== undefined || part.headers['content-disposition'] === undefined;

/**
 * Compares multipart bodies.
 *
 * @example
 * matchMultipartBody(expected, actual, context); // [{ message: "Expected a MIME part 'file' but was missing" }]
 */
export function matchMultipartBody(
  expected: TypedBody,
  actual: TypedBody,
  context: MatchingContext,
): Mismatch[] {
  const expectedParts = partsOf(expected);
  const actualParts = partsOf(actual);
  const shown = [decodeUtf8Lossy(expected.content), decodeUtf8Lossy(actual.content)] as const;
  const issues: Mismatch[] = [];
  if (expectedParts.error !== undefined) {
    issues.push(
      mismatch(
        'body',
        '$',
        ...shown,
        `Failed to parse the expected body as a MIME multipart body: '${expectedParts.error}'`,
      ),
    );
  }
  if (actualParts.error !== undefined) {
    issues.push(
      mismatch(
        'body',
        '$',
        ...shown,
        `Failed to parse the actual body as a MIME multipart body: '${actualParts.error}'`,
      ),
    );
  }
  if (issues.length > 0) return issues;
  for (const part of expectedParts.parts ?? []) {
    const match = (actualParts.parts ?? []).find((candidate) =>
      candidate.name === '' ? candidate.index === part.index : candidate.name === part.name,
    );
    if (match === undefined) {
      issues.push(
        mismatch('body', '$', part.name, undefined, `Expected a MIME part '${part.name}' but was missing`),
      );
    } else issues.push(...matchPart(part, match, context));
  }
  return issues;
}

function matchPart(expected: MultipartPart, actual: MultipartPart, context: MatchingContext): Mismatch[] {
  const [expectedFile, actualFile] = [isFile(expected), isFile(actual)];
  if (!expectedFile && !actualFile) return matchFieldPart(expected, actual, context);
  if (expectedFile && actualFile) return matchFilePart(expected, actual, context);
  const message = expectedFile
    ? `Expected a MIME file '${expected.name}' but was field`
    : `Expected a MIME field '${expected.name}' but was file`;
  return [mismatch('body', '$', expected.name, undefined, message)];
}
