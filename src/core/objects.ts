/**
 * The object primitives every capability shares: one plain-object check, one own-property setter,
 * one way to drop undefined fields.
 */

/**
 * True for an object that is not null and not an array: a JSON object once parsed.
 *
 * @example
 * isPlainObject({ a: 1 }); // true
 * isPlainObject([1]); // false
 * isPlainObject(null); // false
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sets an own enumerable property, even one named `__proto__`, so keys read from files stay data and
 * never touch prototypes.
 *
 * @example
 * const map: Record<string, number> = {};
 * setOwn(map, '__proto__', 1); // Object.keys(map) → ['__proto__']
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void;
export function setOwn(target: object, key: string | number, value: unknown): void;
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `T` with each field that may be undefined made optional instead, as {@link definedOnly} returns it. */
export type DefinedOnly<T extends object> = {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
} & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/**
 * A copy of `value` without the fields that are undefined, so optional options can be written
 * `definedOnly({ a, b })` instead of one `...(a === undefined ? {} : { a })` spread each (which
 * `exactOptionalPropertyTypes` requires).
 *
 * @example
 * definedOnly({ a: 1, b: undefined }); // { a: 1 }
 */
export function definedOnly<T extends object>(value: T): DefinedOnly<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, inner]) => inner !== undefined),
  ) as DefinedOnly<T>;
}
