import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleList } from './model.ts';
import {
  compileRules,
  cursorAt,
  directRulesAt,
  hasTypeRuleAt,
  matcherIsDefined,
  rulesForXml,
  selectRules,
  stepCursor,
} from './rule-selection.ts';

const list = (match: 'type' | 'equality' | 'integer' | 'values'): RuleList => ({
  rules: [{ match }],
  combine: 'AND',
});

const rules = {
  $: list('values'),
  '$.item1': list('type'),
  '$.item1.level[1].id': list('integer'),
  '$.item1.level[*].id': list('equality'),
  '$.*.level[*].id': list('type'),
};

describe('selectRules', () => {
  const compiled = compileRules(rules, 'path');

  it('picks the most specific path by weight × length', () => {
    assert.deepEqual(selectRules(compiled, ['$', 'item1', 'level', '1', 'id'], 5), {
      list: list('integer'),
      cascaded: false,
    });
    assert.deepEqual(selectRules(compiled, ['$', 'item1', 'level', '2', 'id'], 5), {
      list: list('equality'),
      cascaded: false,
    });
    assert.deepEqual(selectRules(compiled, ['$', 'item2', 'level', '2', 'id'], 5), {
      list: list('type'),
      cascaded: false,
    });
  });

  it('marks a parent rule as cascaded to a child', () => {
    assert.deepEqual(selectRules(compiled, ['$', 'item1', 'other'], 3), {
      list: list('type'),
      cascaded: true,
    });
  });

  it('compiles a rule set once and reuses it', () => {
    assert.equal(compileRules(rules, 'path'), compiled);
  });

  it('finds no rule where none applies', () => {
    const only = compileRules({ '$.a': list('type') }, 'path');
    assert.equal(selectRules(only, ['$', 'b'], 2), undefined);
    assert.equal(matcherIsDefined(only, ['$', 'b'], 2), false);
    assert.equal(matcherIsDefined(only, ['$', 'a', 'x'], 3), true);
  });

  it('tells type rules and rules defined exactly at a path', () => {
    assert.equal(hasTypeRuleAt(cursorAt(compiled, ['$', 'item1'], 2)), true);
    assert.equal(hasTypeRuleAt(cursorAt(compiled, ['$', 'item1', 'x'], 3)), false);
    assert.deepEqual(directRulesAt(cursorAt(compiled, ['$'], 1)), [{ match: 'values' }]);
    assert.deepEqual(directRulesAt(cursorAt(compiled, ['$', 'item9'], 2)), []);
  });

  it('steps a cursor down a path to the same choice as a lookup from the root', () => {
    const path = ['$', 'item1', 'level', '1', 'id'];
    let cursor = cursorAt(compiled, [], 0);
    path.forEach((segment, index) => {
      cursor = stepCursor(cursor, segment);
      assert.deepEqual(cursor.selected, selectRules(compiled, path, index + 1));
    });
  });

  it('keeps only the cascaded parent rule in a branch no rule path reaches', () => {
    const cursor = stepCursor(cursorAt(compiled, ['$', 'item1'], 2), 'other');
    assert.deepEqual(cursor.nodes, []);
    assert.deepEqual(cursor.selected, { list: list('type'), cascaded: true });
    assert.equal(stepCursor(cursor, 'deeper'), cursor);
  });

  it('matches header names without case', () => {
    const headers = compileRules({ 'X-Trace': list('type') }, 'lower-name');
    assert.notEqual(selectRules(headers, ['$', 'x-trace'], 2), undefined);
  });

  it('ignores rule paths that do not parse', () => {
    assert.equal(compileRules({ '$.': list('type') }, 'path').entries.length, 0);
  });

  it('drops [*] steps for XML documents, whose paths have no indexes', () => {
    const xml = rulesForXml(compileRules({ "$.animals[*].alligator['@phone']": list('type') }, 'path'));
    assert.notEqual(selectRules(xml, ['$', 'animals', 'alligator', '@phone'], 4), undefined);
  });
});
