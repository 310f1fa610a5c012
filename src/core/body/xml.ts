/**
 * XML decoding for bodies, on `@xmldom/xmldom`, and the views of an element the matcher compares:
 * its namespace-qualified name, child elements, attributes (namespace declarations excluded) and text.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import { errorMessage, SeamError } from '../errors.ts';

/** An XML element. */
export type XmlElement = Element;

/** A parse outcome: the root element, or the error message. */
export type XmlParseResult =
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly error: string };

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

const parser = new DOMParser({
  locator: false,
  onError: (level, message) => {
    if (level !== 'warning') throw new SeamError('parse', message);
  },
});

/**
 * Parses an XML document; never throws.
 *
 * @example
 * const result = parseXml('<a x="1"><b/></a>');
 * if (result.ok) xmlName(result.root); // 'a'
 */
export function parseXml(text: string): XmlParseResult {
  try {
    const root = parser.parseFromString(text, 'text/xml').documentElement;
    if (root === null) return { ok: false, error: 'missing root element' };
    return { ok: true, root };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

/**
 * The qualified name the reference uses: `namespaceURI:localName`, or the local name alone.
 *
 * @example
 * xmlName(root); // 'urn:alligators:alligator' for <a:alligator xmlns:a="urn:alligators"/>
 */
export function xmlName(node: {
  readonly namespaceURI: string | null;
  readonly localName: string | null;
  readonly nodeName: string;
}): string {
  const local = node.localName ?? node.nodeName;
  return node.namespaceURI ? `${node.namespaceURI}:${local}` : local;
}

/**
 * The child elements of an element, in document order.
 *
 * @example
 * xmlChildElements(root).map(xmlName); // ['b']
 */
export function xmlChildElements(element: XmlElement): XmlElement[] {
  const children: XmlElement[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) children.push(child as XmlElement);
  }
  return children;
}

/**
 * The number of child nodes of any kind (elements, text, comments), as the reference counts them
 * for min/max rules on elements.
 *
 * @example
 * xmlChildNodeCount(root); // 1
 */
export function xmlChildNodeCount(element: XmlElement): number {
  return element.childNodes.length;
}

/**
 * The attributes of an element by qualified name, sorted, without namespace declarations.
 *
 * @example
 * [...xmlAttributes(root)]; // [['x', '1']]
 */
export function xmlAttributes(element: XmlElement): Map<string, string> {
  const pairs: [string, string][] = [];
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes.item(i);
    if (attribute === null || attribute.namespaceURI === XMLNS_NAMESPACE) continue;
    pairs.push([xmlName(attribute), attribute.value]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Map(pairs);
}

/**
 * The text of an element: its own text and CDATA children, each trimmed, joined.
 *
 * @example
 * xmlText(parsed('<a> x <b/> y </a>')); // 'xy'
 */
export function xmlText(element: XmlElement): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      text += (child.nodeValue ?? '').trim();
    }
  }
  return text;
}
