/**
 * Resolving a ProviderState `expression` against provider-state values, as the Rust core's
 * `parse_expression`: `${name}` placeholders are replaced; an expression that is exactly one
 * placeholder keeps the value's type (`${id}` with id 1000 gives the number 1000); an expression
 * without placeholders is itself a key.
 */

/** The value, or the name of the first key the values lack. */
export type Resolution = { readonly value: unknown } | { readonly missing: string };

/** Thrown for a `${` with no closing `}`. */
export class UnclosedPlaceholderError extends Error {}

function lookup(values: Readonly<Record<string, unknown>>, key: string): Resolution {
  const value = Object.hasOwn(values, key) ? values[key] : undefined;
  return value === undefined ? { missing: key } : { value };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Splits an expression into literal text and placeholder names (`{ key }`). */
function parts(expression: string): Array<string | { readonly key: string }> {
  const out: Array<string | { readonly key: string }> = [];
  let rest = expression;
  for (let start = rest.indexOf('${'); start >= 0; start = rest.indexOf('${')) {
    const end = rest.indexOf('}', start);
    if (end < 0) throw new UnclosedPlaceholderError(`'${expression}' has a '\${' with no closing '}'`);
    if (start > 0) out.push(rest.slice(0, start));
    if (end > start + 2) out.push({ key: rest.slice(start + 2, end) });
    rest = rest.slice(end + 1);
  }
  if (rest !== '') out.push(rest);
  return out;
}

/**
 * Resolves the expression. Throws {@link UnclosedPlaceholderError} for a malformed expression.
 *
 * @example
 * resolveProviderExpression('/orders/${id}', { id: 7 }); // { value: '/orders/7' }
 * resolveProviderExpression('${id}', { id: 7 }); // { value: 7 }
 */
export function resolveProviderExpression(
  expression: string,
  values: Readonly<Record<string, unknown>>,
): Resolution {
  if (!expression.includes('${')) return lookup(values, expression);
  const resolved: unknown[] = [];
  for (const part of parts(expression)) {
    if (typeof part === 'string') resolved.push(part);
    else {
      const found = lookup(values, part.key);
      if ('missing' in found) return found;
      resolved.push(found.value);
    }
  }
  return { value: resolved.length === 1 ? resolved[0] : resolved.map(textOf).join('') };
}
