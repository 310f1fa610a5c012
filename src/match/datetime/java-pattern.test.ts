import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { compileJavaPattern, matchesJavaFormat } from './java-pattern.ts';

function accepts(value: string, pattern: string): void {
  assert.equal(matchesJavaFormat(value, pattern), true, `'${value}' should match '${pattern}'`);
}

function rejects(value: string, pattern: string): void {
  assert.equal(matchesJavaFormat(value, pattern), false, `'${value}' should not match '${pattern}'`);
}

describe('matchesJavaFormat', () => {
  it('accepts the examples the Rust core and the Java docs give', () => {
    accepts('2001-01-02', 'yyyy-MM-dd');
    accepts('2001-01-02 12:33:45', 'yyyy-MM-dd HH:mm:ss');
    accepts('2001.07.04 AD at 12:08:56 PDT', "yyyy.MM.dd G 'at' HH:mm:ss z");
    accepts("Wed, Jul 4, '01", "EEE, MMM d, ''yy");
    accepts('12:08 PM', 'h:mm a');
    accepts('0:08 PM, AEST', 'K:mm a, z');
    accepts('02001.July.04 AD 12:08 PM', 'yyyyy.MMMM.dd G hh:mm a');
    accepts('Wed, 4 Jul 2001 12:08:56 -0700', 'EEE, d MMM yyyy HH:mm:ss Z');
    accepts('010704120856-0700', 'yyMMddHHmmssZ');
    accepts('2001-07-04T12:08:56.235-0700', "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    accepts('2001-07-04T12:08:56.235Z', "yyyy-MM-dd'T'HH:mm:ss.SSSX");
    accepts('2001-07-04T12:08:56.235-07:00', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
    accepts('2001-W27-3', "YYYY-'W'ww-e");
    accepts('2020-01-01T10:00+01:00[Europe/Warsaw]', "yyyy-MM-dd'T'HH:mmXXX'['VV']'");
  });

  it('rejects out-of-range fields', () => {
    rejects('2001-13-02', 'yyyy-MM-dd');
    rejects('2001-00-02', 'yyyy-MM-dd');
    rejects('2001-01-32', 'yyyy-MM-dd');
    rejects('2001-01-02 25:33:45', 'yyyy-MM-dd HH:mm:ss');
    rejects('12:60', 'HH:mm');
    rejects('0', 'h');
    rejects('12', 'KK');
    rejects('25', 'kk');
    rejects('1000', 'SS');
    rejects('367', 'D');
    rejects('Q5', 'QQQ');
    rejects('5th quarter', 'QQQQ');
  });

  it('rejects a day that does not exist in its month and year', () => {
    rejects('2023-02-29', 'yyyy-MM-dd');
    accepts('2024-02-29', 'yyyy-MM-dd');
    rejects('2024-04-31', 'yyyy-MM-dd');
    accepts('02-29', 'MM-dd');
    rejects('2023 366', 'yyyy D');
  });

  it('rejects a weekday, AM/PM or quarter that contradicts the rest of the value', () => {
    rejects('Thu, 4 Jul 2001', 'EEE, d MMM yyyy');
    rejects('13:00 AM', 'HH:mm a');
    accepts('13:00 PM', 'HH:mm a');
    rejects('Q1 2001-05', 'QQQ yyyy-MM');
  });

  it('requires the width a doubled letter gives, and allows one or two digits for a single letter', () => {
    rejects('2001-1-2', 'yyyy-MM-dd');
    accepts('2001-1-2', 'yyyy-M-d');
    accepts('2001-10-12', 'yyyy-M-d');
    rejects('100', 'MM');
    rejects('20', 'yyyy');
    accepts('20', 'yy');
    accepts('5', 'y');
  });

  it('reads adjacent numeric fields by their widths', () => {
    accepts('20240131', 'yyyyMMdd');
    rejects('20240231', 'yyyyMMdd');
  });

  it('matches month and day names in their short, full and narrow forms, in any case', () => {
    accepts('jan', 'MMM');
    accepts('December', 'MMMM');
    rejects('october', 'MMM');
    rejects('jan', 'M');
    accepts('J', 'MMMMM');
    accepts('Tue', 'EEE');
    accepts('Tuesday', 'EEEE');
    rejects('3', 'E');
    accepts('3', 'e');
    accepts('7', 'c');
    rejects('0', 'c');
  });

  it('matches the quarter forms', () => {
    accepts('2', 'Q');
    accepts('02', 'qq');
    accepts('Q2', 'QQQ');
    accepts('2nd quarter', 'QQQQ');
    rejects('Q2', 'QQ');
  });

  it('matches the era, AM/PM, milli- and nano-of-day fields', () => {
    accepts('ad', 'G');
    accepts('BC', 'GGG');
    accepts('Anno Domini', 'GGGG');
    rejects('BX', 'G');
    accepts('am', 'a');
    accepts('PM', 'a');
    rejects('PX', 'a');
    accepts('35392790', 'A');
    accepts('35392790', 'n');
    accepts('35392790000', 'N');
  });

  it('matches offsets in the forms of X, x, Z and O', () => {
    accepts('Z', 'X');
    rejects('Z', 'x');
    accepts('+08', 'X');
    accepts('-0730', 'X');
    accepts('-0730', 'xx');
    accepts('+08:00', 'xxx');
    accepts('-073000', 'XXXX');
    accepts('-07:30:00', 'XXXXX');
    rejects('1100', 'XX');
    rejects('+10', 'xx');
    rejects('-0730', 'XXX');
    rejects('-07:30', 'XXXX');
    accepts('-0700', 'Z');
    rejects('Z', 'Z');
    rejects('-2400', 'Z');
    accepts('GMT+10:00', 'ZZZZ');
    accepts('GMT', 'ZZZZ');
    accepts('+10:00', 'ZZZZZ');
    accepts('GMT-7', 'O');
    accepts('UTC+9:30', 'O');
    accepts('GMT+08:00', 'OOOO');
    rejects('GMT+08', 'OOOO');
  });

  it('matches zone abbreviations, full names and ids it knows', () => {
    accepts('AEST', 'z');
    accepts('UTC', 'z');
    rejects('aest', 'z');
    rejects('XYZ', 'z');
    accepts('Pacific Standard Time', 'zzzz');
    accepts('America/Los_Angeles', 'VV');
    rejects('Mars/Olympus', 'VV');
  });

  it('treats quoted text and doubled quotes as literals', () => {
    accepts("12 o'clock", "hh 'o''clock'");
    accepts('dd-MM-yyyy', "'dd-MM-yyyy'");
    rejects('elo', "'ello'");
  });

  it('accepts values with or without an optional section', () => {
    const pattern = "yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX";
    accepts('2024-05-01T10:20Z', pattern);
    accepts('2024-05-01T10:20:30Z', pattern);
    accepts('2024-05-01T10:20:30.123+02:00', pattern);
    rejects('2024-05-01T10:20:3Z', pattern);
  });

  it('rejects empty and partial values', () => {
    rejects('', 'yyyy');
    rejects('2024-05', 'yyyy-MM-dd');
    rejects('2024-05-01 ', 'yyyy-MM-dd');
  });

  it('throws a parse SeamError naming the problem for an invalid pattern', () => {
    for (const [pattern, reason] of [
      ['MMMMMM', /too many pattern letters 'M'/],
      ['aa', /too many pattern letters 'a'/],
      ['yyyy-bb', /unknown pattern letter 'b'/],
      ["yyyy 'T", /never closed/],
      ['HH]', /closes no optional section/],
      ['ddd', /too many pattern letters 'd'/],
    ] as const) {
      assert.throws(
        () => matchesJavaFormat('x', pattern),
        (error: unknown) => isSeamError(error, 'parse') && reason.test(error.message),
        pattern,
      );
    }
  });

  it('compiles each pattern once', () => {
    assert.equal(compileJavaPattern('yyyy-MM-dd HH'), compileJavaPattern('yyyy-MM-dd HH'));
  });
});
