/** Validation of interactions: HTTP, V3 messages, V4 asynchronous and synchronous messages. */
import { isPlainObject } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import type { JsonRecord } from '../json/untyped-json.ts';
import { interactionTypes } from '../model/pact.ts';
import { childPath } from '../pact-json/location-path.ts';
import { checkGenerators } from './generators.ts';
import { checkRequest, checkResponse, checkV4Body } from './http.ts';
import {
  checkObject,
  checkString,
  type Issues,
  rejectUnknownFields,
  report,
  reportType,
  requireField,
} from './issues.ts';
import { checkMatchingRules } from './rules.ts';

const v4Common = [
  'type',
  'description',
  'providerStates',
  'key',
  'pending',
  'comments',
  'pluginConfiguration',
  'interactionMarkup',
  'transport',
  '_id',
];
const messageParts = ['contents', 'metadata', 'metaData', 'matchingRules', 'generators'];

function httpFields(spec: SpecVersion): Set<string> {
  if (spec === 'V1' || spec === 'V1_1')
    return new Set(['description', 'providerState', 'provider_state', 'request', 'response', '_id']);
  if (spec === 'V2') return new Set(['description', 'providerState', 'request', 'response', '_id']);
  if (spec === 'V3') return new Set(['description', 'providerStates', 'request', 'response', '_id']);
  return new Set([...v4Common, 'request', 'response']);
}

/** Checks one entry of `interactions[]`. */
export function checkInteraction(issues: Issues, json: unknown, spec: SpecVersion, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'an interaction object', json);
    return;
  }
  if (spec !== 'V4') {
    checkHttpInteraction(issues, json, spec, path);
    return;
  }
  if (
    !requireField(
      issues,
      json,
      'type',
      path,
      `the interaction type (${Object.values(interactionTypes).join(', ')}, or a plugin type)`,
    )
  )
    return;
  if (typeof json.type !== 'string') {
    reportType(issues, childPath(path, 'type'), 'a string', json.type);
    return;
  }
  if (json.type === interactionTypes.http) {
    checkHttpInteraction(issues, json, spec, path);
    return;
  }
  if (json.type === interactionTypes.message) {
    checkAsyncMessage(issues, json, path);
    return;
  }
  if (json.type === interactionTypes['sync-message']) {
    checkSyncMessage(issues, json, path);
    return;
  }
  // A plugin interaction type: only the fields every interaction has are checked.
  checkDescription(issues, json, path);
}

function checkHttpInteraction(issues: Issues, json: JsonRecord, spec: SpecVersion, path: string): void {
  rejectUnknownFields(issues, json, httpFields(spec), path, `a ${spec} interaction`);
  checkDescription(issues, json, path);
  checkStates(issues, json, path);
  if (spec === 'V4') checkV4Fields(issues, json, path);
  if (requireField(issues, json, 'request', path, 'the request'))
    checkRequest(issues, json.request, spec, childPath(path, 'request'));
  if (requireField(issues, json, 'response', path, 'the response'))
    checkResponse(issues, json.response, spec, childPath(path, 'response'));
}

/** Checks one entry of a V3 `messages[]`. */
export function checkV3Message(issues: Issues, json: unknown, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'a message object', json);
    return;
  }
  rejectUnknownFields(
    issues,
    json,
    new Set(['description', 'providerState', 'providerStates', '_id', ...messageParts]),
    path,
    'a V3 message',
  );
  checkDescription(issues, json, path);
  checkStates(issues, json, path);
  checkString(issues, json, 'providerState', path);
  checkMessageParts(issues, json, 'V3', path);
}

function checkAsyncMessage(issues: Issues, json: JsonRecord, path: string): void {
  rejectUnknownFields(
    issues,
    json,
    new Set([...v4Common, ...messageParts]),
    path,
    'an Asynchronous/Messages interaction',
  );
  checkDescription(issues, json, path);
  checkStates(issues, json, path);
  checkV4Fields(issues, json, path);
  checkMessageParts(issues, json, 'V4', path);
}

