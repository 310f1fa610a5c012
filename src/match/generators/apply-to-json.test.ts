import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Generator } from '../model.ts';
import { applyToJson } from './apply-to-json.ts';
import type { GeneratorContext, GeneratorIssue } from './context.ts';
import type { Target } from './targets.ts';

const fixed = (value: number): Generator => ({ type: 'RandomInt', min: value, max: value });
const target = (key: string, generator: Generator = fixed(9)): Target => ({
  category: 'body',
  key,
  generator,
});
const context: GeneratorContext = { mode: 'consumer' };

function apply(document: unknown, ...targets: Target[]): unknown {
  return applyToJson(structuredClone(document), targets, context);
}

describe('applyToJson', () => {
  it('replaces the value a path names', () => {
    assert.deepEqual(apply({ a: 100, b: 'B' }, target('$.b')), { a: 100, b: '9' });
    assert.deepEqual(apply([100, 200, 300], target('$[1]')), [100, 9, 300]);
    assert.deepEqual(apply({ a: [{ b: { '2': 'x' } }] }, target("$.a[0].b['2']")), {
      a: [{ b: { '2': '9' } }],
    });
  });

  it('replaces every value a wildcard reaches', () => {
    assert.deepEqual(apply({ a: 'A', b: 'B' }, target('$.*')), { a: '9', b: '9' });
    assert.deepEqual(apply({ items: [{ id: 1 }, { id: 2 }] }, target('$.items[*].id')), {
      items: [{ id: 9 }, { id: 9 }],
    });
    const document = { a: ['A', { b: ['1', '2'], c: 'C' }], b: 'B' };
    assert.deepEqual(apply(document, target('$.*[1].b[*]')), { a: ['A', { b: ['9', '9'], c: 'C' }], b: 'B' });
  });

  it('replaces the whole document for $', () => {
    assert.equal(apply(100, target('$', fixed(5))), 5);
    const nullValue = applyToJson({ a: 1 }, [target('$', { type: 'ProviderState', expression: 'v' })], {
      mode: 'provider',
      providerState: { v: null },
    });
    assert.equal(nullValue, null);
  });

  it('changes nothing when the path reaches nothing', () => {
    assert.deepEqual(apply({ a: 1 }, target('$.d')), { a: 1 });
    assert.deepEqual(apply([1, 2], target('$[3]')), [1, 2]);
    assert.deepEqual(apply(100, target('$.d')), 100);
    assert.deepEqual(apply({ a: 'A' }, target("$.a[1].b['2']")), { a: 'A' });
  });

  it('keeps a __proto__ key as data', () => {
    const document = JSON.parse('{"__proto__": 1}') as unknown;
    const result = apply(document, target('$.__proto__')) as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(result), Object.prototype);
    assert.equal(Object.getOwnPropertyDescriptor(result, '__proto__')?.value, 9);
  });

  it('reports a path it cannot parse and goes on with the others', () => {
    const issues: GeneratorIssue[] = [];
    const reporting: GeneratorContext = { mode: 'consumer', onIssue: (issue) => issues.push(issue) };
    const result = applyToJson({ a: 1, b: 2 }, [target('$.'), target('$.b')], reporting);
    assert.deepEqual(result, { a: 1, b: 9 });
    assert.equal(issues[0]?.path, '$.');
    assert.match(issues[0]?.message ?? '', /is not a valid path/);
  });
});
