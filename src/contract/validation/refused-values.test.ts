// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Pact provider-state expressions are written ${name}.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatIssue, validatePact } from './validate-pact.ts';

const base = { consumer: { name: 'c' }, provider: { name: 'p' } };

/** A V3 or V4 pact whose one response carries these rules and generators. */
function pactWith(
  response: { matchingRules?: object; generators?: object },
  version: '3.0.0' | '4.0' = '3.0.0',
) {
  const interaction = {
    description: 'd',
    request: { method: 'GET', path: '/' },
    response: { status: 200, ...(version === '4.0' ? {} : { body: { a: 'x' } }), ...response },
    ...(version === '4.0' ? { type: 'Synchronous/HTTP' } : {}),
  };
  return { ...base, interactions: [interaction], metadata: { pactSpecification: { version } } };
}

function issuesOf(response: { matchingRules?: object; generators?: object }, version?: '3.0.0' | '4.0') {
  return validatePact(pactWith(response, version), 'p.json').issues.map((issue) =>
    formatIssue(issue, 'p.json'),
  );
}

const bodyRule = (matcher: object) => ({ matchingRules: { body: { '$.a': { matchers: [matcher] } } } });
const bodyGenerator = (generator: object) => ({ generators: { body: { '$.a': generator } } });
const at = 'p.json: $.interactions[0].response';

describe('validatePact refuses what cannot work', () => {
  it('refuses a regex matcher that does not compile', () => {
    assert.deepEqual(issuesOf(bodyRule({ match: 'regex', regex: '(unclosed' })), [
      `${at}.matchingRules.body['$.a'].matchers[0].regex: "(unclosed" is not a valid regular expression: Invalid regular expression: /(unclosed/y: Unterminated group`,
    ]);
  });

  it('refuses invalid date, time and timestamp formats', () => {
    for (const match of ['date', 'time', 'timestamp', 'datetime']) {
      const [issue] = issuesOf(bodyRule({ match, format: 'yyyy-qqqqqq' }));
      assert.match(issue ?? '', /matchers\[0\]\.format: "yyyy-qqqqqq" is not a valid date\/time format/);
    }
    const [issue] = issuesOf(bodyRule({ match: 'date', date: "yyyy-MM-dd'T" }));
    assert.match(issue ?? '', /matchers\[0\]\.date: .* never closed/);
  });

  it('refuses a type matcher whose min is greater than its max, and negative or fractional counts', () => {
    assert.deepEqual(issuesOf(bodyRule({ match: 'type', min: 3, max: 1 })), [
      `${at}.matchingRules.body['$.a'].matchers[0].min: "min" (3) must not be greater than "max" (1)`,
    ]);
    assert.equal(issuesOf(bodyRule({ match: 'type', min: -1 })).length, 1);
    assert.equal(issuesOf(bodyRule({ match: 'type', max: 1.5 })).length, 1);
  });

  it('refuses malformed rule and generator paths', () => {
    for (const key of ['$[', 'a..b', '$.', "$['']"]) {
      const rules = issuesOf({ matchingRules: { body: { [key]: { matchers: [{ match: 'type' }] } } } });
      assert.equal(rules.length, 1, key);
      assert.match(rules[0] ?? '', /is not a valid rule path: /);
      const generators = issuesOf({ generators: { body: { [key]: { type: 'Uuid' } } } });
      assert.match(generators[0] ?? '', /is not a valid rule path: /);
    }
  });

  it('refuses generators that cannot produce a value, naming the parameter', () => {
    const cases: [object, RegExp][] = [
      [{ type: 'RandomInt', min: 5, max: 1 }, /\.min: .*'min' \(5\) must not be greater than 'max' \(1\)/],
      [{ type: 'Regex', regex: '(unclosed' }, /\.regex: .*cannot be used/],
      [{ type: 'ProviderState', expression: '/orders/${id' }, /\.expression: .*no closing/],
      [{ type: 'ProviderState', expression: '${id}', dataType: 'NUMBER' }, /\.dataType: .*must be one of/],
      [{ type: 'Date', expression: '+ 1 fortnight' }, /\.expression: .*is invalid/],
      [{ type: 'Time', format: 'HH:mm:bb' }, /\.format: .*is invalid/],
      [{ type: 'DateTime', expression: "+ 1 day @ 25 o'clock" }, /\.expression: .*is invalid/],
      [{ type: 'MockServerURL', regex: '(', example: 'http://x/' }, /\.regex: .*cannot be used/],
      [{ type: 'RandomDecimal', digits: 0 }, /\.digits: .*at least 1/],
    ];
    for (const [generator, message] of cases) {
      const issues = issuesOf(bodyGenerator(generator));
      assert.equal(issues.length, 1, JSON.stringify(generator));
      assert.match(issues[0] ?? '', message);
      assert.ok(issues[0]?.startsWith(`${at}.generators.body['$.a']`), issues[0]);
    }
  });

  it('refuses negative sizes and sizes over the 1 MiB generator limit', () => {
    assert.match(
      issuesOf(bodyGenerator({ type: 'RandomString', size: -1 }))[0] ?? '',
      /\.size: .*at least 0/,
    );
    for (const generator of [
      { type: 'RandomString', size: 1e12 },
      { type: 'RandomHexadecimal', digits: 1_048_577 },
      { type: 'Regex', regex: 'a{100000000}' },
      { type: 'Regex', regex: '(a{1024}){1025}' },
    ]) {
      const issues = issuesOf(bodyGenerator(generator));
      assert.equal(issues.length, 1, JSON.stringify(generator));
      assert.match(issues[0] ?? '', /1048576 characters a generator may produce/);
    }
  });

  it('checks generators nested in matchers and arrayContains variants, in V4', () => {
    const issues = issuesOf(
      {
        matchingRules: {
          body: {
            '$.a': {
              matchers: [
                {
                  match: 'eachValue',
                  rules: [{ match: 'type' }],
                  generator: { type: 'RandomString', size: 1e12 },
                },
                {
                  match: 'arrayContains',
                  variants: [
                    { index: 0, rules: {}, generators: { '$.b': { type: 'Regex', regex: 'a{100000000}' } } },
                  ],
                },
              ],
            },
          },
        },
      },
      '4.0',
    );
    assert.equal(issues.length, 2);
    assert.match(issues[0] ?? '', /matchers\[0\]\.generator\.size: /);
    assert.match(issues[1] ?? '', /variants\[0\]\.generators\['\$\.b'\]\.regex: /);
  });

  it('still accepts what works: valid regexes, formats, paths and generators', () => {
    assert.deepEqual(
      issuesOf({
        matchingRules: {
          body: {
            '$.a': { matchers: [{ match: 'regex', regex: '(?i)^[a-z]+\\Z' }] },
            "$.items[*]['x-y']": {
              matchers: [{ match: 'timestamp', format: "yyyy-MM-dd'T'HH:mm:ss.SSSXXX" }],
            },
            '$.n': { matchers: [{ match: 'type', min: 1, max: 1 }] },
          },
        },
        generators: {
          body: {
            '$.a': { type: 'Regex', regex: '[a-z]{1,1000}\\d*' },
            '$.b': { type: 'Date', format: 'dd/MM/yyyy', expression: 'tomorrow' },
            '$.c': { type: 'ProviderState', expression: '/orders/${id}', dataType: 'string' },
            '$.d': { type: 'RandomString', size: 1_048_576 },
          },
        },
      }),
      [],
    );
  });
});
