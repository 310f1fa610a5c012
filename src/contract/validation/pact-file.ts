/** Validation of a whole pact file: participants, metadata, interactions, messages. */
import { isPlainObject } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { describeValue, type JsonRecord } from '../json/untyped-json.ts';
import { childPath } from '../pact-json/location-path.ts';
import { parseSpecVersion } from '../pact-json/spec-version.ts';
import { checkInteraction, checkV3Message } from './interactions.ts';
import { checkString, type Issues, rejectUnknownFields, report, reportType, requireField } from './issues.ts';

/** Checks the file against the rules of one version. */
export function checkPactFile(issues: Issues, json: JsonRecord, spec: SpecVersion): void {
  checkPacticipant(issues, json, 'consumer');
  checkPacticipant(issues, json, 'provider');
  if (json.metadata !== undefined) checkMetadata(issues, json.metadata);
  const interactionsRequired = spec !== 'V3';
  if (json.interactions === undefined) {
    if (interactionsRequired) requireField(issues, json, 'interactions', '$', 'an array of interactions');
  } else if (!Array.isArray(json.interactions)) {
    reportType(issues, '$.interactions', 'an array of interactions', json.interactions);
  } else {
    json.interactions.forEach((item, index) => {
      checkInteraction(issues, item, spec, childPath('$.interactions', index));
    });
  }
  if (spec === 'V3' && json.messages !== undefined) {
    if (!Array.isArray(json.messages))
      reportType(issues, '$.messages', 'an array of messages', json.messages);
    else
      json.messages.forEach((item, index) => {
        checkV3Message(issues, item, childPath('$.messages', index));
      });
  }
}

function checkPacticipant(issues: Issues, json: JsonRecord, key: 'consumer' | 'provider'): void {
  if (!requireField(issues, json, key, '$', `the ${key} { "name": ... }`)) return;
  const value = json[key];
  const path = `$.${key}`;
  if (!isPlainObject(value)) {
    reportType(issues, path, `the ${key} (an object with a name)`, value);
    return;
  }
  if (requireField(issues, value, 'name', path, `the ${key}'s name`))
    checkString(issues, value, 'name', path);
}

const versionFields = new Set(['version']);

function checkMetadata(issues: Issues, metadata: unknown): void {
  if (!isPlainObject(metadata)) {
    reportType(issues, '$.metadata', 'an object', metadata);
    return;
  }
  for (const key of ['pactSpecification', 'pact-specification']) {
    const value = metadata[key];
    if (value === undefined) continue;
    const path = childPath('$.metadata', key);
    if (!isPlainObject(value)) {
      reportType(issues, path, 'an object { "version": "…" }', value);
      continue;
    }
    rejectUnknownFields(issues, value, versionFields, path, `metadata.${key}`);
    // null is accepted: the Rust reference reads such files (as V3).
    if (
      requireField(issues, value, 'version', path, 'the specification version, e.g. "3.0.0"') &&
      value.version !== null
    ) {
      checkVersionText(issues, value.version, childPath(path, 'version'));
    }
  }
  if (metadata.pactSpecificationVersion !== undefined) {
    checkVersionText(issues, metadata.pactSpecificationVersion, '$.metadata.pactSpecificationVersion');
  }
}

function checkVersionText(issues: Issues, value: unknown, path: string): void {
  if (typeof value !== 'string') {
    reportType(issues, path, 'a version string such as "3.0.0"', value);
    return;
  }
  if (parseSpecVersion(value) === undefined) {
    report(
      issues,
      'value',
      path,
      'one of 1.0.0, 1.1.0, 2.0.0, 3.0.0, 4.0',
      value,
      `unknown pact specification version ${describeValue(value)}`,
    );
  }
}
