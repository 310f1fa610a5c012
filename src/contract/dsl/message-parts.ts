/** Message contents and metadata written with matchers → the {@link Message} model. */
import {
  type Generator,
  type Generators,
  type MatchingRules,
  type Message,
  metadataContentTypeEntry,
  type RuleList,
} from '../../match/index.ts';
import { extractExpectations } from '../dsl-matchers/extract-expectations.ts';
import { buildBody } from './body-content.ts';

/**
 * One message: its contents (JSON with matchers, text, or bytes), metadata (values may be
 * matchers) and the contents' type.
 *
 * @example
 * const message: MessageTemplate = { contents: { orderId: integer(1) }, metadata: { topic: 'orders' } };
 */
export interface MessageTemplate {
  readonly contents?: unknown;
  readonly metadata?: Readonly<Record<string, unknown>>;
  readonly contentType?: string;
}

/**
 * The message model of a template. For V3 message pacts the contents' type is also recorded in
 * the metadata as `contentType`, as pact-js does (V4 bodies carry their own content type).
 *
 * @example
 * buildMessage({ contents: { id: like(1) } }, 'V3').metadata; // { contentType: 'application/json' }
 */
export function buildMessage(template: MessageTemplate, spec: 'V3' | 'V4'): Message {
  const metadata = extractExpectations(template.metadata ?? {}, 'metadata');
  const values = { ...(metadata.example as Record<string, unknown>) };
  const [declaredKey, declared] = metadataContentTypeEntry(values) ?? [];
  const body = buildBody(
    template.contents,
    template.contentType ?? (typeof declared === 'string' ? declared : undefined),
  );
  if (spec === 'V3' && declaredKey === undefined && body.contentType !== undefined)
    values.contentType = body.contentType;
  const rules = collect({ content: body.rules, metadata: metadata.rules });
  const generators = collect({ content: body.generators, metadata: metadata.generators });
  return {
    contents: body.body,
    ...(Object.keys(values).length > 0 ? { metadata: values } : {}),
    ...(rules === undefined ? {} : { matchingRules: rules as MatchingRules }),
    ...(generators === undefined ? {} : { generators: generators as Generators }),
  };
}

function collect<T extends RuleList | Generator>(
  categories: Record<string, Record<string, T>>,
): Record<string, Record<string, T>> | undefined {
  const entries = Object.entries(categories).filter(([, found]) => Object.keys(found).length > 0);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}
