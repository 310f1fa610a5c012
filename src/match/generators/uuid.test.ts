import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { generateValue } from './generate-value.ts';
import { createSeededRandom } from './seeded-random.ts';

const context = { mode: 'consumer', random: createSeededRandom(5) } as const;
const hyphenated = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

describe('Uuid', () => {
  it('writes a version 4 UUID lower-case and hyphenated by default', () => {
    assert.match(String(generateValue({ type: 'Uuid' }, context)), new RegExp(`^${hyphenated}$`));
  });

  it('writes each of the V4 formats', () => {
    assert.match(String(generateValue({ type: 'Uuid', format: 'simple' }, context)), /^[0-9a-f]{32}$/);
    assert.match(
      String(generateValue({ type: 'Uuid', format: 'lower-case-hyphenated' }, context)),
      new RegExp(`^${hyphenated}$`),
    );
    assert.match(
      String(generateValue({ type: 'Uuid', format: 'upper-case-hyphenated' }, context)),
      new RegExp(`^${hyphenated.toUpperCase()}$`),
    );
    assert.match(
      String(generateValue({ type: 'Uuid', format: 'URN' }, context)),
      new RegExp(`^urn:uuid:${hyphenated}$`),
    );
  });

  it('throws an invalid-generator error listing the formats for an unknown one', () => {
    assert.throws(
      () => generateValue({ type: 'Uuid', format: 'braces' }, context),
      (error: unknown) =>
        isSeamError(error, 'invalid-generator') &&
        /'format' must be one of .*URN; got 'braces'/.test(error.message),
    );
  });
});
