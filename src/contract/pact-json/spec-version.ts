/** Reading and writing the specification version of a pact file. */
import { isPlainObject } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';

/** The metadata keys that hold the specification version, newest first. */
export const specVersionKeys = [
  'pactSpecification',
  'pact-specification',
  'pactSpecificationVersion',
] as const;

/**
 * Parses a specification version as written in files (`1.0.0`, `1.1.0`, `2.0.0`, `3.0.0`, `4.0`;
 * also `V4`, `4`). Undefined for anything else.
 *
 * @example
 * parseSpecVersion('1.1.0'); // 'V1_1'
 * parseSpecVersion('4.0'); // 'V4'
 */
export function parseSpecVersion(text: unknown): SpecVersion | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.\d+)?$/i.exec(text.trim());
  if (match === null) return undefined;
  const major = match[1];
  if (major === '1') return match[2] === '1' ? 'V1_1' : 'V1';
  if (major === '2' || major === '3' || major === '4') return `V${major}`;
  return undefined;
}

/**
 * The version string a file of that version declares.
 *
 * @example
 * specVersionText('V3'); // '3.0.0'
 */
export function specVersionText(version: SpecVersion): string {
  return { V1: '1.0.0', V1_1: '1.1.0', V2: '2.0.0', V3: '3.0.0', V4: '4.0' }[version];
}

/**
 * The version declared in a file's metadata (`pactSpecification.version`, the V1
 * `pact-specification.version`, or `pactSpecificationVersion`), or undefined.
 *
 * @example
 * declaredSpecVersion({ pactSpecification: { version: '2.0.0' } }); // 'V2'
 */
export function declaredSpecVersion(metadata: unknown): SpecVersion | undefined {
  if (!isPlainObject(metadata)) return undefined;
  for (const key of specVersionKeys) {
    const value = metadata[key];
    const version = parseSpecVersion(isPlainObject(value) ? value.version : value);
    if (version !== undefined) return version;
  }
  return undefined;
}
