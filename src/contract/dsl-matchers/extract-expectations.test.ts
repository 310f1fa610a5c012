// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractExpectations } from './extract-expectations.ts';
import * as m from './index.ts';

const list = (...rules: unknown[]) => ({ rules, combine: 'AND' });

describe('extractExpectations for bodies writes the rule paths the Pact core writes', () => {
  it('puts eachLike at the array and its items’ rules under [*]', () => {
    const { example, rules } = extractExpectations(
      { items: m.eachLike({ id: m.integer(1), name: 'x' }) },
      'body',
    );
    assert.deepEqual(example, { items: [{ id: 1, name: 'x' }] });
    assert.deepEqual(rules, {
      '$.items[*].id': list({ match: 'integer' }),
      '$.items': list({ match: 'type', min: 1 }),
    });
  });

  it('indexes plain arrays and quotes keys that are not identifiers', () => {
    const { rules } = extractExpectations([{ 'a b': m.like(1) }, { "it's": m.integer(2) }], 'body');
    assert.deepEqual(Object.keys(rules), ["$[0]['a b']", "$[1]['it\\'s']"]);
  });

  it('puts the entries of a values or eachValue matcher under .*', () => {
    const { rules } = extractExpectations(
      { stock: m.eachValueMatches({ a: { n: m.integer(1) } }, m.like({ n: 1 })) },
      'body',
    );
    assert.deepEqual(Object.keys(rules), ['$.stock.*.n', '$.stock']);
  });

  it('records arrayContains variants with their own rules and generators', () => {
    const { example, rules } = extractExpectations(
      { pays: m.arrayContaining({ type: 'card', id: m.uuid() }) },
      'body',
    );
    assert.deepEqual(example, { pays: [{ type: 'card', id: 'e2490de5-5bd3-43d5-b7c4-526e33f71304' }] });
    const rule = rules['$.pays']?.rules[0];
    assert.equal(rule?.match, 'arrayContains');
    assert.deepEqual(rule?.match === 'arrayContains' ? rule.variants[0]?.generators : undefined, {
      '$.id': { type: 'Uuid' },
    });
  });

  it('gathers generators with the Pact core’s defaults', () => {
    const { generators } = extractExpectations(
      { n: m.integer(), u: m.url(['a']), p: m.fromProviderState('${id}', 1) },
      'body',
    );
    assert.deepEqual(generators, {
      '$.n': { type: 'RandomInt', min: 0, max: 10 },
      '$.u': { type: 'MockServerURL', example: 'http://localhost:8080/a', regex: '.*(\\/a)$' },
      '$.p': { type: 'ProviderState', expression: '${id}' },
    });
  });

  it('combines several rules at one path with AND, and accepts the FFI array form', () => {
    const matcher = {
      'pact:matcher:type': [{ 'pact:matcher:type': 'type' }, { 'pact:matcher:type': 'include', value: 'a' }],
      value: 'abc',
    };
    assert.deepEqual(extractExpectations({ x: matcher }, 'body').rules, {
      '$.x': list({ match: 'type' }, { match: 'include', value: 'a' }),
    });
  });

  it('rejects values nested beyond the depth bound', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = { d: deep };
    assert.throws(() => extractExpectations(deep, 'body'), /deeper than/);
  });
});

describe('extractExpectations for the other parts', () => {
  it('keys header rules by name and turns examples into lists of text', () => {
    const found = extractExpectations(
      { 'X-Request-Id': m.uuid(), Accept: 'application/json', 'X-Count': m.integer(3) },
      'header',
    );
    assert.deepEqual(found.example, {
      'X-Request-Id': ['e2490de5-5bd3-43d5-b7c4-526e33f71304'],
      Accept: ['application/json'],
      'X-Count': ['3'],
    });
    assert.deepEqual(Object.keys(found.rules), ['X-Request-Id', 'X-Count']);
    assert.deepEqual(found.generators, { 'X-Request-Id': { type: 'Uuid' } });
  });

  it('keys a later value of a repeated query parameter by name[index]', () => {
    const found = extractExpectations({ tag: ['a', m.regex('^b+$', 'bb')] }, 'query');
    assert.deepEqual(found.example, { tag: ['a', 'bb'] });
    assert.deepEqual(Object.keys(found.rules), ['tag[1]']);
  });

  it('keeps path and status rules under $', () => {
    assert.deepEqual(extractExpectations(m.regex('^/orders/\\d+$', '/orders/1'), 'path').rules, {
      $: list({ match: 'regex', regex: '^/orders/\\d+$' }),
    });
    const status = extractExpectations(m.statusCode([200, 201]), 'status');
    assert.equal(status.example, 200);
    assert.deepEqual(status.rules, { $: list({ match: 'statusCode', status: [200, 201] }) });
  });

  it('keeps metadata values as JSON', () => {
    const found = extractExpectations({ partition: m.integer(3), topic: 'orders' }, 'metadata');
    assert.deepEqual(found.example, { partition: 3, topic: 'orders' });
    assert.deepEqual(found.rules, { partition: list({ match: 'integer' }) });
  });
});
