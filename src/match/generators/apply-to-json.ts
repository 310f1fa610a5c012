/**
 * Applying generators to a JSON document by path (`$`, `$.a.b`, `$.items[0]`, `$.items[*].id`,
 * `$.*`), as the Rust core's JsonHandler: every value a path reaches is replaced; a path that reaches
 * nothing changes nothing (no keys are created); `$` replaces the whole document.
 */
import { isJsonObject, setOwn } from '../../core/index.ts';
import { type PathToken, parseJsonPath } from '../json-path.ts';
import type { GeneratorContext } from './context.ts';
import { attempt, reportIssue, type Target } from './targets.ts';

type Update = (current: unknown) => { value: unknown } | undefined;

function keysAt(node: unknown, token: PathToken): Array<string | number> {
  if (Array.isArray(node)) {
    if (token.kind === 'index') return token.index < node.length ? [token.index] : [];
    return token.kind === 'star' || token.kind === 'star-index' ? node.map((_, index) => index) : [];
  }
  if (!isJsonObject(node)) return [];
  if (token.kind === 'field') return Object.hasOwn(node, token.name) ? [token.name] : [];
  return token.kind === 'star' ? Object.keys(node) : [];
}

function visit(node: unknown, tokens: readonly PathToken[], update: Update): void {
  const [token, ...rest] = tokens;
  if (token === undefined) return;
  for (const key of keysAt(node, token)) {
    const child = (node as Record<string | number, unknown>)[key];
    if (rest.length > 0) visit(child, rest, update);
    else {
      const updated = update(child);
      if (updated !== undefined) setOwn(node as object, key, updated.value);
    }
  }
}

function applyTarget(document: unknown, target: Target, context: GeneratorContext): unknown {
  const parsed = parseJsonPath(target.key);
  if (!parsed.ok) {
    reportIssue(target, context, `'${target.key}' is not a valid path: ${parsed.error}`);
    return document;
  }
  const tokens = parsed.tokens.filter((token) => token.kind !== 'root');
  const update: Update = (current) => attempt(target, context, current);
  if (tokens.length > 0) {
    visit(document, tokens, update);
    return document;
  }
  const updated = update(document);
  return updated === undefined ? document : updated.value;
}

/**
 * Applies the targets in order to a parsed JSON document, changing it in place (pass a fresh copy);
 * returns the document, which is a new value when `$` itself was replaced.
 */
export function applyToJson(
  document: unknown,
  targets: readonly Target[],
  context: GeneratorContext,
): unknown {
  return targets.reduce((current, target) => applyTarget(current, target, context), document);
}
