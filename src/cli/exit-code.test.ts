import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeamError } from '../core/index.ts';
import { exitCodeOf } from './exit-code.ts';

describe('exitCodeOf', () => {
  it('gives 2 for misuse: usage, configuration, input that cannot be read', () => {
    for (const code of ['usage', 'config', 'parse', 'invalid-pact', 'unsupported'] as const)
      assert.equal(exitCodeOf(new SeamError(code, 'x')), 2, code);
  });

  it('gives 1 for a broken environment, a seam bug, and anything not a SeamError', () => {
    assert.equal(exitCodeOf(new SeamError('io', 'cannot reach the broker')), 1);
    assert.equal(exitCodeOf(new SeamError('internal', 'bug')), 1);
    assert.equal(exitCodeOf(Object.assign(new Error('missing'), { code: 'ENOENT' })), 1);
    assert.equal(exitCodeOf('text'), 1);
  });
});
