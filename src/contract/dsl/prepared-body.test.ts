import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { formatMockServerReport, startMockServer } from '../mock-server/index.ts';
import type { HttpInteraction, Pact } from '../model/pact.ts';
import { ContractTestError } from './contract-test-error.ts';
import { createPact } from './create-pact.ts';
import { buildRequest, buildResponse } from './http-parts.ts';
import { binaryBody, binaryFileBody, isPreparedBody, multipartFileBody } from './prepared-body.ts';
import type { ContractRuntime } from './runtime.ts';
import { requestTemplate, responseTemplate } from './template-builders.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const contentTypeRule = (value: string) => ({ combine: 'AND', rules: [{ match: 'contentType', value }] });

let dir = '';
let pdfFile = '';
let textFile = '';
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seam-prepared-body-'));
  pdfFile = path.join(dir, 'invoice.pdf');
  textFile = path.join(dir, 'notes.txt');
  await writeFile(pdfFile, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
  await writeFile(textFile, 'paid in full\n');
});
after(() => rm(dir, { recursive: true, force: true }));

describe('binary bodies', () => {
  it('keeps the bytes and matches them by content type at $', () => {
    const body = binaryBody('image/png', new Uint8Array([1, 2, 3]));
    assert.ok(isPreparedBody(body));
    assert.deepEqual(body.built.body, {
      state: 'present',
      content: new Uint8Array([1, 2, 3]),
      contentType: 'image/png',
    });
    assert.deepEqual(body.built.rules, { $: contentTypeRule('image/png') });
    assert.equal(body.header, 'image/png');
  });

  it('reads a file, and says which file when it cannot', () => {
    assert.deepEqual(
      binaryFileBody('application/pdf', pdfFile).built.body,
      binaryBody('application/pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff])).built.body,
    );
    assert.throws(
      () => binaryFileBody('application/pdf', path.join(dir, 'missing.pdf')),
      (error: unknown) => isSeamError(error, 'usage') && /missing\.pdf/.test(error.message),
    );
  });

  it('sets the Content-Type header and the body rule through binaryFile and body(contentType, Buffer)', () => {
    const request = buildRequest(
      requestTemplate('PUT', '/invoices/1/pdf', (b) => b.binaryFile('application/pdf', pdfFile)),
    );
    assert.deepEqual(request.headers, { 'Content-Type': ['application/pdf'] });
    assert.deepEqual(request.matchingRules, { body: { $: contentTypeRule('application/pdf') } });
    const response = buildResponse(responseTemplate(200, (b) => b.body('image/png', Buffer.from([9, 8]))));
    assert.deepEqual(response.headers, { 'Content-Type': ['image/png'] });
    assert.deepEqual(response.matchingRules, { body: { $: contentTypeRule('image/png') } });
  });

  it('keeps a text body(contentType, string) as text, without a rule', () => {
    const response = buildResponse(responseTemplate(200, (b) => b.body('text/csv', 'a,b\n')));
    assert.equal(response.matchingRules, undefined);
    assert.equal(response.body.state === 'present' && text(response.body.content), 'a,b\n');
  });
});

describe('multipart bodies', () => {
  it('writes one part with the file name, a header regex and a content-type rule on the part', () => {
    const body = multipartFileBody('text/plain', textFile, 'notes', 'BOUNDARY');
    assert.equal(body.header, 'multipart/form-data; boundary=BOUNDARY');
    assert.equal(body.built.contentType, 'multipart/form-data');
    assert.equal(
      body.built.body.state === 'present' && text(body.built.body.content),
      '--BOUNDARY\r\nContent-Disposition: form-data; name="notes"; filename="notes.txt"\r\n' +
        'Content-Type: text/plain\r\n\r\npaid in full\n\r\n--BOUNDARY--\r\n',
    );
    assert.deepEqual(body.built.rules, { '$.notes': contentTypeRule('text/plain') });
    assert.deepEqual(Object.keys(body.headerRules), ['Content-Type']);
  });

  it('picks a random 16-character boundary when none is given', () => {
    assert.match(multipartFileBody('text/plain', textFile, 'notes').header, /boundary=[A-Za-z0-9]{16}$/);
  });

  it('guesses the part header from the extension, as the Pact core, else application/octet-stream', async () => {
    const unknown = path.join(dir, 'data.zzq');
    await writeFile(unknown, 'x');
    const part = (file: string) => {
      const { body } = multipartFileBody('text/plain', file, 'f', 'B').built;
      return body.state === 'present' ? /Content-Type: (.+)\r/.exec(text(body.content))?.[1] : undefined;
    };
    assert.equal(part(pdfFile), 'application/pdf');
    assert.equal(part(unknown), 'application/octet-stream');
  });

  it('adds the header rule beside header matchers through multipartBody', () => {
    const request = buildRequest(
      requestTemplate('POST', '/notes', (b) =>
        b.headers({ 'X-Tenant': 'acme' }).multipartBody('text/plain', textFile, 'notes', 'B'),
      ),
    );
    assert.deepEqual(request.headers, {
      'X-Tenant': ['acme'],
      'Content-Type': ['multipart/form-data; boundary=B'],
    });
    assert.deepEqual(Object.keys(request.matchingRules?.header ?? {}), ['Content-Type']);
    assert.deepEqual(request.matchingRules?.body, { '$.notes': contentTypeRule('text/plain') });
  });
});

describe('XML bodies', () => {
  it('xmlBody sends the text as application/xml', () => {
    const response = buildResponse(responseTemplate(200, (b) => b.xmlBody('<ok/>')));
    assert.deepEqual(response.headers, { 'Content-Type': ['application/xml'] });
    assert.equal(response.body.state === 'present' && text(response.body.content), '<ok/>');
  });
});

describe('pact-js V3 file methods against the mock server', () => {
  function recordingRuntime(): ContractRuntime & { merged: Pact[] } {
    const merged: Pact[] = [];
    return {
      merged,
      startMockServer,
      formatMockServerReport,
      mergePactFile: async (_file, pact) => void merged.push(pact),
    };
  }
  const pact = (runtime: ContractRuntime) =>
    createPact({ consumer: 'billing', provider: 'documents', dir, spec: 'V3', runtime });

  it('records withRequestBinaryFile and withResponseMultipartFileUpload', async () => {
    const runtime = recordingRuntime();
    await pact(runtime)
      .addInteraction()
      .uponReceiving('an invoice upload')
      .withRequestBinaryFile({ method: 'PUT', path: '/invoices/1/pdf' }, 'application/pdf', pdfFile)
      .withResponseMultipartFileUpload({ status: 200 }, 'text/plain', textFile, 'notes', 'B')
      .executeTest(async (server) => {
        const response = await fetch(`${server.url}/invoices/1/pdf`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/pdf' },
          body: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]),
        });
        assert.match(await response.text(), /paid in full/);
      });
    const interaction = runtime.merged[0]?.interactions[0] as HttpInteraction;
    assert.deepEqual(interaction.request.matchingRules?.body, { $: contentTypeRule('application/pdf') });
    assert.deepEqual(interaction.response.headers, { 'Content-Type': ['multipart/form-data; boundary=B'] });
  });

  it('rejects a request whose bytes are not of the declared content type', async () => {
    const run = pact(recordingRuntime())
      .addInteraction()
      .uponReceiving('a pdf upload')
      .withRequestBinaryFile({ method: 'PUT', path: '/invoices/1/pdf' }, 'application/pdf', pdfFile)
      .willRespondWith({ status: 204 })
      .executeTest(async (server) => {
        await fetch(`${server.url}/invoices/1/pdf`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/pdf' },
          body: '{"not":"a pdf"}',
        });
      });
    await assert.rejects(run, ContractTestError);
  });
});
