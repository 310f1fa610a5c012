// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import * as m from './index.ts';

// pact-js's own V3 matchers, the reference for the JSON shape.
const pactJs = createRequire(import.meta.url)('@pact-foundation/pact/src/v3/matchers') as Record<
  string,
  (...args: unknown[]) => unknown
>;
const reference = (name: string, ...args: unknown[]) =>
  (pactJs[name] as (...a: unknown[]) => unknown)(...args);

describe('matchers build the same JSON as pact-js V3 matchers', () => {
  const cases: [string, unknown, unknown][] = [
    ['like', m.like({ id: 1 }), reference('like', { id: 1 })],
    ['eachLike', m.eachLike('x'), reference('eachLike', 'x')],
    ['eachLike with a minimum', m.eachLike('x', 2), reference('eachLike', 'x', 2)],
    ['atLeastOneLike', m.atLeastOneLike('x'), reference('atLeastOneLike', 'x')],
    ['atLeastLike', m.atLeastLike('x', 2, 3), reference('atLeastLike', 'x', 2, 3)],
    ['atMostLike', m.atMostLike('x', 3), reference('atMostLike', 'x', 3)],
    ['constrainedArrayLike', m.constrainedArrayLike('x', 1, 4), reference('constrainedArrayLike', 'x', 1, 4)],
    ['integer', m.integer(3), reference('integer', 3)],
    ['integer without example', m.integer(), reference('integer')],
    ['decimal', m.decimal(9.99), reference('decimal', 9.99)],
    ['decimal without example', m.decimal(), reference('decimal')],
    ['number', m.number(2), reference('number', 2)],
    ['number without example', m.number(), reference('number')],
    ['boolean', m.boolean(false), reference('boolean', false)],
    ['string', m.string('Ada'), reference('string', 'Ada')],
    ['regex from a RegExp', m.regex(/^a+$/, 'aa'), reference('regex', /^a+$/, 'aa')],
    ['regex from text', m.regex('^a+$', 'aa'), reference('regex', '^a+$', 'aa')],
    [
      'datetime',
      m.datetime('yyyy-MM-dd HH:mm', '2024-05-01 10:00'),
      reference('datetime', 'yyyy-MM-dd HH:mm', '2024-05-01 10:00'),
    ],
    ['timestamp', m.timestamp('yyyy', '2024'), reference('timestamp', 'yyyy', '2024')],
    ['date', m.date('yyyy-MM-dd', '2024-05-01'), reference('date', 'yyyy-MM-dd', '2024-05-01')],
    ['time', m.time('HH:mm', '10:30'), reference('time', 'HH:mm', '10:30')],
    ['iso8601DateTime', m.iso8601DateTime(), reference('iso8601DateTime')],
    ['iso8601DateTimeWithMillis', m.iso8601DateTimeWithMillis(), reference('iso8601DateTimeWithMillis')],
    ['iso8601Date', m.iso8601Date('2024-05-01'), reference('iso8601Date', '2024-05-01')],
    ['iso8601Time', m.iso8601Time(), reference('iso8601Time')],
    ['rfc1123Timestamp', m.rfc1123Timestamp(), reference('rfc1123Timestamp')],
    ['email', m.email(), reference('email')],
    ['ipv4Address', m.ipv4Address(), reference('ipv4Address')],
    ['ipv6Address', m.ipv6Address(), reference('ipv6Address')],
    ['hexadecimal', m.hexadecimal('ff'), reference('hexadecimal', 'ff')],
    [
      'uuid',
      m.uuid('7d8e7d3c-2f4a-4c1e-9d7e-0b1a2c3d4e5f'),
      reference('uuid', '7d8e7d3c-2f4a-4c1e-9d7e-0b1a2c3d4e5f'),
    ],
    ['uuid without example', m.uuid(), reference('uuid')],
    ['includes', m.includes('ord'), reference('includes', 'ord')],
    ['nullValue', m.nullValue(), reference('nullValue')],
    ['equal', m.equal(5), reference('equal', 5)],
    ['contentType', m.contentType('image/png'), reference('contentType', 'image/png')],
    [
      'arrayContaining',
      m.arrayContaining({ a: m.integer(1) }, 'b'),
      reference('arrayContaining', { a: m.integer(1) }, 'b'),
    ],
    [
      'eachKeyMatches',
      m.eachKeyMatches({ k: 1 }, m.regex('^k', 'k')),
      reference('eachKeyMatches', { k: 1 }, m.regex('^k', 'k')),
    ],
    ['eachKeyMatches by default', m.eachKeyMatches({ k: 1 }), reference('eachKeyMatches', { k: 1 })],
    [
      'eachValueMatches',
      m.eachValueMatches({ k: 1 }, m.integer(1)),
      reference('eachValueMatches', { k: 1 }, m.integer(1)),
    ],
    ['eachKeyLike', m.eachKeyLike('k', { a: 1 }), reference('eachKeyLike', 'k', { a: 1 })],
    ['fromProviderState', m.fromProviderState('${id}', 7), reference('fromProviderState', '${id}', 7)],
    [
      'url2',
      m.url2('https://x.test', ['orders', m.regex('\\d+', '7')]),
      reference('url2', 'https://x.test', ['orders', m.regex('\\d+', '7')]),
    ],
    ['url', m.url(['orders', m.regex('\\d+', '7')]), reference('url', ['orders', m.regex('\\d+', '7')])],
    ['matchStatus', m.matchStatus(201, [200, 201]), reference('matchStatus', 201, [200, 201])],
  ];
  for (const [name, ours, theirs] of cases) {
    it(name, () => assert.deepEqual(ours, theirs));
  }
});

