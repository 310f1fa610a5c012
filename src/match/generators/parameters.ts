/**
 * Reading generator parameters. Absent numbers take the Rust core's defaults; numbers may be
 * written as strings (as the Rust core accepts). A parameter of the wrong kind is a
 * `SeamError('invalid-generator')` naming the generator and the parameter.
 */
import { SeamError } from '../../core/index.ts';
import type { Generator } from '../model.ts';

/** The error for a bad parameter: `RandomInt generator: 'min' must be an integer, got "x"`. */
export function invalidParameter(
  generator: Generator,
  name: string,
  problem: string,
  cause?: unknown,
): SeamError {
  return new SeamError('invalid-generator', `${generator.type} generator: '${name}' ${problem}`, { cause });
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** An integer parameter of at least `min`, or `fallback` when absent. */
export function integerParameter(
  generator: Generator,
  name: string,
  fallback: number,
  min = -Infinity,
): number {
  const raw = generator[name];
  if (raw === undefined || raw === null) return fallback;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalidParameter(generator, name, `must be an integer, got ${describe(raw)}`);
  }
  if (value < min) throw invalidParameter(generator, name, `must be at least ${min}, got ${value}`);
  return value;
}

/** A text parameter (numbers and booleans are taken as their text, as in the Rust core), or undefined. */
export function stringParameter(generator: Generator, name: string): string | undefined {
  const raw = generator[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  throw invalidParameter(generator, name, `must be a string, got ${describe(raw)}`);
}

/** A text parameter that must be present. */
export function requiredString(generator: Generator, name: string): string {
  const value = stringParameter(generator, name);
  if (value === undefined) throw invalidParameter(generator, name, 'is required');
  return value;
}
