/** Setting a key as an own property, so that `__proto__` from a pact file stays data. */

/** Sets `key` on `target` as an own enumerable property. */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
