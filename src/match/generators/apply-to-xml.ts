/**
 * Applying generators to an XML document, as the Rust core's XmlHandler: paths name elements by
 * their prefixed name from the root (`$.order.item`, `*` for any), then `['#text']` for the text of
 * the element or `['@id']` for an attribute. All text nodes of a matched element are replaced (one
 * is added when it has none); attributes are only replaced, never added.
 */
import { DOMParser, type Element, XMLSerializer } from '@xmldom/xmldom';
import { SeamError } from '../../core/index.ts';
import { type PathToken, parseJsonPath } from '../json-path.ts';
import type { GeneratorContext } from './context.ts';
import { attemptText, reportIssue, type Target } from './targets.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

type Apply = (current: string) => string | undefined;

function matchesExactly(tokens: readonly PathToken[], path: readonly string[]): boolean {
  if (tokens.length !== path.length) return false;
  return tokens.every(
    (token, index) => token.kind === 'star' || (token.kind === 'field' && token.name === path[index]),
  );
}

function childNodes(element: Element, type: number): Element[] {
  const nodes: Element[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === type) nodes.push(child as Element);
  }
  return nodes;
}

function applyToAttribute(
  element: Element,
  tokens: readonly PathToken[],
  path: string[],
  apply: Apply,
): boolean {
  const last = tokens[tokens.length - 1];
  if (last?.kind !== 'field' || !last.name.startsWith('@')) return false;
  for (const attribute of Array.from(element.attributes)) {
    if (!matchesExactly(tokens, [...path, `@${attribute.name}`])) continue;
    const value = apply(attribute.value);
    if (value !== undefined) element.setAttribute(attribute.name, value);
    return true;
  }
  return false;
}

function applyToText(element: Element, tokens: readonly PathToken[], path: string[], apply: Apply): boolean {
  if (!matchesExactly(tokens, [...path, '#text'])) return false;
  const document = element.ownerDocument;
  if (document === null) return true;
  const texts = childNodes(element, TEXT_NODE);
  if (texts.length === 0) {
    const value = apply('');
    if (value !== undefined) element.appendChild(document.createTextNode(value));
  }
  for (const text of texts) {
    const value = apply(text.textContent ?? '');
    if (value !== undefined) element.replaceChild(document.createTextNode(value), text);
  }
  return true;
}

function visitElement(element: Element, tokens: readonly PathToken[], parent: string[], apply: Apply): void {
  if (tokens.length < parent.length + 2) return;
  const path = [...parent, element.nodeName];
  if (applyToAttribute(element, tokens, path, apply) || applyToText(element, tokens, path, apply)) return;
  if (tokens.length < path.length + 2) return;
  for (const child of childNodes(element, ELEMENT_NODE)) visitElement(child, tokens, path, apply);
}

function parseDocument(text: string) {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new SeamError('parse', message);
    },
  });
  try {
    const document = parser.parseFromString(text, 'text/xml');
    return document.documentElement === null ? undefined : document;
  } catch {
    return undefined;
  }
}

/**
 * Applies the targets to XML text; `undefined` when the text is not XML (the caller keeps the body).
 */
export function applyToXml(
  text: string,
  targets: readonly Target[],
  context: GeneratorContext,
): string | undefined {
  const document = parseDocument(text);
  const root = document?.documentElement;
  if (document === undefined || root === null || root === undefined) return undefined;
  for (const target of targets) {
    const parsed = parseJsonPath(target.key);
    if (!parsed.ok) {
      reportIssue(target, context, `'${target.key}' is not a valid path: ${parsed.error}`);
      continue;
    }
    const tokens = parsed.tokens.filter((token) => token.kind !== 'root');
    visitElement(root, tokens, [], (current) => attemptText(target, context, current));
  }
  return new XMLSerializer().serializeToString(document);
}
