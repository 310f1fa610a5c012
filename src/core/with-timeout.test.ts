import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from './errors.ts';
import { withTimeout } from './with-timeout.ts';

describe('withTimeout', () => {
  it('resolves as the work does when it finishes in time', async () => {
    assert.equal(await withTimeout(Promise.resolve(42), 1000, 'too slow'), 42);
  });

  it('rejects with a timeout SeamError carrying the message when the work hangs', async () => {
    await assert.rejects(
      withTimeout(new Promise(() => {}), 10, 'the hook did not finish within 10 ms'),
      (error) => isSeamError(error, 'timeout') && error.message === 'the hook did not finish within 10 ms',
    );
  });
});
