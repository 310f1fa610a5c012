import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isSeamError } from '../../core/index.ts';
import { DEFAULT_DATETIME_GENERATOR_FORMAT } from './defaults.ts';
import { formatJavaDate } from './format-java.ts';
import { matchesJavaFormat } from './java-pattern.ts';

const instant = new Date('2001-07-04T19:08:56.235Z');

describe('formatJavaDate', () => {
  it('prints dates, times and offsets in the given zone', () => {
    const la = 'America/Los_Angeles';
    assert.equal(
      formatJavaDate(instant, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", la),
      '2001-07-04T12:08:56.235-07:00',
    );
    assert.equal(formatJavaDate(instant, 'EEE, d MMM yyyy HH:mm:ss Z', la), 'Wed, 4 Jul 2001 12:08:56 -0700');
    assert.equal(formatJavaDate(instant, 'EEE, dd MMM yyyy HH:mm:ss z', la), 'Wed, 04 Jul 2001 12:08:56 PDT');
    assert.equal(formatJavaDate(instant, 'hh:mm a', 'Australia/Sydney'), '05:08 AM');
    assert.equal(formatJavaDate(instant, 'dd/MM/yy', 'Australia/Sydney'), '05/07/01');
  });

  it('prints Z, +hh:mm, GMT forms of the offset as X, x, Z and O do', () => {
    assert.equal(formatJavaDate(instant, 'X|XXX|x|xx|xxx', 'UTC'), 'Z|Z|+00|+0000|+00:00');
    assert.equal(formatJavaDate(instant, 'Z|ZZZZ|ZZZZZ|O|OOOO', 'UTC'), '+0000|GMT|Z|GMT|GMT');
    assert.equal(
      formatJavaDate(instant, 'X|xx|ZZZZZ|O|OOOO', 'Asia/Kolkata'),
      '+0530|+0530|+05:30|GMT+5:30|GMT+05:30',
    );
  });

  it('prints era, quarter, week and day-of fields', () => {
    assert.equal(
      formatJavaDate(instant, 'G GGGG u Q QQQ QQQQ', 'UTC'),
      'AD Anno Domini 2001 3 Q3 3rd quarter',
    );
    assert.equal(formatJavaDate(instant, "YYYY-'W'ww-e D F", 'UTC'), '2001-W27-3 185 1');
    assert.equal(formatJavaDate(instant, 'EEEE MMMM EEEEE MMMMM', 'UTC'), 'Wednesday July W J');
    assert.equal(formatJavaDate(instant, 'A n', 'UTC'), '68936235 235000000');
  });

  it('prints the zone id for VV and prints optional sections', () => {
    assert.equal(formatJavaDate(instant, "HH:mm[:ss]'['VV']'", 'Europe/Warsaw'), '21:08:56[Europe/Warsaw]');
  });

  it('prints the DateTime generator default as chrono does in the Rust core', () => {
    assert.equal(
      formatJavaDate(new Date(0), DEFAULT_DATETIME_GENERATOR_FORMAT, 'Australia/Melbourne'),
      '1970-01-01T10:00:00.000+1000',
    );
  });

  it('throws a SeamError for an invalid pattern or an unknown zone', () => {
    assert.throws(
      () => formatJavaDate(instant, 'yyyy-ii'),
      (error: unknown) => isSeamError(error, 'parse'),
    );
    assert.throws(
      () => formatJavaDate(instant, 'yyyy', 'Mars/Base'),
      (error: unknown) => isSeamError(error, 'usage'),
    );
  });

  it('always prints text that matches the same pattern', () => {
    const patterns = [
      'yyyy-MM-dd',
      'HH:mm:ss',
      "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
      'EEE, dd MMM yyyy HH:mm:ss z',
      "yyyy-MM-dd'T'HH:mm:ssZZZZZ",
      'dd/MM/yy',
      'hh:mm a',
      'K:mm a, zzzz',
      "G yyyy D QQQQ 'week' w W F",
      "YYYY-'W'ww-e c",
      'EEEE d MMMM uuuu',
      'kk A n N',
      "yyyy-MM-dd'T'HH:mm[:ss][.SSS]'['VV']'",
      'O OOOO X XX XXX XXXX XXXXX x xx xxx xxxx xxxxx Z ZZZZ',
      DEFAULT_DATETIME_GENERATOR_FORMAT,
    ];
    const zones = ['UTC', 'America/Los_Angeles', 'Australia/Adelaide', 'Asia/Kathmandu', 'Europe/London'];
    const dates = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, fc.constantFrom(...patterns), fc.constantFrom(...zones), (date, pattern, zone) => {
        const text = formatJavaDate(date, pattern, zone);
        assert.ok(matchesJavaFormat(text, pattern), `'${text}' does not match '${pattern}'`);
      }),
      { seed: 20240501, numRuns: 400 },
    );
  });
});
