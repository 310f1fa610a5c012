import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPact } from './create-pact.ts';

const pact = createPact({ consumer: 'order-service', provider: 'payment-service', dir: '/tmp/pacts' });

// Never called: the checks are the compiler's (`npm run typecheck`); each @ts-expect-error must
// stay an error, so an incomplete interaction cannot compile.
function incompleteInteractionsDoNotCompile(): void {
  const described = pact.addInteraction().uponReceiving('x');
  const withRequest = described.withRequest({ method: 'GET', path: '/' });
  const message = pact.addAsynchronousMessage().expectsToReceive('e');
  const sync = pact.addSynchronousMessage('s').withRequest({ contents: 'a' });
  // @ts-expect-error — no request yet
  described.executeTest;
  // @ts-expect-error — no response yet
  withRequest.executeTest;
  // @ts-expect-error — no description yet
  pact.addInteraction().withRequest;
  // @ts-expect-error — states come before the request
  withRequest.given;
  // @ts-expect-error — a message needs contents before executeTest
  message.executeTest;
  // @ts-expect-error — a message needs a description first
  pact.addAsynchronousMessage().withContent;
  // @ts-expect-error — a synchronous message needs a response
  sync.executeTest;
  // @ts-expect-error — the request needs a path
  described.withRequest({ method: 'GET' });
}

describe('the typestate builder', () => {
  it('has no executeTest on an incomplete interaction at run time either', () => {
    const described = pact.addInteraction().given('s').uponReceiving('x');
    assert.equal('executeTest' in described, false);
    const withRequest = described.withRequest({ method: 'GET', path: '/' });
    assert.deepEqual(Object.keys(withRequest), [
      'willRespondWith',
      'withResponseBinaryFile',
      'withResponseMultipartFileUpload',
    ]);
    assert.equal(typeof withRequest.willRespondWith({ status: 200 }).executeTest, 'function');
    assert.equal(typeof incompleteInteractionsDoNotCompile, 'function');
  });

  it('leaves earlier states unchanged when a setter is called (each step is a new value)', () => {
    const start = pact.addInteraction().given('a');
    const other = start.given('b');
    assert.notEqual(start, other);
  });
});
