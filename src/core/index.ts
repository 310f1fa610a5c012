/** The kernel shared by every capability. */
export { isSeamError, SeamError, type SeamErrorCode, type SeamErrorOptions } from './errors.ts';
