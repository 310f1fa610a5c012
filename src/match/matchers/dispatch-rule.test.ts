import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JsonFloat } from '../../core/index.ts';
import {
  matchBytesRule,
  matchJsonRule,
  matchListRule,
  matchMapRule,
  matchStatusRule,
  matchTextRule,
} from './dispatch-rule.ts';

const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n');
const list = (items: readonly (number | string)[]) => ({ items, text: false });

describe('equality', () => {
  it('shows values with their types for JSON', () => {
    assert.equal(
      matchJsonRule({ match: 'equality' }, 'OK', 'Lovely', false),
      "Expected 'Lovely' (String) to be equal to 'OK' (String)",
    );
    assert.equal(
      matchJsonRule({ match: 'equality' }, 1, new JsonFloat(1), false),
      'Expected 1.0 (Decimal) to be equal to 1 (Integer)',
    );
  });

  it('quotes text values', () => {
    assert.equal(matchTextRule({ match: 'equality' }, 'b', 'c', false), "Expected 'c' to be equal to 'b'");
  });
});

describe('regex', () => {
  it('requires the whole value to match, as the reference does', () => {
    assert.equal(matchTextRule({ match: 'regex', regex: '\\d{1,4}' }, '', '1000', false), undefined);
    assert.equal(
      matchTextRule({ match: 'regex', regex: '\\d{1,4}' }, '', '123ABC', false),
      "Expected '123ABC' to match '\\d{1,4}'",
    );
  });

  it('reports a pattern that does not compile instead of throwing', () => {
    assert.match(
      matchTextRule({ match: 'regex', regex: '(' }, '', 'x', false) ?? '',
      /^'\(' is not a valid regular expression - /,
    );
  });

  it('matches JSON values by their text', () => {
    assert.equal(matchJsonRule({ match: 'regex', regex: '\\d+' }, 1, 100, false), undefined);
  });
});

describe('type', () => {
  it('compares JSON types', () => {
    assert.equal(
      matchJsonRule({ match: 'type' }, 'a', 100, false),
      "Expected 100 (Integer) to be the same type as 'a' (String)",
    );
    assert.equal(matchJsonRule({ match: 'type' }, 1, 1.5, false), undefined);
  });

  it('checks list sizes only where the rule is defined', () => {
    assert.equal(
      matchListRule({ match: 'type', min: 1, max: 4 }, list([1]), list([]), false),
      'Expected [] (size 0) to have minimum size of 1',
    );
    assert.equal(
      matchListRule({ match: 'type', min: 1, max: 4 }, list([1]), list([1, 2, 3, 4, 5]), false),
      'Expected [1, 2, 3, 4, 5] (size 5) to have maximum size of 4',
    );
    assert.equal(matchListRule({ match: 'type', min: 1 }, list([1]), list([]), true), undefined);
  });
});

describe('include, number, null, boolean', () => {
  it('words each failure as the reference does', () => {
    assert.equal(
      matchJsonRule({ match: 'include', value: 'a' }, 'a', 'dog', false),
      "Expected 'dog' to include 'a'",
    );
    assert.equal(
      matchJsonRule({ match: 'number' }, 1, true, false),
      'Expected true (Boolean) to be a number',
    );
    assert.equal(
      matchJsonRule({ match: 'integer' }, 1, 100.1, false),
      'Expected 100.1 (Decimal) to be an integer',
    );
    assert.equal(
      matchJsonRule({ match: 'decimal' }, 1, 100, false),
      'Expected 100 (Integer) to be a decimal number',
    );
    assert.equal(
      matchJsonRule({ match: 'null' }, null, '', false),
      "Expected '' (String) to be a null value",
    );
    assert.equal(
      matchJsonRule({ match: 'boolean' }, true, '', false),
      "Expected '' (String) to match a boolean",
    );
  });

  it('accepts numbers written as text in text values but not in JSON', () => {
    assert.equal(matchTextRule({ match: 'number' }, '1', '100.2', false), undefined);
    assert.equal(matchTextRule({ match: 'integer' }, '1', '100', false), undefined);
    assert.equal(
      matchTextRule({ match: 'integer' }, '1', '100.2', false),
      "Expected '100.2' to match an integer number",
    );
    assert.equal(
      matchJsonRule({ match: 'number' }, 1, '100', false),
      "Expected '100' (String) to be a number",
    );
  });
});

describe('date, time and timestamp', () => {
  it('checks the Java DateTimeFormatter pattern, with the reference defaults', () => {
    assert.equal(matchJsonRule({ match: 'date', format: 'yyyy-MM-dd' }, '', '2023-07-19', false), undefined);
    assert.match(
      matchJsonRule({ match: 'date', format: 'yyyy-MM-dd' }, '', '23/07/19', false) ?? '',
      /^Expected '23\/07\/19' to match a date pattern of 'yyyy-MM-dd'/,
    );
    assert.equal(matchTextRule({ match: 'time' }, '', '10:20:30', false), undefined);
  });
});

describe('contentType', () => {
  it('detects the type of binary content from its bytes', () => {
    assert.equal(
      matchBytesRule({ match: 'contentType', value: 'image/jpeg' }, new Uint8Array(), jpeg, false),
      undefined,
    );
    assert.equal(
      matchBytesRule({ match: 'contentType', value: 'image/jpeg' }, new Uint8Array(), pdf, false),
      "Expected binary contents to have content type 'image/jpeg' but detected contents was 'application/pdf'",
    );
  });

  it('sniffs text content as JSON, XML or plain text', () => {
    const json = new TextEncoder().encode('{"a": 1}');
    assert.equal(
      matchBytesRule({ match: 'contentType', value: 'application/json' }, json, json, false),
      undefined,
    );
  });
});

describe('notEmpty, semver, statusCode', () => {
  it('words each failure as the reference does', () => {
    assert.equal(
      matchJsonRule({ match: 'notEmpty' }, 'a', '', false),
      "Expected '' (String) to not be empty",
    );
    assert.equal(
      matchListRule({ match: 'notEmpty' }, list([1]), list([]), false),
      'Expected [] (Array) to not be empty',
    );
    assert.equal(
      matchBytesRule({ match: 'notEmpty' }, new Uint8Array(1), new Uint8Array(), false),
      'Expected [] (0 bytes) to not be empty',
    );
    assert.equal(
      matchMapRule({ match: 'notEmpty' }, { a: 1 }, {}, false),
      'Expected {} (Map) to not be empty',
    );
    assert.match(
      matchJsonRule({ match: 'semver' }, '', '1.0', false) ?? '',
      /^'1\.0' is not a valid semantic version - /,
    );
    assert.equal(matchJsonRule({ match: 'semver' }, '', '1.0.0-rc.1+build.5', false), undefined);
    assert.equal(
      matchStatusRule({ match: 'statusCode', status: 'success' }, 200, 400, false),
      'Expected status code 400 to be a Successful response (200–299)',
    );
    assert.equal(matchStatusRule({ match: 'statusCode', status: [200, 201] }, 200, 201, false), undefined);
  });
});

describe('rules that do not apply to a kind of value', () => {
  it('fail with "Unable to match" unless they only cascaded there and do not cascade', () => {
    assert.equal(matchTextRule({ match: 'null' }, '', 'x', false), "Unable to match 'x' using Null");
    assert.equal(matchTextRule({ match: 'eachKey', rules: [] }, '', 'x', true), undefined);
  });
});
