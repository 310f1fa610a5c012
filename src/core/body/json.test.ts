import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJson, stringifyJson } from './json.ts';
import { jsonEquals } from './json-equality.ts';
import { JsonFloat, type JsonValue } from './json-value.ts';

const value = (text: string): JsonValue => {
  const result = parseJson(text);
  assert.ok(result.ok, text);
  return result.value;
};

describe('parseJson', () => {
  it('keeps a whole decimal apart from an integer', () => {
    assert.deepEqual(value('[1.0, 1, 1.5, 2e2]'), [new JsonFloat(1), 1, 1.5, new JsonFloat(200)]);
  });

  it('keeps integers beyond 2^53 exact', () => {
    assert.deepEqual(value('12345678901234567891'), 12345678901234567891n);
  });

  it('words errors the way serde_json does', () => {
    assert.deepEqual(parseJson('{"a": }'), { ok: false, error: 'expected value at line 1 column 7' });
    assert.deepEqual(parseJson('[1'), { ok: false, error: 'EOF while parsing a list at line 1 column 3' });
  });

  it('parses 100,000 levels of nesting on the slow path without overflowing', () => {
    const text = `${'['.repeat(100_000)}1.0${']'.repeat(100_000)}`;
    assert.equal(parseJson(text).ok, true);
  });

  it('finds whole decimals among strings holding digits, dots and escaped quotes', () => {
    assert.deepEqual(
      { ...(value('{"id":"3e4f","v":"1.0 \\" 2.0","n":[2.0, 7]}') as object) },
      {
        id: '3e4f',
        v: '1.0 " 2.0',
        n: [new JsonFloat(2), 7],
      },
    );
  });

  it('reads one-character escaped keys exactly, even after a backslash key', () => {
    value('{"\\\\": 1}');
    assert.deepEqual(Object.keys(value('{"\\"": 2}') as object), ['"']);
    assert.deepEqual(Object.keys(value('{"\\n": 2}') as object), ['\n']);
  });

  it('reads a __proto__ key as data', () => {
    const parsed = value('{"__proto__": 1.0}') as Record<string, JsonValue>;
    assert.ok(Object.hasOwn(parsed, '__proto__'));
  });
});

describe('stringifyJson', () => {
  it('prints compact JSON with keys sorted and decimals as serde does', () => {
    assert.equal(
      stringifyJson({ b: [1, 'x'], a: new JsonFloat(100), c: 1e21 }),
      '{"a":100.0,"b":[1,"x"],"c":1e21}',
    );
  });

  it('prints 100,000 levels of nesting without overflowing', () => {
    let nested: JsonValue = 'leaf';
    for (let i = 0; i < 100_000; i++) nested = [nested];
    assert.equal(stringifyJson(nested).length, 200_006);
  });
});

describe('jsonEquals', () => {
  it('ignores key order but not the integer/decimal distinction', () => {
    assert.equal(jsonEquals({ a: 1, b: [true] }, { b: [true], a: 1 }), true);
    assert.equal(jsonEquals(1, new JsonFloat(1)), false);
    assert.equal(jsonEquals([1, 2], [1, 2, 3]), false);
  });
});
