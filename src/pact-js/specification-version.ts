/** pact-js's `SpecificationVersion` numbers and what they mean to seam's pact writer. */
import { SeamError } from '../core/index.ts';

/**
 * The pact specification a pact-js pact is written in, with pact-js's names and numbers.
 *
 * @example
 * new PactV3({ consumer: 'web', provider: 'orders', spec: SpecificationVersion.SPECIFICATION_VERSION_V3 });
 */
export const SpecificationVersion = Object.freeze({
  SPECIFICATION_VERSION_V2: 3,
  SPECIFICATION_VERSION_V3: 4,
  SPECIFICATION_VERSION_V4: 5,
} as const);

/**
 * One of the {@link SpecificationVersion} numbers.
 *
 * @example
 * const spec: SpecificationVersion = SpecificationVersion.SPECIFICATION_VERSION_V4;
 */
export type SpecificationVersion = (typeof SpecificationVersion)[keyof typeof SpecificationVersion];

/**
 * The seam spec of a pact-js spec number; `fallback` when none is given. seam writes V3 and V4.
 *
 * @throws SeamError `unsupported` for V2, `usage` for a number pact-js does not define.
 * @example
 * seamSpec(SpecificationVersion.SPECIFICATION_VERSION_V3, 'V4'); // 'V3'
 */
export function seamSpec(spec: number | undefined, fallback: 'V3' | 'V4'): 'V3' | 'V4' {
  if (spec === undefined) return fallback;
  if (spec === SpecificationVersion.SPECIFICATION_VERSION_V3) return 'V3';
  if (spec === SpecificationVersion.SPECIFICATION_VERSION_V4) return 'V4';
  if (spec === SpecificationVersion.SPECIFICATION_VERSION_V2)
    throw new SeamError(
      'unsupported',
      'seam/pact-js writes V3 and V4 pacts, not V2: use SpecificationVersion.SPECIFICATION_VERSION_V3 (V2 files can still be verified)',
    );
  throw new SeamError('usage', `spec ${String(spec)} is not a SpecificationVersion (3 = V2, 4 = V3, 5 = V4)`);
}
