import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMatchingRules } from './read-matching-rules.ts';
import { writeMatchingRules } from './write-matching-rules.ts';

const one = (rule: object) => ({ rules: [rule], combine: 'AND' });

describe('readMatchingRules', () => {
  it('reads the V2 flat map into categories', () => {
    assert.deepEqual(
      readMatchingRules(
        {
          '$.body': { match: 'type' },
          '$.body.items[*].id': { regex: '\\d+' },
          "$.headers['Content-Type']": { regex: 'json' },
          '$.query.q': { match: 'type' },
          '$.path': { regex: '/o/\\d+' },
        },
        'V2',
      ),
      {
        body: { $: one({ match: 'type' }), '$.items[*].id': one({ match: 'regex', regex: '\\d+' }) },
        header: { 'Content-Type': one({ match: 'regex', regex: 'json' }) },
        query: { q: one({ match: 'type' }) },
        path: { $: one({ match: 'regex', regex: '/o/\\d+' }) },
      },
    );
  });

  it('reads V3 categories, single-list categories under $, and combine', () => {
    assert.deepEqual(
      readMatchingRules(
        {
          path: { matchers: [{ match: 'regex', regex: '^/' }], combine: 'OR' },
          headers: { Accept: { matchers: [{ match: 'include', value: 'json' }] } },
          status: { matchers: [{ match: 'statusCode', status: 'success' }] },
        },
        'V3',
      ),
      {
        path: { $: { rules: [{ match: 'regex', regex: '^/' }], combine: 'OR' } },
        header: { Accept: one({ match: 'include', value: 'json' }) },
        status: { $: one({ match: 'statusCode', status: 'success' }) },
      },
    );
  });

  it('puts message body rules in content, whichever name the file used', () => {
    const rules = { '$.id': { matchers: [{ match: 'integer' }] } };
    for (const name of ['body', 'content', 'contents']) {
      assert.deepEqual(readMatchingRules({ [name]: rules }, 'V4', 'message'), {
        content: { '$.id': one({ match: 'integer' }) },
      });
    }
    assert.deepEqual(Object.keys(readMatchingRules({ content: rules }, 'V4', 'http')), ['body']);
  });

  it('is inverted by writeMatchingRules', () => {
    const rules = readMatchingRules(
      {
        body: { '$.a': { matchers: [{ match: 'datetime', format: 'yyyy' }] } },
        path: { matchers: [{ match: 'type' }] },
      },
      'V3',
    );
    assert.deepEqual(readMatchingRules(writeMatchingRules(rules), 'V3'), rules);
    const message = readMatchingRules({ body: { $: { matchers: [{ match: 'type' }] } } }, 'V3', 'message');
    assert.deepEqual(Object.keys(writeMatchingRules(message, 'message') ?? {}), ['body']);
  });
});
