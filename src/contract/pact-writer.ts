/** Writes the {@link Pact} model as a V3 or V4 pact file, the inverse of {@link readPact}. */
import { writeInteraction } from './interaction-writer.ts';
import { stringifyJson } from './json-text.ts';
import type { JsonObject } from './json-value.ts';
import type { Pact } from './pact-model.ts';
import { specVersionText } from './spec-version.ts';

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
export function writePactJson(pact: Pact, spec: 'V3' | 'V4'): JsonObject {
  const http = spec === 'V3' ? pact.interactions.filter((i) => i.kind !== 'message') : pact.interactions;
  const messages = spec === 'V3' ? pact.interactions.filter((i) => i.kind === 'message') : [];
  const json: JsonObject = {
    consumer: { ...pact.consumer },
    provider: { ...pact.provider },
  };
  if (http.length > 0 || messages.length === 0)
    json.interactions = http.map((i) => writeInteraction(i, spec));
  if (messages.length > 0) json.messages = messages.map((i) => writeInteraction(i, spec));
  json.metadata = { ...pact.metadata, pactSpecification: { version: specVersionText(spec) } };
  return { ...json, ...pact.extra };
}

/**
 * The text of a pact file: {@link writePactJson} as JSON indented by two spaces, ending in a newline
 * (written without recursion, so bodies of any depth are fine).
 *
 * @example
 * const text = formatPactJson(pact, 'V3');
 */
export function formatPactJson(pact: Pact, spec: 'V3' | 'V4'): string {
  return `${stringifyJson(writePactJson(pact, spec), 2)}\n`;
}
