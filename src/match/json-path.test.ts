import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonPath } from './json-path.ts';
import { formatPath, formatSegment } from './path-format.ts';

describe('parseJsonPath', () => {
  it('parses dots, brackets, indexes and stars', () => {
    assert.deepEqual(parseJsonPath("$.a['b c'][2][*].*"), {
      ok: true,
      tokens: [
        { kind: 'root' },
        { kind: 'field', name: 'a' },
        { kind: 'field', name: 'b c' },
        { kind: 'index', index: 2, text: '2' },
        { kind: 'star-index' },
        { kind: 'star' },
      ],
    });
  });

  it('accepts XML names with @, # and namespaces', () => {
    const parsed = parseJsonPath('$.urn:ns:foo.@val.#text');
    assert.ok(parsed.ok);
    assert.deepEqual(
      parsed.tokens.map((t) => (t.kind === 'field' ? t.name : t.kind)),
      ['root', 'urn:ns:foo', '@val', '#text'],
    );
  });

  it('reads a path without $ as a field under the root', () => {
    assert.deepEqual(parseJsonPath('a'), {
      ok: true,
      tokens: [{ kind: 'root' }, { kind: 'field', name: 'a' }],
    });
  });

  it('words errors as the reference does', () => {
    assert.deepEqual(parseJsonPath('$.'), {
      ok: false,
      error: 'Expected a path after "." in path expression "$." at index 1',
    });
    assert.deepEqual(parseJsonPath("$['']"), {
      ok: false,
      error: 'Empty strings are not allowed in path expression "$[\'\']" at index 3',
    });
    assert.deepEqual(parseJsonPath('$[a]'), {
      ok: false,
      error:
        'Indexes can only consist of numbers or a "*", found "a" instead in path expression "$[a]" at index 2',
    });
  });
});

describe('formatPath', () => {
  it('prints identifiers with dots, indexes in brackets and other names quoted', () => {
    assert.equal(formatPath(['$', 'one', 'a', 'status']), '$.one.a.status');
    assert.equal(formatPath(['$', 'two', '0', 'ids']), '$.two[0].ids');
    assert.equal(formatPath(['$', '100']), '$[100]');
    assert.equal(formatSegment("it's"), "['it\\'s']");
    assert.equal(formatSegment('@name'), "['@name']");
  });
});
