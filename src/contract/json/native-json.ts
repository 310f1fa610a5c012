/** When native `JSON.stringify` writes a value exactly as seam's own JSON writer does. */

/**
 * True when `value` is plain JSON data nested at most `maxDepth` containers deep (the value itself
 * at depth 0): objects with the plain prototype (or none) and no `toJSON`, arrays, strings,
 * numbers, booleans, null, and undefined inside containers. Anything else (class instances such
 * as Date or Buffer, functions, symbols, bigints) is written differently by `JSON.stringify`.
 * Walks without recursion, so deep values cost no stack.
 *
 * @example
 * isNativeJsonSafe({ a: [1, null] }, 64); // true
 * isNativeJsonSafe({ at: new Date() }, 64); // false
 */
export function isNativeJsonSafe(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ readonly item: object; readonly depth: number }> = [];
  const visit = (item: unknown, depth: number): boolean => {
    if (item === null || item === undefined) return true;
    const type = typeof item;
    if (type === 'string' || type === 'number' || type === 'boolean') return true;
    if (type !== 'object' || depth > maxDepth || !isPlainContainer(item as object)) return false;
    stack.push({ item: item as object, depth });
    return true;
  };
  if (!visit(value, 0)) return false;
  while (stack.length > 0) {
    const { item, depth } = stack.pop() as { item: object; depth: number };
    const children: readonly unknown[] = Array.isArray(item) ? item : Object.values(item);
    for (const child of children) if (!visit(child, depth + 1)) return false;
  }
  return true;
}

function isPlainContainer(item: object): boolean {
  const prototype = Object.getPrototypeOf(item);
  if (Array.isArray(item)) return prototype === Array.prototype;
  if (prototype !== Object.prototype && prototype !== null) return false;
  return typeof (item as { toJSON?: unknown }).toJSON !== 'function';
}
