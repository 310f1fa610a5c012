import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseContentType, formatContentType, parseContentType } from './content-type.ts';
import {
  isBinaryContentType,
  isEquivalentContentType,
  isJsonContentType,
  isTextContentType,
  isUnknownContentType,
  isXmlContentType,
} from './content-type-kinds.ts';

const parse = (text: string) => {
  const parsed = parseContentType(text);
  assert.ok(parsed, `${text} should parse`);
  return parsed;
};

describe('parseContentType', () => {
  it('lower-cases the type and the charset and splits off a suffix', () => {
    assert.deepEqual(parseContentType('Application/HAL+JSON; Charset=UTF-8'), {
      type: 'application',
      subtype: 'hal',
      suffix: 'json',
      parameters: { charset: 'utf-8' },
    });
  });

  it('returns undefined for a value that is not type/subtype', () => {
    assert.equal(parseContentType('json'), undefined);
    assert.equal(parseContentType('application/json; broken'), undefined);
  });

  it('formats parameters sorted, as the reference prints them', () => {
    assert.equal(formatContentType(parse('text/plain; b=2; a=1')), 'text/plain;a=1;b=2');
  });

  it('reduces a suffixed type to its suffix for the base type', () => {
    assert.equal(
      formatContentType(baseContentType(parse('application/atom+xml; charset=utf-8'))),
      'application/xml',
    );
  });
});

describe('content type kinds', () => {
  it('recognises JSON, XML, text and binary families', () => {
    assert.equal(isJsonContentType(parse('application/vnd.siren+json')), true);
    assert.equal(isXmlContentType(parse('text/xml')), true);
    assert.equal(isTextContentType(parse('text/csv')), true);
    assert.equal(isBinaryContentType(parse('image/jpeg')), true);
    assert.equal(isJsonContentType(parse('text/javascript')), false);
  });

  it('treats */* as unknown', () => {
    assert.equal(isUnknownContentType(parse('*/*')), true);
  });

  it('tolerates extra parameters on the actual type but not a different value', () => {
    assert.equal(
      isEquivalentContentType(parse('application/json'), parse('application/json;charset=utf-8')),
      true,
    );
    assert.equal(
      isEquivalentContentType(
        parse('application/json;charset=utf-16'),
        parse('application/json;charset=utf-8'),
      ),
      false,
    );
  });
});

describe('schema-registry JSON', () => {
  it('is recognised by its media type, and its 5-byte header is skipped when present', async () => {
    const { isSchemaRegistryJsonContentType, parseContentType, schemaRegistryPayload } = await import(
      './index.ts'
    );
    const type = (text: string) => parseContentType(text) ?? assert.fail(text);
    assert.equal(isSchemaRegistryJsonContentType(type('application/vnd.schemaregistry.v1+json')), true);
    assert.equal(isSchemaRegistryJsonContentType(type('application/vnd.schemaregistry+json')), true);
    assert.equal(isSchemaRegistryJsonContentType(type('application/vnd.schemaregistry.v1+avro')), false);
    assert.equal(isSchemaRegistryJsonContentType(type('application/json')), false);
    const json = new TextEncoder().encode('{"a":1}');
    assert.deepEqual(schemaRegistryPayload(Uint8Array.of(0, 0, 0, 0, 2, ...json)), json);
    assert.deepEqual(schemaRegistryPayload(json), json);
  });
});
