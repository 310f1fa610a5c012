import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXml, type XmlElement, xmlAttributes, xmlChildElements, xmlName, xmlText } from './xml.ts';

const root = (text: string): XmlElement => {
  const result = parseXml(text);
  assert.ok(result.ok, text);
  return result.root;
};

describe('parseXml', () => {
  it('reports a document that does not parse instead of throwing', () => {
    const result = parseXml('<a><b></a>');
    assert.equal(result.ok, false);
  });

  it('names elements and attributes by namespace URI and local name', () => {
    const element = root('<x:a xmlns:x="urn:x" x:id="1" plain="2"/>');
    assert.equal(xmlName(element), 'urn:x:a');
    assert.deepEqual(
      [...xmlAttributes(element)],
      [
        ['plain', '2'],
        ['urn:x:id', '1'],
      ],
    );
  });

  it('leaves namespace declarations out of the attributes', () => {
    assert.deepEqual([...xmlAttributes(root('<a xmlns="urn:a" xmlns:b="urn:b"/>'))], []);
  });

  it('joins trimmed text and CDATA children, ignoring child elements', () => {
    const element = root('<a> x <b>inner</b> <![CDATA[y]]> </a>');
    assert.equal(xmlText(element), 'xy');
    assert.deepEqual(xmlChildElements(element).map(xmlName), ['b']);
  });

  it('parses 10,000 levels of nesting', () => {
    const text = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    assert.equal(parseXml(text).ok, true);
  });
});
