import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from '../../match/index.ts';
import { fromMessage, toMessage } from './produced-message.ts';

const text = (body: Message['contents']) =>
  body.state === 'present' ? new TextDecoder().decode(body.content) : body.state;
const jsonExpected: Message = {
  contents: {
    state: 'present',
    content: new TextEncoder().encode('{"a":1}'),
    contentType: 'application/json',
  },
};

describe('produced messages', () => {
  it('JSON-encodes values and takes the expected content type', () => {
    const message = toMessage({ contents: { a: 2 }, metadata: { topic: 't' } }, jsonExpected);
    assert.equal(text(message.contents), '{"a":2}');
    assert.deepEqual(message.metadata, { contentType: 'application/json', topic: 't' });
  });

  it('keeps a string as text when the declared type is not JSON', () => {
    const message = toMessage({ contents: 'hello', metadata: { contentType: 'text/plain' } }, jsonExpected);
    assert.equal(text(message.contents), 'hello');
  });

  it('decodes JSON contents for message providers', () => {
    assert.deepEqual(fromMessage(jsonExpected), { contents: { a: 1 } });
  });
});
