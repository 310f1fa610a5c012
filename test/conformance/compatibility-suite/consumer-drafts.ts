/**
 * What the consumer-test steps configure before the test runs: drafts of an HTTP interaction, an
 * asynchronous message and a synchronous message, turned into seam's consumer DSL (`createPact`)
 * when the test runs. Fixture cells become DSL contents; generator fixtures (pact-file JSON)
 * become generator matchers at their paths.
 */
import type { MessageTemplate } from '../../../src/contract/dsl/index.ts';
import type { Matcher } from '../../../src/contract/dsl-matchers/index.ts';
import type { ProviderState } from '../../../src/contract/model/pact.ts';
import { parsePath } from './body-values.ts';
import { loadBody, readJsonCell } from './fixtures.ts';

/** The markup every interaction takes: provider states, V4 key, pending and comments. */
export interface InteractionDraft {
  readonly states: ProviderState[];
  key?: string;
  pending?: boolean;
  readonly comments: string[];
}

/** One message: contents (JSON value, or bytes), content type, metadata and generators. */
export interface MessagePartDraft {
  contents?: unknown;
  contentType?: string;
  readonly metadata: Record<string, unknown>;
  /** Pact-file generators by category (`body`/`content`, `metadata`). */
  generators?: Record<string, Record<string, Record<string, unknown>>>;
}

export interface SyncMessageDraft extends InteractionDraft {
  readonly request: MessagePartDraft;
  readonly responses: MessagePartDraft[];
}

export function newInteractionDraft(): InteractionDraft {
  return { states: [], comments: [] };
}

export function newPart(): MessagePartDraft {
  return { metadata: {} };
}

/** A fixture cell as message contents: JSON as a value (so matchers can go in it), else bytes. */
export function setContents(part: MessagePartDraft, cell: string): void {
  const { body, contentType } = loadBody(cell);
  const bytes = body.state === 'present' ? body.content : new Uint8Array();
  part.contentType = contentType;
  part.contents = /json/i.test(contentType) ? JSON.parse(new TextDecoder().decode(bytes)) : bytes;
}

/** A `generators` cell (fixture file or `JSON: …`) of pact-file generators. */
export function setGenerators(part: MessagePartDraft, cell: string): void {
  part.generators = readJsonCell(cell) as NonNullable<MessagePartDraft['generators']>;
}

/** A provider-state data table row: column names, each cell a JSON value. */
export function stateParams(row: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, JSON.parse(cell)]));
}

/** The generator as a matcher around `example` (a `type` rule, so the example's type is kept). */
function generatorMatcher(generator: Record<string, unknown>, example: unknown): Matcher {
  const { type, ...parameters } = generator;
  return {
    'pact:matcher:type': 'type',
    'pact:generator:type': type,
    ...parameters,
    value: example,
  } as Matcher;
}

function withMatcherAt(value: unknown, path: string, generator: Record<string, unknown>): unknown {
  const tokens = parsePath(path);
  if (tokens.length === 0) return generatorMatcher(generator, value);
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const token of tokens.slice(0, -1)) parent = parent[token] as Record<string | number, unknown>;
  const last = tokens.at(-1) as string | number;
  parent[last] = generatorMatcher(generator, parent[last]);
  return copy;
}

/** The DSL template of a message part, generators placed as matchers. */
export function messageTemplate(part: MessagePartDraft): MessageTemplate {
  let contents = part.contents;
  for (const [path, generator] of Object.entries(part.generators?.body ?? part.generators?.content ?? {})) {
    contents = withMatcherAt(contents, path, generator);
  }
  const metadata: Record<string, unknown> = { ...part.metadata };
  for (const [key, generator] of Object.entries(part.generators?.metadata ?? {})) {
    metadata[key] = generatorMatcher(generator, metadata[key]);
  }
  return {
    ...(contents === undefined ? {} : { contents }),
    ...(part.contentType === undefined ? {} : { contentType: part.contentType }),
    ...(Object.keys(metadata).length === 0 ? {} : { metadata }),
  };
}

/** Applies a draft's markup to a DSL builder (whatever its stage). */
export function withMarkup<T extends MarkupBuilder<T>>(builder: T, draft: InteractionDraft): T {
  let next = builder;
  for (const state of draft.states) next = next.given(state.name, state.params);
  if (draft.key !== undefined) next = next.key(draft.key);
  if (draft.pending !== undefined) next = next.pending(draft.pending);
  for (const comment of draft.comments) next = next.comment(comment);
  return next;
}

interface MarkupBuilder<Self> {
  given(state: string, params?: Readonly<Record<string, unknown>>): Self;
  key(key: string): Self;
  pending(pending?: boolean): Self;
  comment(text: string): Self;
}
