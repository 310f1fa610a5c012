import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { isSeamError } from '../errors.ts';
import { httpRequest } from './http-request.ts';
import { startHttpServer } from './start-http-server.ts';

const sockets = new Set<Socket>();

/** A raw TCP peer that does `onConnection` with each client socket instead of speaking HTTP. */
async function hostilePeer(onConnection: (socket: Socket) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    socket.once('data', () => onConnection(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/thing`, server };
}

function isIoErrorNaming(url: string, pattern: RegExp): (error: unknown) => boolean {
  return (error) => isSeamError(error, 'io') && error.message.includes(url) && pattern.test(error.message);
}

describe('httpRequest', () => {
  after(() => {
    for (const socket of sockets) socket.destroy();
  });

  it('returns status, all header values and the body', async () => {
    await using server = await startHttpServer(async (request) => {
      const headers = new Headers({ 'x-echo': request.headers.get('x-in') ?? '' });
      headers.append('set-cookie', 'a=1');
      headers.append('set-cookie', 'b=2');
      return new Response(await request.text(), { status: 202, headers });
    });
    const response = await httpRequest(`${server.url}/x`, {
      method: 'put',
      headers: { 'x-in': 'v' },
      body: new TextEncoder().encode('payload'),
    });
    assert.equal(response.status, 202);
    assert.deepEqual(response.headers['x-echo'], ['v']);
    assert.deepEqual(response.headers['set-cookie'], ['a=1', 'b=2']);
    assert.equal(new TextDecoder().decode(response.body), 'payload');
  });

  it('rejects garbage bytes as a malformed response', async () => {
    const peer = await hostilePeer((socket) => socket.end('\x00\x01garbage\r\n\r\n'));
    await assert.rejects(httpRequest(peer.url), isIoErrorNaming(peer.url, /malformed HTTP response/));
    peer.server.close();
  });

  it('rejects a response cut off mid-body', async () => {
    const peer = await hostilePeer((socket) =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly a part'),
    );
    await assert.rejects(httpRequest(peer.url), isIoErrorNaming(peer.url, /closed before the response body/));
    peer.server.close();
  });

  it('rejects a connection closed without an answer', async () => {
    const peer = await hostilePeer((socket) => socket.destroy());
    await assert.rejects(httpRequest(peer.url), isIoErrorNaming(peer.url, /closed the connection|reset/));
    peer.server.close();
  });

  it('times out on a peer that never answers', async () => {
    const peer = await hostilePeer(() => {});
    await assert.rejects(
      httpRequest(peer.url, { timeoutMs: 200 }),
      isIoErrorNaming(peer.url, /no complete response within 200 ms/),
    );
    peer.server.close();
  });

  it('times out on a peer that sends headers and then stalls', async () => {
    const peer = await hostilePeer((socket) =>
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab'),
    );
    await assert.rejects(httpRequest(peer.url, { timeoutMs: 200 }), /no complete response within 200 ms/);
    peer.server.close();
  });

  it('caps the response size', async () => {
    const peer = await hostilePeer((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n');
      for (let i = 0; i < 64; i++) socket.write(`400\r\n${'x'.repeat(1024)}\r\n`);
    });
    await assert.rejects(
      httpRequest(peer.url, { maxBodyBytes: 4096 }),
      isIoErrorNaming(peer.url, /larger than the 4096-byte limit/),
    );
    peer.server.close();
  });

  it('rejects an unreachable server, naming the URL', async () => {
    const peer = await hostilePeer(() => {});
    await new Promise((resolve) => peer.server.close(resolve));
    await assert.rejects(httpRequest(peer.url), isIoErrorNaming(peer.url, /connection refused/));
  });

  it('rejects when aborted, and refuses URLs that are not http', async () => {
    const peer = await hostilePeer(() => {});
    const controller = new AbortController();
    const pending = httpRequest(peer.url, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, /aborted/);
    await assert.rejects(httpRequest(peer.url, { signal: AbortSignal.abort() }), /aborted/);
    await assert.rejects(httpRequest('ftp://example.com/'), (e) => isSeamError(e, 'usage'));
    await assert.rejects(httpRequest('not a url'), (e) => isSeamError(e, 'usage'));
    peer.server.close();
  });
});
