/** Validation of generators (`{ body: { '$.id': { type: 'Uuid' } } }`). */

import { isPlainObject } from '../../core/index.ts';
import { describeValue } from '../json/untyped-json.ts';
import { childPath } from '../pact-json/location-path.ts';
import { singleValueCategories } from '../pact-json/part-category.ts';
import { generatorTypes } from '../pact-json/read-generators.ts';
import { checkString, type Issues, rejectUnknownFields, report, reportType, requireField } from './issues.ts';
import { checkGeneratorRuns, checkRulePath } from './rule-values.ts';
import { categoriesByPart, categoryNamed, type RulePart } from './rules.ts';

const generatorFields: Readonly<Record<string, readonly string[]>> = {
  RandomInt: ['min', 'max'],
  RandomDecimal: ['digits'],
  RandomHexadecimal: ['digits'],
  RandomString: ['size'],
  Regex: ['regex'],
  Uuid: ['format'],
  Date: ['format', 'expression'],
  Time: ['format', 'expression'],
  DateTime: ['format', 'expression'],
  RandomBoolean: [],
  ProviderState: ['expression', 'dataType'],
  MockServerURL: ['regex', 'example'],
};
const uuidFormats = ['simple', 'lower-case-hyphenated', 'upper-case-hyphenated', 'URN'];

/** Checks a `generators` value: categories, then generators. */
export function checkGenerators(issues: Issues, json: unknown, part: RulePart, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'an object of generators', json);
    return;
  }
  const categories = categoriesByPart[part];
  for (const [name, value] of Object.entries(json)) {
    const at = childPath(path, name);
    const category = categoryNamed(categories, name);
    if (category === undefined) {
      report(
        issues,
        'unknown-field',
        at,
        `one of ${categories.join(', ')}`,
        name,
        `unknown generator category "${name}" (expected one of ${categories.join(', ')})`,
      );
    } else if (singleValueCategories.has(category)) checkGenerator(issues, value, at);
    else if (!isPlainObject(value)) reportType(issues, at, 'an object of generators', value);
    else
      for (const [key, generator] of Object.entries(value)) {
        checkRulePath(issues, key, category, childPath(at, key));
        checkGenerator(issues, generator, childPath(at, key));
      }
  }
}

/** Checks one generator (`{ type: 'RandomInt', min: 0, max: 10 }`). */
export function checkGenerator(issues: Issues, json: unknown, path: string): void {
  if (!isPlainObject(json)) {
    reportType(issues, path, 'a generator object', json);
    return;
  }
  if (!requireField(issues, json, 'type', path, `one of ${generatorTypes.join(', ')}`)) return;
  const fields = typeof json.type === 'string' ? generatorFields[json.type] : undefined;
  if (fields === undefined) {
    report(
      issues,
      'value',
      childPath(path, 'type'),
      `one of ${generatorTypes.join(', ')}`,
      json.type,
      `unknown generator type ${describeValue(json.type)}`,
    );
    return;
  }
  const before = issues.length;
  rejectUnknownFields(issues, json, new Set(['type', ...fields]), path, `a ${String(json.type)} generator`);
  for (const key of ['min', 'max', 'digits', 'size']) {
    if (json[key] !== undefined && !Number.isSafeInteger(json[key]))
      reportType(issues, childPath(path, key), 'a whole number', json[key]);
  }
  for (const key of ['regex', 'expression', 'example', 'dataType']) checkString(issues, json, key, path);
  if (json.type === 'Regex')
    requireField(issues, json, 'regex', path, 'the regular expression to generate from');
  if (json.type === 'ProviderState')
    requireField(issues, json, 'expression', path, 'the provider-state expression');
  if (json.type === 'Uuid' && json.format !== undefined && !uuidFormats.includes(json.format as string)) {
    report(
      issues,
      'value',
      childPath(path, 'format'),
      `one of ${uuidFormats.join(', ')}`,
      json.format,
      `unknown UUID format ${describeValue(json.format)}`,
    );
  } else checkString(issues, json, 'format', path);
  // What the fields allow, the generator itself must be able to run (and within the size limit).
  if (issues.length === before) checkGeneratorRuns(issues, json, path);
}
