/** Reads a whole pact file (V1–V4) into the {@link Pact} model. */
import { isPlainObject, SeamError } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { describeValue, type JsonRecord, jsonToString, setOwn } from '../json/untyped-json.ts';
import type { Interaction, Pact, Pacticipant } from '../model/pact.ts';
import { childPath } from './location-path.ts';
import { readInteraction } from './read-interaction.ts';
import { declaredSpecVersion, specVersionKeys } from './spec-version.ts';

const fileKeys = new Set(['consumer', 'provider', 'interactions', 'messages', 'metadata']);

/**
 * Reads a parsed pact file. The version comes from the metadata (`pactSpecification.version`, the
 * V1 `pact-specification.version`, or `pactSpecificationVersion`); a file that declares none is read
 * as V4 when its interactions carry a V4 `type`, else as V3 (which also reads V1/V2 shapes), as the
 * Rust reference does. Like Rust, it is lenient on scalars (a missing method is `GET`, a number
 * where a string belongs is read as its text); {@link validatePact} reports such problems.
 *
 * @param location The file name (or another label) to put in error messages.
 * @throws SeamError `invalid-pact` (with the file and JSON path) when the file is not an object or
 *   an interaction or part is not an object; `invalid-matching-rule` for an unreadable rule.
 * @example
 * const pact = readPact(JSON.parse(text), 'pacts/orders-payments.json');
 * pact.interactions.filter((i) => i.kind === 'http').length;
 */
export function readPact(json: unknown, location?: string): Pact {
  const root = location === undefined ? '$' : `${location}: $`;
  if (!isPlainObject(json)) {
    throw new SeamError('invalid-pact', `expected a pact (a JSON object), got ${describeValue(json)}`, {
      location: root,
    });
  }
  const specVersion = declaredSpecVersion(json.metadata) ?? guessSpecVersion(json);
  const interactions = [
    ...readList(json, 'interactions', specVersion, root),
    ...(specVersion === 'V4' ? [] : readList(json, 'messages', specVersion, root)),
  ];
  const pact: Pact = {
    specVersion,
    consumer: readPacticipant(json.consumer),
    provider: readPacticipant(json.provider),
    interactions,
    metadata: readMetadata(json.metadata),
  };
  const extra = unknownFields(json, specVersion);
  return extra === undefined ? pact : { ...pact, extra };
}

function guessSpecVersion(json: JsonRecord): SpecVersion {
  const interactions = Array.isArray(json.interactions) ? json.interactions : [];
  return interactions.some((i) => isPlainObject(i) && typeof i.type === 'string') ? 'V4' : 'V3';
}

function readList(
  json: JsonRecord,
  key: 'interactions' | 'messages',
  spec: SpecVersion,
  root: string,
): Interaction[] {
  const list = json[key];
  if (list === undefined || list === null) return [];
  const at = childPath(root, key);
  if (!Array.isArray(list)) {
    throw new SeamError('invalid-pact', `expected ${key} to be an array, got ${describeValue(list)}`, {
      location: at,
    });
  }
  return list.map((item, index) => readInteraction(item, spec, childPath(at, index), key));
}

function readPacticipant(json: unknown): Pacticipant {
  if (!isPlainObject(json)) return { name: json === undefined ? '' : jsonToString(json) };
  return { ...json, name: jsonToString(json.name) };
}

function readMetadata(json: unknown): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  if (!isPlainObject(json)) return metadata;
  for (const [key, value] of Object.entries(json)) {
    if (!(specVersionKeys as readonly string[]).includes(key)) setOwn(metadata, key, value);
  }
  return metadata;
}

function unknownFields(json: JsonRecord, spec: SpecVersion): Record<string, unknown> | undefined {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    const known = fileKeys.has(key) && !(key === 'messages' && spec === 'V4');
    if (!known) setOwn(extra, key, value);
  }
  return Object.keys(extra).length === 0 ? undefined : extra;
}
