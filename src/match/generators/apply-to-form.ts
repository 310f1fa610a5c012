/**
 * Applying generators to an `application/x-www-form-urlencoded` body, as the Rust core's
 * FormUrlEncodedHandler: `$.name` replaces the first `name` parameter, `$.name[1]` the second;
 * other paths change nothing.
 */
import { parseFormPairs } from '../../core/index.ts';
import { parseJsonPath } from '../json-path.ts';
import type { GeneratorContext } from './context.ts';
import { attemptText, type Target } from './targets.ts';

type Pair = [name: string, value: string];

/** The parameter name and occurrence a path names, or undefined for any other path. */
function parameterOf(key: string): { name: string; occurrence: number } | undefined {
  const parsed = parseJsonPath(key);
  if (!parsed.ok) return undefined;
  const [root, field, index, ...rest] = parsed.tokens;
  if (root?.kind !== 'root' || field?.kind !== 'field' || rest.length > 0) return undefined;
  if (index === undefined) return { name: field.name, occurrence: 0 };
  return index.kind === 'index' ? { name: field.name, occurrence: index.index } : undefined;
}

function applyTarget(pairs: Pair[], target: Target, context: GeneratorContext): void {
  const parameter = parameterOf(target.key);
  if (parameter === undefined) return;
  const pair = pairs.filter(([name]) => name === parameter.name)[parameter.occurrence];
  if (pair === undefined) return;
  const value = attemptText(target, context, pair[1]);
  if (value !== undefined) pair[1] = value;
}

/** Applies the targets to form text and encodes it again. */
export function applyToForm(text: string, targets: readonly Target[], context: GeneratorContext): string {
  const pairs: Pair[] = parseFormPairs(text).map(([name, value]) => [name, value ?? '']);
  for (const target of targets) applyTarget(pairs, target, context);
  return new URLSearchParams(pairs).toString();
}
