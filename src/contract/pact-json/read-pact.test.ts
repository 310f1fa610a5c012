import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { readPact } from './read-pact.ts';
import { writePactJson } from './write-pact.ts';

const participants = { consumer: { name: 'order-service' }, provider: { name: 'payment-service' } };
const http = { description: 'get', request: { method: 'GET', path: '/' }, response: { status: 200 } };

describe('readPact', () => {
  it('takes the version from any of the three metadata keys', () => {
    assert.equal(
      readPact({ ...participants, interactions: [], metadata: { pactSpecification: { version: '2.0.0' } } })
        .specVersion,
      'V2',
    );
    assert.equal(
      readPact({
        ...participants,
        interactions: [],
        metadata: { 'pact-specification': { version: '1.1.0' } },
      }).specVersion,
      'V1_1',
    );
    assert.equal(
      readPact({ ...participants, interactions: [], metadata: { pactSpecificationVersion: '1.0.0' } })
        .specVersion,
      'V1',
    );
  });

  it('reads an undeclared file as V4 when its interactions have a type, else as V3', () => {
    assert.equal(
      readPact({ ...participants, interactions: [{ ...http, type: 'Synchronous/HTTP' }] }).specVersion,
      'V4',
    );
    assert.equal(readPact({ ...participants, interactions: [http] }).specVersion, 'V3');
  });

  it('reads V1/V2 provider states and V3 provider states with params', () => {
    const v2 = readPact({
      ...participants,
      interactions: [{ ...http, providerState: 'an order' }],
      metadata: { pactSpecification: { version: '2.0.0' } },
    });
    assert.deepEqual(v2.interactions[0]?.kind === 'http' && v2.interactions[0].providerStates, [
      { name: 'an order' },
    ]);
    const v1 = readPact({ ...participants, interactions: [{ ...http, provider_state: 'legacy' }] });
    assert.deepEqual(v1.interactions[0]?.kind === 'http' && v1.interactions[0].providerStates, [
      { name: 'legacy' },
    ]);
    const v3 = readPact({
      ...participants,
      interactions: [{ ...http, providerStates: [{ name: 's', params: { id: 1 } }] }],
    });
    assert.deepEqual(v3.interactions[0]?.kind === 'http' && v3.interactions[0].providerStates, [
      { name: 's', params: { id: 1 } },
    ]);
  });

  it('reads V3 messages after the HTTP interactions', () => {
    const pact = readPact({
      ...participants,
      interactions: [http],
      messages: [
        { description: 'event', contents: { id: 1 }, metaData: { contentType: 'application/json' } },
      ],
      metadata: { pactSpecification: { version: '3.0.0' } },
    });
    assert.deepEqual(
      pact.interactions.map((i) => i.kind),
      ['http', 'message'],
    );
  });

  it('reads every V4 interaction type and keeps plugin types as JSON', () => {
    const plugin = {
      type: 'Synchronous/gRPC',
      description: 'rpc',
      interactionMarkup: { markup: '#', markupType: 'COMMON_MARK' },
    };
    const pact = readPact({
      ...participants,
      interactions: [
        {
          ...http,
          type: 'Synchronous/HTTP',
          key: 'k',
          pending: true,
          comments: { testname: 't', text: ['x'] },
          transport: 'http',
        },
        {
          type: 'Asynchronous/Messages',
          description: 'm',
          contents: { content: 'x', contentType: 'text/plain' },
        },
        {
          type: 'Synchronous/Messages',
          description: 's',
          request: { contents: { content: 'q' } },
          response: [{ contents: { content: 'a' } }],
        },
        plugin,
      ],
      metadata: { pactSpecification: { version: '4.0' }, plugins: [{ name: 'protobuf', version: '0.3.15' }] },
    });
    assert.deepEqual(
      pact.interactions.map((i) => i.kind),
      ['http', 'message', 'sync-message', 'other'],
    );
    const [first, , , last] = pact.interactions;
    assert.equal(first?.kind === 'http' && first.pending, true);
    assert.deepEqual(last?.kind === 'other' && last.json, plugin);
    assert.deepEqual(pact.metadata, { plugins: [{ name: 'protobuf', version: '0.3.15' }] });
  });

  it('keeps unknown fields at file and interaction level through a write', () => {
    const json = {
      ...participants,
      interactions: [{ ...http, _id: 'i1', x: { y: 1 } }],
      _links: { self: '/p' },
    };
    const pact = readPact(json);
    assert.deepEqual(pact.extra, { _links: { self: '/p' } });
    const written = writePactJson(pact, 'V3');
    assert.deepEqual(written._links, { self: '/p' });
    assert.deepEqual(readPact(written), pact);
  });

  it('refuses a V3 write of a synchronous message', () => {
    const pact = readPact({
      ...participants,
      interactions: [{ type: 'Synchronous/Messages', description: 's', request: {}, response: [] }],
    });
    assert.throws(
      () => writePactJson(pact, 'V3'),
      (e) => isSeamError(e, 'unsupported') && /write the pact as V4/.test(e.message),
    );
  });

  it('names the file and JSON path of a part that is not an object', () => {
    assert.throws(
      () => readPact({ ...participants, interactions: [http, { ...http, response: 'oops' }] }, 'a.json'),
      (e) =>
        isSeamError(e, 'invalid-pact') &&
        e.message.startsWith('a.json: $.interactions[1].response: expected a response'),
    );
    assert.throws(
      () => readPact([], 'a.json'),
      /a.json: \$: expected a pact \(a JSON object\), got an array of 0/,
    );
    assert.throws(
      () => readPact({ interactions: 3 }),
      /\$\.interactions: expected interactions to be an array/,
    );
  });
});
