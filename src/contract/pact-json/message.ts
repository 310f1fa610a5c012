/**
 * Reads and writes message contents: a V3 message, a V4 asynchronous message, or one side of a V4
 * synchronous message.
 */
import { isPlainObject } from '../../core/index.ts';
import type { Message, SpecVersion } from '../../match/index.ts';
import type { JsonRecord } from '../json/untyped-json.ts';
import { metadataContentType } from './body-content-type.ts';
import { childPath } from './location-path.ts';
import { nonEmpty, partError, withOptional } from './part-helpers.ts';
import { readBody } from './read-body.ts';
import { readGenerators } from './read-generators.ts';
import { readMatchingRules } from './read-matching-rules.ts';
import { writeBodyV3, writeBodyV4 } from './write-body.ts';
import { writeGenerators } from './write-generators.ts';
import { writeMatchingRules } from './write-matching-rules.ts';

/**
 * Reads message contents: `contents` (V3: any JSON value, typed by the metadata's `contentType`;
 * V4: the body envelope), `metadata` (or V3's `metaData`), `matchingRules` and `generators`.
 *
 * Message body rules end up in ONE category, `content`, whichever name the file used (`body` in V3
 * and in files written by some V4 writers, `content` in V4, `contents`), so the engine reads message
 * rules from `content` and HTTP body rules from `body`. Writers put them back under `body` (V3) or
 * `content` (V4). Generators are normalised the same way.
 *
 * @throws SeamError `invalid-pact` when `json` is not an object; `invalid-matching-rule` for a
 *   matching rule it cannot read.
 * @example
 * readMessage({ contents: { id: 1 }, metaData: { contentType: 'application/json' },
 *   matchingRules: { body: { '$.id': { matchers: [{ match: 'integer' }] } } } }, 'V3');
 * // { contents: {...}, metadata: { contentType: 'application/json' },
 * //   matchingRules: { content: { '$.id': { rules: [{ match: 'integer' }], combine: 'AND' } } } }
 */
export function readMessage(json: unknown, spec: SpecVersion, location = '$'): Message {
  if (!isPlainObject(json)) throw partError('message contents', json, location);
  const metadataJson = json.metadata ?? json.metaData;
  const metadata = isPlainObject(metadataJson) ? { ...metadataJson } : undefined;
  const contents = readBody(json.contents, spec, metadataContentType(metadata));
  return withOptional(
    { contents },
    {
      metadata,
      matchingRules: nonEmpty(
        readMatchingRules(json.matchingRules, spec, 'message', childPath(location, 'matchingRules')),
      ),
      generators: nonEmpty(readGenerators(json.generators, 'message')),
    },
  );
}

/**
 * Writes message contents as V3 or V4 JSON, the inverse of {@link readMessage}: `contents`,
 * `metadata`, `matchingRules` (content rules under `body` in V3, `content` in V4), `generators`.
 *
 * @example
 * writeMessage({ contents: { state: 'empty' } }, 'V4'); // { contents: { content: '' } }
 */
export function writeMessage(message: Message, spec: 'V3' | 'V4'): JsonRecord {
  return withOptional(
    {},
    {
      contents: spec === 'V3' ? writeBodyV3(message.contents) : writeBodyV4(message.contents),
      metadata: message.metadata === undefined ? undefined : { ...message.metadata },
      matchingRules: writeMatchingRules(message.matchingRules, 'message'),
      generators: writeGenerators(message.generators, 'message'),
    },
  );
}
