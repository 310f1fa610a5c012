import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSeamError } from '../../core/index.ts';
import { generateValue } from './generate-value.ts';
import { stripAnchors, toJavaScriptRegex } from './java-regex.ts';
import { createSeededRandom } from './seeded-random.ts';

function matcher(regex: string): RegExp {
  const { source, flags } = toJavaScriptRegex(stripAnchors(regex));
  return new RegExp(`^(?:${source})$`, flags);
}

describe('Regex generator', () => {
  it('always produces a string the regular expression matches', () => {
    const regexes = [
      '\\d{1,8}',
      '^\\/api\\/families\\/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$',
      '\\d{4}\\w{1,4}',
      '(GET|POST|PUT)\\s/orders/\\d+',
      '(?i)[a-z]{3}-\\p{Digit}++',
      '\\Q$1.00\\E|free',
      '[A-Z][a-z]*(?: [A-Z][a-z]*)*',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...regexes), fc.integer(), (regex, seed) => {
        const value = generateValue(
          { type: 'Regex', regex },
          { mode: 'consumer', random: createSeededRandom(seed) },
        );
        assert.equal(typeof value, 'string');
        assert.match(value as string, matcher(regex));
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it('bounds unbounded repeats at 20, as the Rust core', () => {
    for (let seed = 0; seed < 20; seed++) {
      const value = generateValue(
        { type: 'Regex', regex: 'a+' },
        { mode: 'consumer', random: createSeededRandom(seed) },
      );
      assert.ok(String(value).length <= 20);
    }
  });

  it('throws an invalid-generator error for a regex it cannot use, or none', () => {
    const invalid = (error: unknown) =>
      isSeamError(error, 'invalid-generator') && /Regex generator: 'regex'/.test(error.message);
    assert.throws(() => generateValue({ type: 'Regex', regex: '(unclosed' }, { mode: 'consumer' }), invalid);
    assert.throws(() => generateValue({ type: 'Regex' }, { mode: 'consumer' }), invalid);
  });
});
