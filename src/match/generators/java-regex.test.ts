import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripAnchors, toJavaScriptRegex } from './java-regex.ts';

describe('toJavaScriptRegex', () => {
  it('leaves JavaScript-compatible expressions alone', () => {
    assert.deepEqual(toJavaScriptRegex('\\d{1,8}(?:-[a-z]+)?'), {
      source: '\\d{1,8}(?:-[a-z]+)?',
      flags: '',
    });
  });

  it('turns leading inline flags into flags', () => {
    assert.deepEqual(toJavaScriptRegex('(?is)abc'), { source: 'abc', flags: 'is' });
  });

  it('drops possessive markers and opens atomic groups', () => {
    assert.equal(toJavaScriptRegex('a++b*+c?+d{2}+(?>e|f)').source, 'a+b*c?d{2}(?:e|f)');
  });

  it('keeps lazy quantifiers unless generating', () => {
    assert.equal(toJavaScriptRegex('a+?b{2,}?').source, 'a+?b{2,}?');
    assert.equal(toJavaScriptRegex('a+?b{2,}?', true).source, 'a+b{2,}');
  });

  it('quotes \\Q…\\E, removes \\A and \\z, and spells out \\h and POSIX classes', () => {
    assert.equal(toJavaScriptRegex('\\A\\Q1+1=2\\E\\z').source, '1\\+1=2');
    assert.equal(
      toJavaScriptRegex('\\h\\p{Alpha}[\\p{Digit}_]\\P{Lower}').source,
      '[ \\t][a-zA-Z][0-9_][^a-z]',
    );
  });

  it('says what it cannot rewrite', () => {
    assert.throws(() => toJavaScriptRegex('(?x)a b'), /comments flag/);
    assert.throws(() => toJavaScriptRegex('a(?i)b'), /inline flags are only supported at the start/);
    assert.throws(() => toJavaScriptRegex('[a-z&&[^aeiou]]'), /intersection/);
    assert.throws(() => toJavaScriptRegex('\\p{InGreek}'), /not supported/);
  });
});

describe('stripAnchors', () => {
  it('removes one leading ^ and one unescaped trailing $', () => {
    assert.equal(stripAnchors('^\\d+$'), '\\d+');
    assert.equal(stripAnchors('cost \\$'), 'cost \\$');
    assert.equal(stripAnchors('a\\\\$'), 'a\\\\');
  });
});
