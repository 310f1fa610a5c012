/**
 * Applying `body`/`content` generators to a {@link Body}, as the Rust core's
 * `generators_process_body`: JSON, XML and form bodies are decoded, changed and encoded again (JSON
 * compact with sorted keys, as serde_json writes it); any other body, or one that does not decode,
 * is left as it was and each generator reported.
 */
import {
  decodeUtf8,
  detectTextContentType,
  encodeUtf8,
  isJsonContentType,
  isXmlContentType,
  type JsonValue,
  parseContentType,
  parseJson,
  stringifyJson,
} from '../../core/index.ts';
import type { Body } from '../model.ts';
import { applyToForm } from './apply-to-form.ts';
import { applyToJson } from './apply-to-json.ts';
import { applyToXml } from './apply-to-xml.ts';
import type { GeneratorContext } from './context.ts';
import { reportIssue, type Target } from './targets.ts';

type BodyKind = 'json' | 'xml' | 'form' | 'other';

function kindOf(declared: string | undefined, text: string): BodyKind {
  const contentType =
    (declared === undefined ? undefined : parseContentType(declared)) ?? detectTextContentType(text);
  if (isJsonContentType(contentType)) return 'json';
  if (isXmlContentType(contentType)) return 'xml';
  const { type, subtype } = contentType;
  return type === 'application' && subtype === 'x-www-form-urlencoded' ? 'form' : 'other';
}

function applyToJsonText(
  text: string,
  targets: readonly Target[],
  context: GeneratorContext,
): string | undefined {
  const parsed = parseJson(text);
  if (!parsed.ok) return undefined;
  return stringifyJson(applyToJson(parsed.value, targets, context) as JsonValue);
}

function applyByKind(kind: BodyKind, text: string, targets: readonly Target[], context: GeneratorContext) {
  if (kind === 'json') return applyToJsonText(text, targets, context);
  if (kind === 'xml') return applyToXml(text, targets, context);
  return kind === 'form' ? applyToForm(text, targets, context) : undefined;
}

function reportAll(targets: readonly Target[], context: GeneratorContext, message: string): void {
  for (const target of targets) reportIssue(target, context, message);
}

/**
 * The body with the targets applied; `declaredType` is the Content-Type to use when the body does
 * not carry one (a request's header, a message's metadata). Never throws for a body it cannot read.
 */
export function applyToBody(
  body: Body,
  targets: readonly Target[],
  context: GeneratorContext,
  declaredType?: string,
): Body {
  if (body.state !== 'present' || targets.length === 0) return body;
  const text = body.hint === 'BINARY' ? undefined : decodeUtf8(body.content);
  const kind = text === undefined ? 'other' : kindOf(body.contentType ?? declaredType, text);
  const generated =
    text === undefined || kind === 'other' ? undefined : applyByKind(kind, text, targets, context);
  if (generated === undefined) {
    const why =
      kind === 'other' ? 'only JSON, XML and form bodies take generators' : `the body is not valid ${kind}`;
    reportAll(targets, context, `${why}; the body was left as it was`);
    return body;
  }
  return { ...body, content: encodeUtf8(generated) };
}
