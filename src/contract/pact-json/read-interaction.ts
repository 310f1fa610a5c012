/** Reads one interaction of a pact file into the {@link Interaction} model. */

import { isPlainObject, SeamError } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { describeValue, type JsonRecord, jsonToString, setOwn } from '../json/untyped-json.ts';
import {
  type Interaction,
  type InteractionCommon,
  type InteractionMarkup,
  interactionTypes,
} from '../model/pact.ts';
import { readRequest } from './http-request.ts';
import { readResponse } from './http-response.ts';
import { childPath } from './location-path.ts';
import { readMessage } from './message.ts';
import { partError, withOptional } from './part-helpers.ts';
import { readProviderStates } from './provider-states.ts';

const commonKeys = [
  'type',
  'description',
  'providerState',
  'provider_state',
  'providerStates',
  '_id',
  'key',
  'pending',
  'comments',
  'pluginConfiguration',
  'interactionMarkup',
  'transport',
];
const httpKeys = new Set([...commonKeys, 'request', 'response']);
const messageKeys = new Set([
  ...commonKeys,
  'contents',
  'metadata',
  'metaData',
  'matchingRules',
  'generators',
]);

/**
 * Reads an interaction. In V4 files the `type` decides (`Synchronous/HTTP`, `Asynchronous/Messages`,
 * `Synchronous/Messages`; any other type is kept as JSON); entries of a V3 `messages[]` are
 * messages; anything else is an HTTP interaction. Unknown fields are kept in `extra`.
 *
 * @param from Which array the entry came from: `interactions` or V3 `messages`.
 * @throws SeamError `invalid-pact` when the interaction or one of its parts is not an object.
 * @example
 * readInteraction({ description: 'get order', request: { path: '/o/1' }, response: { status: 200 } }, 'V2');
 */
export function readInteraction(
  json: unknown,
  spec: SpecVersion,
  location = '$',
  from: 'interactions' | 'messages' = 'interactions',
): Interaction {
  if (!isPlainObject(json)) throw partError('an interaction', json, location);
  const type =
    spec === 'V4'
      ? v4Type(json, location)
      : from === 'messages'
        ? interactionTypes.message
        : interactionTypes.http;
  if (type === interactionTypes.http) {
    return {
      kind: 'http',
      ...readCommon(json, httpKeys),
      request: readRequest(json.request ?? {}, spec, childPath(location, 'request')),
      response: readResponse(json.response ?? {}, spec, childPath(location, 'response')),
    };
  }
  if (type === interactionTypes.message) {
    return { kind: 'message', ...readCommon(json, messageKeys), message: readMessage(json, spec, location) };
  }
  if (type === interactionTypes['sync-message']) return readSyncMessage(json, spec, location);
  return { kind: 'other', type, description: jsonToString(json.description), json: { ...json } };
}

function v4Type(json: JsonRecord, location: string): string {
  if (typeof json.type === 'string') return json.type;
  if (json.type === undefined) return 'request' in json ? interactionTypes.http : interactionTypes.message;
  throw new SeamError(
    'invalid-pact',
    `expected the interaction type to be a string, got ${describeValue(json.type)}`,
    {
      location: childPath(location, 'type'),
    },
  );
}

function readSyncMessage(json: JsonRecord, spec: SpecVersion, location: string): Interaction {
  const responses = json.response === undefined ? [] : json.response;
  const at = childPath(location, 'response');
  if (!Array.isArray(responses)) throw partError('a list of response messages', responses, at);
  return {
    kind: 'sync-message',
    ...readCommon(json, httpKeys),
    request: readMessage(json.request ?? {}, spec, childPath(location, 'request')),
    response: responses.map((response, index) => readMessage(response, spec, childPath(at, index))),
  };
}

function readCommon(json: JsonRecord, known: ReadonlySet<string>): InteractionCommon {
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) if (!known.has(key)) setOwn(extra, key, value);
  return withOptional(
    { description: jsonToString(json.description), providerStates: readProviderStates(json) },
    {
      id: json._id === undefined ? undefined : jsonToString(json._id),
      key: json.key === undefined ? undefined : jsonToString(json.key),
      pending: typeof json.pending === 'boolean' ? json.pending : undefined,
      comments: isPlainObject(json.comments) ? { ...json.comments } : undefined,
      pluginConfiguration: isPlainObject(json.pluginConfiguration)
        ? { ...json.pluginConfiguration }
        : undefined,
      interactionMarkup: readMarkup(json.interactionMarkup),
      transport: json.transport === undefined ? undefined : jsonToString(json.transport),
      extra: Object.keys(extra).length === 0 ? undefined : extra,
    },
  );
}

function readMarkup(json: unknown): InteractionMarkup | undefined {
  if (!isPlainObject(json)) return undefined;
  return {
    markup: jsonToString(json.markup),
    markupType: json.markupType === undefined ? 'COMMON_MARK' : jsonToString(json.markupType),
  };
}
