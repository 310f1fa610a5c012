/**
 * The generators of one category as targets to apply, in the Rust core's order: only those that run
 * in the mode, shallowest paths first (a generator reshaping `$.items` runs before `$.items[*].id`).
 */
import { isSeamError } from '../../core/index.ts';
import { parseJsonPath } from '../json-path.ts';
import type { Generator, GeneratorCategory, Generators } from '../model.ts';
import { appliesInMode, type GeneratorContext } from './context.ts';
import { produceValue } from './generate-value.ts';
import { chargeGenerated } from './limits.ts';

/** One generator to apply, with where it applies. */
export interface Target {
  readonly category: GeneratorCategory;
  readonly key: string;
  readonly generator: Generator;
}

function depth(key: string): number {
  const parsed = parseJsonPath(key);
  return parsed.ok ? parsed.tokens.length : 0;
}

/** The targets of the categories that run in the context's mode, shallowest first. */
export function targetsOf(
  generators: Generators | undefined,
  categories: readonly GeneratorCategory[],
  context: GeneratorContext,
): Target[] {
  const targets = categories.flatMap((category) =>
    Object.entries(generators?.[category] ?? {}).map(([key, generator]) => ({ category, key, generator })),
  );
  return targets
    .filter((target) => appliesInMode(target.generator, context.mode))
    .map((target) => ({ target, depth: depth(target.key) }))
    .sort((a, b) => a.depth - b.depth)
    .map(({ target }) => target);
}

/** Tells the context a target produced nothing; the value stays as it was. */
export function reportIssue(target: Target, context: GeneratorContext, message: string): void {
  context.onIssue?.({
    generator: target.generator.type,
    message,
    category: target.category,
    path: target.key,
  });
}

/**
 * Runs a target's generator on the current value. A value that cannot be produced, or a generator
 * with bad parameters, is reported and gives `undefined` (the Rust core logs and keeps the value).
 * A generator over the size limits (`generator-limit`: one value, or all the values generated with
 * this context) is not caught: the whole request, response or message fails.
 */
export function attempt(
  target: Target,
  context: GeneratorContext,
  current: unknown,
): { value: unknown } | undefined {
  try {
    const produced = produceValue(target.generator, context, current);
    if ('value' in produced) {
      chargeGenerated(context, target.generator, produced.value);
      return produced;
    }
    reportIssue(target, context, produced.skipped);
  } catch (error) {
    if (!isSeamError(error, 'invalid-generator')) throw error;
    reportIssue(target, context, error.message);
  }
  return undefined;
}

/** A generated value as text: strings as they are, anything else as JSON (Rust `json_to_string`). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** {@link attempt} for a text value (header, query parameter, path, XML, form): the result as text. */
export function attemptText(target: Target, context: GeneratorContext, current: string): string | undefined {
  const produced = attempt(target, context, current);
  return produced === undefined ? undefined : asText(produced.value);
}
