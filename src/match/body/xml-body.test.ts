import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeUtf8 } from '../../core/index.ts';
import type { MatchingContext } from '../matching-context.ts';
import type { RuleList } from '../model.ts';
import { compileRules } from '../rule-selection.ts';
import { matchXmlBody } from './xml-body.ts';

const context = (
  rules: Readonly<Record<string, RuleList>> = {},
  allowUnexpectedKeys = false,
): MatchingContext => ({
  rules: compileRules(rules, 'path'),
  allowUnexpectedKeys,
  spec: 'V4',
});
const issues = (
  expected: string,
  actual: string,
  rules?: Readonly<Record<string, RuleList>>,
  allow = false,
) =>
  matchXmlBody(encodeUtf8(expected), encodeUtf8(actual), context(rules, allow)).map(
    (issue) => `${issue.path} -> ${issue.message}`,
  );
const rule = (...rules: RuleList['rules']): RuleList => ({ rules, combine: 'AND' });

describe('XML bodies', () => {
  it('reports a different root element', () => {
    assert.deepEqual(issues('<foo/>', '<bar/>'), ["$.foo -> Expected 'foo' to be equal to 'bar'"]);
  });

  it('compares attributes by name, reporting missing ones', () => {
    assert.deepEqual(issues('<blah a="c" c="b"/>', '<blah a="b"/>', {}, true), [
      '$.blah -> Expected at least 2 attribute(s) but received 1 attribute(s)',
      "$.blah['@a'] -> Expected 'b' to be equal to 'c'",
      "$.blah['@c'] -> Expected attribute 'c'='b' but was missing",
    ]);
  });

  it('compares children by name and text', () => {
    assert.deepEqual(issues('<a><b>x</b><c/></a>', '<a><b>y</b></a>'), [
      "$.a.b['#text'] -> Expected 'y' to be equal to 'x'",
      '$.a -> Expected child <c/> but was missing',
    ]);
  });

  it('rejects unexpected children in requests and allows them in responses', () => {
    assert.deepEqual(issues('<a><b/></a>', '<a><b/><c/></a>'), ['$.a -> Unexpected child <c/>']);
    assert.deepEqual(issues('<a><b/></a>', '<a><b/><c/></a>', {}, true), []);
  });

  it('names elements by namespace URI, whatever the prefix', () => {
    assert.deepEqual(issues('<a:x xmlns:a="urn:n"/>', '<b:x xmlns:b="urn:n"/>'), []);
    assert.equal(issues('<x/>', '<x xmlns="urn:n"/>').length, 1);
  });

  it('applies a type rule to every actual child and rules to attributes and text', () => {
    const rules = {
      '$.people': rule({ match: 'type' }),
      "$.people.person['@id']": rule({ match: 'integer' }),
      "$.people.person['#text']": rule({ match: 'regex', regex: '[A-Z][a-z]+' }),
    };
    const expected = '<people><person id="1">Fred</person></people>';
    assert.deepEqual(
      issues(expected, '<people><person id="2">Bob</person><person id="3">Al</person></people>', rules),
      [],
    );
    assert.deepEqual(issues(expected, '<people><person id="x">bob</person></people>', rules), [
      "$.people.person['@id'] -> Expected 'x' to match an integer number",
      "$.people.person['#text'] -> Expected 'bob' to match '[A-Z][a-z]+'",
    ]);
  });

  it('reports a body that does not parse', () => {
    assert.match(issues('<a/>', '<a>')[0] ?? '', /^\$ -> Failed to parse the actual body: /);
  });

  it('walks 10,000 levels of nesting without overflowing the stack', () => {
    const deep = (leaf: string) => `${'<a>'.repeat(10_000)}${leaf}${'</a>'.repeat(10_000)}`;
    assert.deepEqual(issues(deep('x'), deep('x')), []);
    assert.equal(issues(deep('x'), deep('y')).length, 1);
  });
});
