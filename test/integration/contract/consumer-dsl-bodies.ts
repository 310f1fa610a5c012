/**
 * invoice-service's consumer tests for document-service with binary, multipart and XML bodies,
 * written twice: with seam's DSL and with pact-js 17 (the reference), so the pact files can be
 * compared. The client code under test is shared.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PactV3, PactV4 } from '@pact-foundation/pact';
import { createPact } from '../../../src/contract/index.ts';

export const consumer = 'invoice-service';
export const provider = 'document-service';
export const boundary = 'seam-test-boundary';
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0xfe]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x01]);
const orderXml = '<?xml version="1.0" encoding="UTF-8"?><order id="1042"><line sku="SKU-1" qty="2"/></order>';
const acceptedXml = '<?xml version="1.0" encoding="UTF-8"?><accepted order="1042"/>';

/** The files the tests read: an invoice PDF (bytes) and a CSV of lines. */
export async function writeFixtures(dir: string): Promise<{ pdfFile: string; textFile: string }> {
  const pdfFile = path.join(dir, 'invoice.pdf');
  const textFile = path.join(dir, 'lines.txt');
  await writeFile(pdfFile, pdf);
  await writeFile(textFile, 'sku,qty\nSKU-1,2\n');
  return { pdfFile, textFile };
}

