import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pactCorpusFiles } from '../../../test/support/pact-corpus-files.ts';
import { referenceStringifyJson } from '../../../test/support/reference-json-text.ts';
import type { HttpInteraction, MessageInteraction, Pact } from '../model/pact.ts';
import { loadPactFile } from '../pact-file/load-and-save.ts';
import { formatPactChunks, formatPactJson, writePactJson } from './write-pact.ts';

/** What the writer wrote before interaction texts were cached and native JSON used. */
function previousText(pact: Pact, spec: 'V3' | 'V4'): string {
  return `${referenceStringifyJson(writePactJson(pact, spec), 2)}\n`;
}

function assertSameText(pact: Pact, spec: 'V3' | 'V4', label: string): void {
  const expected = previousText(pact, spec);
  assert.equal(formatPactJson(pact, spec), expected, label);
  assert.equal(Buffer.concat(formatPactChunks(pact, spec)).toString('utf8'), expected, label);
  assert.equal(formatPactJson(pact, spec), expected, `${label} (cached texts)`);
}

const http: HttpInteraction = {
  kind: 'http',
  description: 'get item',
  providerStates: [{ name: 'item', params: { at: new Date(0), big: 2 ** 60, deep: [[[{ x: null }]]] } }],
  request: { method: 'GET', path: '/items/1', body: { state: 'missing' } },
  response: {
    status: 200,
    headers: { 'Content-Type': ['application/json'] },
    body: {
      state: 'present',
      content: Buffer.from('{"id":1.5,"n":"é\\u0000"}'),
      contentType: 'application/json',
    },
  },
};

const message: MessageInteraction = {
  kind: 'message',
  description: 'item created',
  providerStates: [],
  message: {
    contents: { state: 'present', content: Buffer.from('{"id":1}'), contentType: 'application/json' },
    metadata: { topic: 'items' },
  },
};

describe('formatPactJson', () => {
  it('writes every corpus pact byte for byte as before, whole and in chunks', async () => {
    for (const file of pactCorpusFiles()) {
      const pact = await loadPactFile(file);
      const spec = pact.specVersion === 'V4' ? 'V4' : 'V3';
      assertSameText(pact, spec, file);
    }
  });

  it('writes messages after interactions in V3, every kind in V4, and unknown top-level fields', () => {
    const pact: Pact = {
      specVersion: 'V4',
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [message, http, { ...message, description: 'item deleted' }],
      metadata: { client: { name: 'x' } },
      extra: { note: 'kept' },
    };
    assertSameText(pact, 'V3', 'V3');
    assertSameText(pact, 'V4', 'V4');
    assertSameText({ ...pact, interactions: [] }, 'V4', 'empty');
    assertSameText({ ...pact, interactions: [message] }, 'V3', 'messages only');
  });

  it('writes the current text of an interaction object its caller changed since the last write', () => {
    const mutable = { ...http, description: 'before' };
    const pact: Pact = {
      specVersion: 'V4',
      consumer: { name: 'c' },
      provider: { name: 'p' },
      interactions: [mutable],
      metadata: {},
    };
    assert.match(formatPactJson(pact, 'V4'), /"before"/);
    (mutable as { description: string }).description = 'after';
    assert.match(formatPactJson(pact, 'V4'), /"after"/);
    assert.match(Buffer.concat(formatPactChunks(pact, 'V4')).toString(), /"after"/);
  });
});
