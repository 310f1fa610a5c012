/** The kernel shared by every capability. */
export * from './body/index.ts';
export { type Clock, systemClock } from './clock.ts';
export {
  errorCode,
  errorMessage,
  isSeamError,
  SeamError,
  type SeamErrorCode,
  type SeamErrorOptions,
} from './errors.ts';
export { escapeMarkup } from './escape-markup.ts';
export * from './http/index.ts';
export { listJsonFiles } from './json-files.ts';
export { makeDirectory } from './make-directory.ts';
export { type DefinedOnly, definedOnly, isPlainObject, setOwn } from './objects.ts';
export { withTimeout } from './with-timeout.ts';
