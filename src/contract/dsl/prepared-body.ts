/**
 * Bodies made by pact-js's file builders (`binaryFile`, `body(contentType, Buffer)`,
 * `multipartBody`, `withRequestBinaryFile`, `withRequestMultipartFileUpload`): the bytes, the
 * Content-Type header and the rules the Pact core records for them, ready to put in a template.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SeamError } from '../../core/index.ts';
import type { RuleList } from '../../match/index.ts';
import type { BuiltBody } from './body-content.ts';

const prepared = Symbol.for('seam.contract.preparedBody');

/**
 * A body already built, with the Content-Type header and header rules it needs.
 *
 * @example
 * const png: PreparedBody = binaryBody('image/png', new Uint8Array([0x89, 0x50]));
 */
export interface PreparedBody {
  readonly [prepared]: true;
  readonly built: BuiltBody;
  /** The Content-Type header to send (a multipart body's carries its boundary). */
  readonly header: string;
  readonly headerRules: Readonly<Record<string, RuleList>>;
}

/**
 * Whether a template's body is a {@link PreparedBody}.
 *
 * @example
 * isPreparedBody(binaryBody('image/png', bytes)); // true
 */
export function isPreparedBody(value: unknown): value is PreparedBody {
  return typeof value === 'object' && value !== null && prepared in value;
}

const rule = (match: 'contentType', value: string): RuleList => ({
  combine: 'AND',
  rules: [{ match, value }],
});

/**
 * Bytes of a content type, matched by content type (the `contentType` rule at `$`), as the Pact
 * core's `withBinaryFile` records them.
 *
 * @example
 * binaryBody('image/png', await readFile('logo.png'));
 */
export function binaryBody(contentType: string, content: Uint8Array): PreparedBody {
  const body =
    content.length === 0
      ? ({ state: 'empty', contentType } as const)
      : ({ state: 'present', content, contentType } as const);
  const built: BuiltBody = {
    body,
    contentType,
    rules: { $: rule('contentType', contentType) },
    generators: {},
  };
  return { [prepared]: true, built, header: contentType, headerRules: {} };
}

/**
 * The bytes of `file`, as {@link binaryBody}.
 *
 * @example
 * binaryFileBody('application/pdf', './fixtures/invoice.pdf');
 */
export function binaryFileBody(contentType: string, file: string): PreparedBody {
  return binaryBody(contentType, readFile(file));
}

const boundaryAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomBoundary(): string {
  return [...randomBytes(16)].map((byte) => boundaryAlphabet[byte % boundaryAlphabet.length]).join('');
}

/**
 * A `multipart/form-data` body with one part, `partName`, holding `file` (its file name sent as
 * the part's filename) of `contentType`. As the Pact core: the part's own Content-Type header is
 * guessed from the file's extension (else `application/octet-stream`), the part is matched by
 * content type
 * (`contentType` at `$.<partName>`) and the Content-Type header by a regex, so any boundary the
 * client picks matches; the boundary is random unless given.
 *
 * @example
 * multipartFileBody('application/pdf', './invoice.pdf', 'invoice', 'seam-boundary');
 */
export function multipartFileBody(
  contentType: string,
  file: string,
  partName: string,
  boundary: string = randomBoundary(),
): PreparedBody {
  const content = readFile(file);
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="${partName}"; filename="${path.basename(file)}"\r\n` +
    `Content-Type: ${partType(file)}\r\n\r\n`;
  const bytes = Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const body = {
    state: 'present',
    content: new Uint8Array(bytes),
    contentType: 'multipart/form-data',
  } as const;
  return {
    [prepared]: true,
    built: {
      body,
      contentType: 'multipart/form-data',
      rules: { [`$.${partName}`]: rule('contentType', contentType) },
      generators: {},
    },
    header: `multipart/form-data; boundary=${boundary}`,
    headerRules: {
      'Content-Type': {
        combine: 'AND',
        rules: [{ match: 'regex', regex: 'multipart/form-data;(\\s*charset=[^;]*;)?\\s*boundary=.*' }],
      },
    },
  };
}

// The Pact core guesses a part's Content-Type from the file's extension (Rust's mime_guess).
const extensionTypes: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.html': 'text/html',
  '.xml': 'text/xml',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

function partType(file: string): string {
  return extensionTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function readFile(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (cause) {
    throw new SeamError(
      'usage',
      `cannot read the body file ${file}: ${(cause as Error).message}; check the path (relative paths are from ${process.cwd()})`,
      { cause },
    );
  }
}