function checkSyncMessage(issues: Issues, json: JsonRecord, path: string): void {
  rejectUnknownFields(
    issues,
    json,
    new Set([...v4Common, 'request', 'response']),
    path,
    'a Synchronous/Messages interaction',
  );
  checkDescription(issues, json, path);
  checkStates(issues, json, path);
  checkV4Fields(issues, json, path);
  if (requireField(issues, json, 'request', path, 'the request message'))
    checkMessageContents(issues, json.request, childPath(path, 'request'));
  if (!requireField(issues, json, 'response', path, 'an array of response messages')) return;
  const at = childPath(path, 'response');
  if (!Array.isArray(json.response)) {
    reportType(issues, at, 'an array of response messages', json.response);
    return;
  }
  json.response.forEach((message, index) => {
    checkMessageContents(issues, message, childPath(at, index));
  });
}

function checkMessageContents(issues: Issues, json: unknown, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'message contents (an object)', json);
    return;
  }
  rejectUnknownFields(issues, json, new Set(messageParts), path, 'message contents');
  checkMessageParts(issues, json, 'V4', path);
}

function checkMessageParts(issues: Issues, json: JsonRecord, spec: SpecVersion, path: string): void {
  if (requireField(issues, json, 'contents', path, 'the message contents') && spec === 'V4') {
    checkV4Body(issues, json.contents, childPath(path, 'contents'));
  }
  checkObject(issues, json, 'metadata', path);
  checkObject(issues, json, 'metaData', path);
  if (json.matchingRules !== undefined)
    checkMatchingRules(issues, json.matchingRules, spec, 'message', childPath(path, 'matchingRules'));
  if (json.generators !== undefined)
    checkGenerators(issues, json.generators, 'message', childPath(path, 'generators'));
}

function checkDescription(issues: Issues, json: JsonRecord, path: string): void {
  if (requireField(issues, json, 'description', path, 'a string describing the interaction'))
    checkString(issues, json, 'description', path);
}

function checkStates(issues: Issues, json: JsonRecord, path: string): void {
  checkString(issues, json, 'providerState', path);
  checkString(issues, json, 'provider_state', path);
  const states = json.providerStates;
  if (states === undefined || typeof states === 'string') return;
  const at = childPath(path, 'providerStates');
  if (!Array.isArray(states)) {
    reportType(issues, at, 'an array of provider states', states);
    return;
  }
  states.forEach((state, index) => {
    const stateAt = childPath(at, index);
    if (!isPlainObject(state)) {
      reportType(issues, stateAt, 'a provider state { name, params }', state);
      return;
    }
    if (requireField(issues, state, 'name', stateAt, 'the provider state name'))
      checkString(issues, state, 'name', stateAt);
    checkObject(issues, state, 'params', stateAt);
  });
}

function checkV4Fields(issues: Issues, json: JsonRecord, path: string): void {
  checkString(issues, json, 'key', path);
  checkString(issues, json, 'transport', path);
  if (json.pending !== undefined && typeof json.pending !== 'boolean')
    reportType(issues, childPath(path, 'pending'), 'true or false', json.pending);
  const comments = checkObject(issues, json, 'comments', path);
  if (comments !== undefined) {
    const at = childPath(path, 'comments');
    checkString(issues, comments, 'testname', at);
    if (
      comments.text !== undefined &&
      !(Array.isArray(comments.text) && comments.text.every((t) => typeof t === 'string'))
    ) {
      reportType(issues, childPath(at, 'text'), 'an array of strings', comments.text);
    }
  }
  const plugins = checkObject(issues, json, 'pluginConfiguration', path);
  if (plugins !== undefined) {
    for (const [name, config] of Object.entries(plugins)) {
      if (!isPlainObject(config))
        reportType(issues, childPath(childPath(path, 'pluginConfiguration'), name), 'an object', config);
    }
  }
  const markup = checkObject(issues, json, 'interactionMarkup', path);
  if (markup !== undefined) {
    const at = childPath(path, 'interactionMarkup');
    rejectUnknownFields(issues, markup, new Set(['markup', 'markupType']), at, 'interaction markup');
    if (requireField(issues, markup, 'markup', at, 'the markup text'))
      checkString(issues, markup, 'markup', at);
    if (
      requireField(issues, markup, 'markupType', at, 'COMMON_MARK or HTML') &&
      markup.markupType !== 'COMMON_MARK' &&
      markup.markupType !== 'HTML'
    ) {
      report(
        issues,
        'value',
        childPath(at, 'markupType'),
        'COMMON_MARK or HTML',
        markup.markupType,
        '"markupType" must be COMMON_MARK or HTML',
      );
    }
  }
}
