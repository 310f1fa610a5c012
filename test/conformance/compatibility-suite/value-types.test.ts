import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valueAt } from './body-values.ts';
import { assertValueType } from './value-types.ts';

describe('assertValueType', () => {
  const cases: ReadonlyArray<readonly [string, unknown, unknown]> = [
    ['integer', 42, 4.2],
    ['decimal number', 4.25, 'a4.25'],
    ['hexadecimal number', 'a1F0', 'xyz'],
    ['random string', 'Ab3', 12],
    ['string from the regex', '1234', 'abcd'],
    ['date', '2024-01-31', '31/01/2024'],
    ['time', '10:11:12', '10h11'],
    ['date-time', '2024-01-31T10:11:12.123+00:00', '2024-01-31'],
    ['UUID', '0e3f3c3a-1c1d-4d4e-8f8f-0a0b0c0d0e0f', 'not-a-uuid'],
    ['simple UUID', '0e3f3c3a1c1d4d4e8f8f0a0b0c0d0e0f', '0e3f3c3a-1c1d-4d4e-8f8f-0a0b0c0d0e0f'],
    [
      'lower-case-hyphenated UUID',
      '0e3f3c3a-1c1d-4d4e-8f8f-0a0b0c0d0e0f',
      '0E3F3C3A-1C1D-4D4E-8F8F-0A0B0C0D0E0F',
    ],
    [
      'upper-case-hyphenated UUID',
      '0E3F3C3A-1C1D-4D4E-8F8F-0A0B0C0D0E0F',
      '0e3f3c3a-1c1d-4d4e-8f8f-0a0b0c0d0e0f',
    ],
    ['URN UUID', 'urn:uuid:0e3f3c3a-1c1d-4d4e-8f8f-0a0b0c0d0e0f', '0e3f3c3a-1c1d-4d4e-8f8f-0a0b0c0d0e0f'],
    ['boolean', true, 'yes'],
  ];
  for (const [type, good, bad] of cases) {
    it(`accepts a ${type} and refuses a value of another shape`, () => {
      assertValueType(type, good);
      assert.throws(() => assertValueType(type, bad));
    });
  }

  it('refuses a type it does not know', () => {
    assert.throws(() => assertValueType('colour', 'red'), /Invalid type/);
  });
});

describe('valueAt', () => {
  it('follows fields, quoted fields and indexes', () => {
    const json = { one: { 'b c': [1, { d: 'x' }] } };
    assert.equal(valueAt(json, "$.one['b c'][1].d"), 'x');
    assert.equal(valueAt(json, '$.two'), undefined);
    assert.throws(() => valueAt(json, '$.*'), /more than one/);
  });
});