/** invoice-service's client for document-service (the code under test). */
export const client = {
  async uploadPdf(url: string, content: Uint8Array): Promise<number> {
    const response = await fetch(`${url}/invoices/1042/pdf`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/pdf' },
      body: content,
    });
    return response.status;
  },
  async logo(url: string): Promise<Uint8Array> {
    return new Uint8Array(await (await fetch(`${url}/logo`)).arrayBuffer());
  },
  async uploadLines(url: string): Promise<number> {
    const form = new FormData();
    form.append('lines', new Blob(['sku,qty\nSKU-3,9\n'], { type: 'text/plain' }), 'lines.txt');
    return (await fetch(`${url}/invoices/1042/lines`, { method: 'POST', body: form })).status;
  },
  async sendOrder(url: string): Promise<string> {
    const response = await fetch(`${url}/orders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml' },
      body: orderXml,
    });
    return response.text();
  },
};

async function checkAll(url: string, logo: Uint8Array) {
  assert.equal(await client.uploadPdf(url, pdf), 204);
  assert.deepEqual(await client.logo(url), logo);
  assert.equal(await client.uploadLines(url), 201);
  assert.match(await client.sendOrder(url), /accepted/);
}

/** The V4 pact, with seam's V4 builders. */
export async function writeSeamV4(dir: string, files: { pdfFile: string; textFile: string }): Promise<void> {
  await createPact({ consumer, provider, dir })
    .addInteraction()
    .uponReceiving('an invoice pdf upload')
    .withRequest('PUT', '/invoices/1042/pdf', (b) => b.binaryFile('application/pdf', files.pdfFile))
    .willRespondWith(204)
    .addInteraction()
    .uponReceiving('a logo request')
    .withRequest('GET', '/logo')
    .willRespondWith(200, (b) => b.body('image/png', Buffer.from(png)))
    .addInteraction()
    .uponReceiving('an invoice lines upload')
    .withRequest('POST', '/invoices/1042/lines', (b) =>
      b.multipartBody('text/plain', files.textFile, 'lines', boundary),
    )
    .willRespondWith(201)
    .addInteraction()
    .uponReceiving('an xml order')
    .withRequest('POST', '/orders', (b) => b.xmlBody(orderXml))
    .willRespondWith(200, (b) => b.xmlBody(acceptedXml))
    .executeTest((server) => checkAll(server.url, png));
}

/** The same V4 pact, with pact-js 17. */
export async function writePactJsV4(
  dir: string,
  files: { pdfFile: string; textFile: string },
): Promise<void> {
  const pact = new PactV4({ consumer, provider, dir, logLevel: 'error' });
  await pact
    .addInteraction()
    .uponReceiving('an invoice pdf upload')
    .withRequest('PUT', '/invoices/1042/pdf', (b) => b.binaryFile('application/pdf', files.pdfFile))
    .willRespondWith(204)
    .executeTest(async (server) => assert.equal(await client.uploadPdf(server.url, pdf), 204));
  await pact
    .addInteraction()
    .uponReceiving('a logo request')
    .withRequest('GET', '/logo')
    .willRespondWith(200, (b) => b.body('image/png', Buffer.from(png)))
    .executeTest(async (server) => assert.deepEqual(await client.logo(server.url), png));
  await pact
    .addInteraction()
    .uponReceiving('an invoice lines upload')
    .withRequest('POST', '/invoices/1042/lines', (b) =>
      b.multipartBody('text/plain', files.textFile, 'lines', boundary),
    )
    .willRespondWith(201)
    .executeTest(async (server) => assert.equal(await client.uploadLines(server.url), 201));
  await pact
    .addInteraction()
    .uponReceiving('an xml order')
    .withRequest('POST', '/orders', (b) => b.xmlBody(orderXml))
    .willRespondWith(200, (b) => b.xmlBody(acceptedXml))
    .executeTest(async (server) => assert.match(await client.sendOrder(server.url), /accepted/));
}

/** The V3 pact, with seam's pact-js-V3-style file methods (the logo is the PDF bytes here). */
export async function writeSeamV3(dir: string, files: { pdfFile: string; textFile: string }): Promise<void> {
  await createPact({ consumer, provider, dir, spec: 'V3' })
    .addInteraction()
    .uponReceiving('an invoice pdf upload')
    .withRequestBinaryFile({ method: 'PUT', path: '/invoices/1042/pdf' }, 'application/pdf', files.pdfFile)
    .willRespondWith({ status: 204 })
    .addInteraction()
    .uponReceiving('a logo request')
    .withRequest({ method: 'GET', path: '/logo' })
    .withResponseBinaryFile({ status: 200 }, 'image/png', files.pdfFile)
    .addInteraction()
    .uponReceiving('an invoice lines upload')
    .withRequestMultipartFileUpload(
      { method: 'POST', path: '/invoices/1042/lines' },
      'text/plain',
      files.textFile,
      'lines',
      boundary,
    )
    .willRespondWith({ status: 201 })
    .addInteraction()
    .uponReceiving('an xml order')
    .withRequest({ method: 'POST', path: '/orders', contentType: 'application/xml', body: orderXml })
    .willRespondWith({ status: 200, contentType: 'application/xml', body: acceptedXml })
    .executeTest((server) => checkAll(server.url, pdf));
}

/** The same V3 pact, with pact-js 17. */
export async function writePactJsV3(
  dir: string,
  files: { pdfFile: string; textFile: string },
): Promise<void> {
  const pact = new PactV3({ consumer, provider, dir, logLevel: 'error' });
  pact
    .uponReceiving('an invoice pdf upload')
    .withRequestBinaryFile({ method: 'PUT', path: '/invoices/1042/pdf' }, 'application/pdf', files.pdfFile)
    .willRespondWith({ status: 204 });
  await pact.executeTest(async (server) => assert.equal(await client.uploadPdf(server.url, pdf), 204));
  pact
    .uponReceiving('a logo request')
    .withRequest({ method: 'GET', path: '/logo' })
    .withResponseBinaryFile({ status: 200 }, 'image/png', files.pdfFile);
  await pact.executeTest(async (server) => assert.deepEqual(await client.logo(server.url), pdf));
  pact
    .uponReceiving('an invoice lines upload')
    .withRequestMultipartFileUpload(
      { method: 'POST', path: '/invoices/1042/lines' },
      'text/plain',
      files.textFile,
      'lines',
      boundary,
    )
    .willRespondWith({ status: 201 });
  await pact.executeTest(async (server) => assert.equal(await client.uploadLines(server.url), 201));
  pact
    .uponReceiving('an xml order')
    .withRequest({ method: 'POST', path: '/orders', contentType: 'application/xml', body: orderXml })
    .willRespondWith({ status: 200, contentType: 'application/xml', body: acceptedXml });
  await pact.executeTest(async (server) => assert.match(await client.sendOrder(server.url), /accepted/));
}
