/**
 * Uuid {format}: a random (version 4) UUID, written `lower-case-hyphenated` (the default),
 * `upper-case-hyphenated`, `simple` (32 hex digits) or `URN` (`urn:uuid:…`).
 */
import type { Generator } from '../model.ts';
import type { GeneratorContext, Produced } from './context.ts';
import { invalidParameter, stringParameter } from './parameters.ts';
import { randomInt, randomSource } from './random.ts';

const FORMATS = ['lower-case-hyphenated', 'upper-case-hyphenated', 'simple', 'URN'] as const;

type UuidFormat = (typeof FORMATS)[number];

function isUuidFormat(format: string): format is UuidFormat {
  return (FORMATS as readonly string[]).includes(format);
}

/** A lower-case hyphenated version 4 UUID from the random source. */
export function randomUuid(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => randomInt(random, 0, 255));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function write(uuid: string, format: UuidFormat): string {
  if (format === 'upper-case-hyphenated') return uuid.toUpperCase();
  if (format === 'simple') return uuid.replaceAll('-', '');
  return format === 'URN' ? `urn:uuid:${uuid}` : uuid;
}

/** Produces a Uuid value. */
export function produceUuid(generator: Generator, context: GeneratorContext): Produced {
  const format = stringParameter(generator, 'format') ?? 'lower-case-hyphenated';
  if (!isUuidFormat(format)) {
    throw invalidParameter(generator, 'format', `must be one of ${FORMATS.join(', ')}; got '${format}'`);
  }
  return { value: write(randomUuid(randomSource(context)), format) };
}
