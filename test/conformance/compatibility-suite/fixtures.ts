/**
 * Loads the suite's fixtures the way its README describes: `file: x.json` (content typed by extension),
 * `JSON: …` and `XML: …` inline, `*-body.xml` body descriptors, and JSON fragment files in pact-file
 * format (matching rules, generators).
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { Body } from '../../../src/match/model.ts';
import { conformanceDir } from '../corpus.ts';

/** A body built from a table cell, and the content type the part's `Content-Type` header gets. */
export interface LoadedBody {
  readonly body: Body;
  readonly contentType: string;
}

export function fixturePath(name: string): string {
  return conformanceDir('pact-compatibility-suite', 'fixtures', name);
}

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(name)));
}

/** A JSON cell: `JSON: {…}` inline, or the name of a fixture file holding JSON. */
export function readJsonCell(cell: string): unknown {
  const text = cell.startsWith('JSON:')
    ? cell.slice('JSON:'.length).trim()
    : readFileSync(fixturePath(cell.trim()), 'utf8');
  return JSON.parse(text);
}

const extensionTypes: ReadonlyArray<readonly [string, string]> = [
  ['.json', 'application/json'],
  ['.xml', 'application/xml'],
  ['.jpg', 'image/jpeg'],
  ['.pdf', 'application/pdf'],
];

/** The content type of a cell by its extension, else the part's current one, else text/plain. */
export function contentTypeOf(cell: string, current?: string): string {
  const found = extensionTypes.find(([extension]) => cell.endsWith(extension));
  return found?.[1] ?? current ?? 'text/plain';
}

/**
 * A body cell as the reference's `setup_body` reads it. `contentType` is the table's `content type`
 * column; `current` the part's Content-Type so far. `EMPTY` is an empty body of that type.
 */
export function loadBody(cell: string, contentType?: string, current?: string): LoadedBody {
  if (cell.startsWith('JSON:')) return presentBody(cell.slice('JSON:'.length).trim(), 'application/json');
  if (cell.startsWith('XML:')) return presentBody(cell.slice('XML:'.length).trim(), 'application/xml');
  if (cell.startsWith('file:')) {
    const name = cell.slice('file:'.length).trim();
    if (name.endsWith('-body.xml')) return readBodyDescriptor(readFileSync(fixturePath(name), 'utf8'));
    const type = contentType ?? contentTypeOf(name, current);
    return { body: { state: 'present', content: readFixture(name), contentType: type }, contentType: type };
  }
  const type = contentType ?? contentTypeOf(cell, current);
  if (cell === 'EMPTY') return { body: { state: 'empty', contentType: type }, contentType: type };
  return presentBody(cell, type);
}

function presentBody(text: string, contentType: string): LoadedBody {
  return { body: { state: 'present', content: new TextEncoder().encode(text), contentType }, contentType };
}

/**
 * A `*-body.xml` descriptor: `<contentType>` and `<contents>`, each child text or CDATA trimmed and
 * joined, `eol="CRLF"` turning line ends into CRLF, `encoding="base64"` decoding the contents.
 */
export function readBodyDescriptor(xml: string): LoadedBody {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (root === null) throw new Error('Body descriptor has no root element');
  const contentType = elementText(root, 'contentType') ?? 'text/plain';
  const contents = childElement(root, 'contents');
  let text = contents === undefined ? '' : joinedText(contents);
  if (contents?.getAttribute('eol') === 'CRLF') text = text.replace(/\r?\n/g, '\r\n');
  const content =
    contents?.getAttribute('encoding') === 'base64'
      ? new Uint8Array(Buffer.from(text, 'base64'))
      : new TextEncoder().encode(text);
  return { body: { state: 'present', content, contentType }, contentType };
}

function childElement(parent: Element, name: string): Element | undefined {
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE && (node as Element).localName === name) return node as Element;
  }
  return undefined;
}

function elementText(parent: Element, name: string): string | undefined {
  const element = childElement(parent, name);
  return element === undefined ? undefined : joinedText(element);
}

function joinedText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) {
      text += (node.nodeValue ?? '').trim();
    }
  }
  return text;
}

/** A metadata cell: `JSON: …` is that JSON value, anything else the text itself. */
export function metadataValue(cell: string): unknown {
  return cell.startsWith('JSON:') ? JSON.parse(cell.slice('JSON:'.length).trim()) : cell;
}
