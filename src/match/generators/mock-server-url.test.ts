import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import type { GeneratorIssue } from './context.ts';
import { generateValue } from './generate-value.ts';

describe('MockServerURL generator', () => {
  it('puts the mock server URL in front of the path the regex captures', () => {
    const generator = {
      type: 'MockServerURL',
      example: 'http://localhost:1234/path',
      regex: '.*(/path)$',
    } as const;
    const context = { mode: 'consumer', mockServerUrl: 'http://192.168.2.1:2345/p' } as const;
    assert.equal(generateValue(generator, context), 'http://192.168.2.1:2345/p/path');
  });

  it('does not double the slash between the URL and the path', () => {
    const generator = { type: 'MockServerURL', example: 'http://1234:8080/a', regex: '.*(/a)' } as const;
    assert.equal(
      generateValue(generator, { mode: 'consumer', mockServerUrl: 'http://somewhere.world/' }),
      'http://somewhere.world/a',
    );
  });

  it('leaves the value and reports when the context has no mock server URL', () => {
    const issues: GeneratorIssue[] = [];
    const generator = { type: 'MockServerURL', example: 'http://x/a', regex: '.*(/a)' } as const;
    assert.equal(
      generateValue(generator, { mode: 'consumer', onIssue: (issue) => issues.push(issue) }, 'old'),
      'old',
    );
    assert.match(issues[0]?.message ?? '', /no mockServerUrl/);
  });

  it('throws an invalid-generator error for a regex without a group', () => {
    const generator = { type: 'MockServerURL', example: 'http://x/a', regex: '.*/a' } as const;
    assert.throws(
      () => generateValue(generator, { mode: 'consumer', mockServerUrl: 'http://m' }),
      (error: unknown) => isSeamError(error, 'invalid-generator') && /needs a group/.test(error.message),
    );
  });

  it('does nothing for the provider', () => {
    const generator = { type: 'MockServerURL', example: 'http://x/a', regex: '.*(/a)' } as const;
    assert.equal(generateValue(generator, { mode: 'provider', mockServerUrl: 'http://m' }, 'old'), 'old');
  });
});