describe('matchers reject examples that cannot match', () => {
  it('integer with a fraction', () => assert.throws(() => m.integer(1.5), /must be an integer/));
  it('uuid with a bad example', () => assert.throws(() => m.uuid('nope'), /does not match/));
  it('a preset with a bad example', () => assert.throws(() => m.iso8601Date('1 May'), /does not match/));
  it('atMostLike with too many examples', () => assert.throws(() => m.atMostLike('x', 2, 3), /maximum is 2/));
  it('eachLike with max below min', () =>
    assert.throws(() => m.eachLike('x', { min: 3, max: 2 }), /max must be/));
});

describe('matchers without pact-js counterparts', () => {
  it('eachLike takes min and max', () => {
    assert.deepEqual(m.eachLike('x', { min: 2, max: 4 }), {
      min: 2,
      max: 4,
      'pact:matcher:type': 'type',
      value: ['x', 'x'],
    });
  });
  it('notEmpty, semver and statusCode use the Pact core matcher names', () => {
    assert.equal(m.notEmpty('a')['pact:matcher:type'], 'notEmpty');
    assert.equal(m.semver('1.0.0')['pact:matcher:type'], 'semver');
    assert.deepEqual(m.statusCode('information'), {
      'pact:matcher:type': 'statusCode',
      status: 'info',
      value: 100,
    });
  });
  it('datetime without an example formats the current time and asks for a generator', () => {
    const matcher = m.datetime('yyyy-MM-dd');
    assert.match(String(matcher.value), /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(matcher['pact:generator:type'], 'DateTime');
  });
  it('generator helpers pair a rule with a generator', () => {
    assert.deepEqual(m.randomInt(1, 9), {
      'pact:matcher:type': 'integer',
      'pact:generator:type': 'RandomInt',
      min: 1,
      max: 9,
      value: 1,
    });
    assert.equal(m.randomString(4).value, 'xxxx');
  });
  it('reify replaces matchers by their examples', () => {
    assert.deepEqual(
      m.reify({ id: m.integer(7), tags: m.eachLike('new'), at: m.arrayContaining(m.like('a')) }),
      {
        id: 7,
        tags: ['new'],
        at: ['a'],
      },
    );
  });
});
