/** Writes the {@link Pact} model as a V3 or V4 pact file, the inverse of {@link readPact}. */

import { RawJson, stringifyJson } from '../json/json-text.ts';
import type { JsonRecord } from '../json/untyped-json.ts';
import type { Interaction, Pact } from '../model/pact.ts';
import { interactionListBytes, interactionListText } from './interaction-text.ts';
import { specVersionText } from './spec-version.ts';
import { writeInteraction } from './write-interaction.ts';

/**
 * The JSON of a pact file of version `spec`: `consumer`, `provider`, `interactions` (and, in V3,
 * `messages` for message interactions), `metadata` with `pactSpecification.version` set, and the
 * unknown fields the pact was read with.
 *
 * @throws SeamError `unsupported` when a V3 file cannot hold an interaction (synchronous messages,
 *   plugin interactions).
 * @example
 * const json = writePactJson(pact, 'V4');
 * json.interactions; // [{ type: 'Synchronous/HTTP', description: …, request: …, response: … }]
 */
export function writePactJson(pact: Pact, spec: 'V3' | 'V4'): JsonRecord {
  return buildPactJson(pact, spec, (list) => list.map((i) => writeInteraction(i, spec)));
}

/**
 * The text of a pact file: {@link writePactJson} as JSON indented by two spaces, ending in a newline
 * (written without recursion, so bodies of any depth are fine). Each interaction's text is cached
 * (see {@link interactionText}), so writing a pact again after adding one costs little.
 *
 * @example
 * const text = formatPactJson(pact, 'V3');
 */
export function formatPactJson(pact: Pact, spec: 'V3' | 'V4'): string {
  const json = buildPactJson(pact, spec, (list) => new RawJson(interactionListText(list, spec)));
  return `${stringifyJson(json, 2)}\n`;
}

/**
 * {@link formatPactJson} as UTF-8 chunks to write one after the other, most of them the cached bytes
 * of an interaction: what a merge writes, without building the whole file as a string or buffer.
 *
 * @example
 * writevSync(fd, formatPactChunks(pact, 'V4'));
 */
export function formatPactChunks(pact: Pact, spec: 'V3' | 'V4'): Buffer[] {
  const lists = new Map<string, readonly Interaction[]>();
  const json = buildPactJson(pact, spec, (list, key) => {
    lists.set(key, list);
    return new RawJson(`\u0000${key}\u0000`);
  });
  // JSON text escapes every control character, so a NUL in the shell is one of the markers, and
  // splitting there gives text, list key, text, list key, text.
  const shell = `${stringifyJson(json, 2)}\n`;
  return shell
    .split('\u0000')
    .flatMap((part, index) =>
      index % 2 === 0 ? [Buffer.from(part, 'utf8')] : interactionListBytes(lists.get(part) ?? [], spec),
    );
}

function buildPactJson(
  pact: Pact,
  spec: 'V3' | 'V4',
  writeList: (interactions: readonly Interaction[], key: 'interactions' | 'messages') => unknown,
): JsonRecord {
  const http = spec === 'V3' ? pact.interactions.filter((i) => i.kind !== 'message') : pact.interactions;
  const messages = spec === 'V3' ? pact.interactions.filter((i) => i.kind === 'message') : [];
  const json: JsonRecord = {
    consumer: { ...pact.consumer },
    provider: { ...pact.provider },
  };
  if (http.length > 0 || messages.length === 0) json.interactions = writeList(http, 'interactions');
  if (messages.length > 0) json.messages = writeList(messages, 'messages');
  json.metadata = { ...pact.metadata, pactSpecification: { version: specVersionText(spec) } };
  return { ...json, ...pact.extra };
}
