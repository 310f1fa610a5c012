import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { readRequestBody, requestHeaderValues } from './held-request-parts.ts';
import { httpRequest } from './http-request.ts';
import { startHttpServer } from './start-http-server.ts';

const echo = async (request: Request): Promise<Response> =>
  Response.json({
    method: request.method,
    url: request.url,
    body: new TextDecoder().decode(await readRequestBody(request)),
    header: request.headers.get('x-test'),
  });

/** Sends raw bytes and returns everything the server writes back until it closes. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(bytes));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
    });
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('startHttpServer', () => {
  it('serves a fetch handler on 127.0.0.1 and ::1 on the same port', async () => {
    await using server = await startHttpServer(echo);
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(server.port > 0);
    const v4 = await (await fetch(`${server.url}/a?b=1`, { headers: { 'x-test': 'yes' } })).json();
    assert.deepEqual(v4, { method: 'GET', url: `${server.url}/a?b=1`, body: '', header: 'yes' });
    if (!server.hosts.includes('::1')) return; // a machine without IPv6
    const v6 = await (await fetch(`http://[::1]:${server.port}/b`, { method: 'POST', body: 'hi' })).json();
    assert.deepEqual(v6, { method: 'POST', url: `http://[::1]:${server.port}/b`, body: 'hi', header: null });
  });

  it('keeps a body sent with GET', async () => {
    await using server = await startHttpServer(echo);
    const response = await httpRequest(`${server.url}/search`, { method: 'GET', body: '{"q":1}' });
    assert.equal(JSON.parse(new TextDecoder().decode(response.body)).body, '{"q":1}');
  });

  it('reads a chunked body, and keeps repeated header lines apart', async () => {
    await using server = await startHttpServer(async (request) =>
      Response.json({ body: await request.text(), headers: requestHeaderValues(request)['x-test'] }),
    );
    const reply = await rawExchange(
      server.port,
      'POST /x HTTP/1.1\r\nHost: a\r\nX-Test: 1\r\nX-Test: 2, 3\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\nab\r\n1\r\nc\r\n0\r\n\r\n',
    );
    assert.match(reply, /^HTTP\/1\.1 200 /);
    assert.ok(reply.endsWith('{"body":"abc","headers":["1","2, 3"]}'), reply);
  });

  it('answers 413 to a body over the limit, whether declared or streamed', async () => {
    await using server = await startHttpServer(echo, { maxBodyBytes: 10 });
    const declared = await httpRequest(`${server.url}/x`, { method: 'POST', body: 'x'.repeat(100) });
    assert.equal(declared.status, 413);
    const chunked = await rawExchange(
      server.port,
      `POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n`,
    );
    assert.match(chunked, /^HTTP\/1\.1 413 /);
  });

  it('still reads the deprecated bodyLimit when maxBodyBytes is not given', async () => {
    await using server = await startHttpServer(echo, { bodyLimit: 10 });
    const declared = await httpRequest(`${server.url}/x`, { method: 'POST', body: 'x'.repeat(100) });
    assert.equal(declared.status, 413);
  });

  it('answers 500 with the reason when the handler throws, and keeps serving', async () => {
    await using server = await startHttpServer(async () => {
      throw new Error('boom');
    });
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 500);
    assert.match(await response.text(), /boom/);
    assert.equal((await fetch(`${server.url}/`)).status, 500);
  });

  it('survives malformed requests and refuses targets that are not paths', async () => {
    await using server = await startHttpServer(echo);
    assert.match(await rawExchange(server.port, 'GARBAGE\x00\x01\r\n\r\n'), /^HTTP\/1\.1 400 /);
    assert.match(await rawExchange(server.port, 'GET http://evil/ HTTP/1.1\r\nHost: a\r\n\r\n'), / 400 /);
    assert.match(await rawExchange(server.port, 'TRACE / HTTP/1.1\r\nHost: a\r\n\r\n'), / 405 /);
    // A body cut short: the server answers 400 or just closes; either way it stays up.
    await rawExchange(server.port, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 50\r\n\r\nab');
    assert.equal((await fetch(`${server.url}/still-up`)).status, 200);
  });

  it('closes with a keep-alive connection open, and twice without error', async () => {
    const server = await startHttpServer(echo);
    await httpRequest(`${server.url}/`);
    await server.close();
    await server.close();
    await assert.rejects(httpRequest(`${server.url}/`), /connection refused/);
  });

  it('reports a port already in use', async () => {
    await using first = await startHttpServer(echo, { host: '127.0.0.1' });
    await assert.rejects(
      startHttpServer(echo, { host: '127.0.0.1', port: first.port }),
      /cannot listen on 127\.0\.0\.1 port \d+: .*EADDRINUSE/,
    );
  });
});

describe('startHttpServer against slow and numerous clients', () => {
  // Opens a connection that sends part of a request head and then nothing; resolves when the
  // server closes it, with what the server wrote.
  const slowLoris = (port: number) =>
    new Promise<{ closed: Promise<string> }>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
        resolve({ closed });
      });
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
      });
      const closed = new Promise<string>((done) => socket.on('close', () => done(text)));
      socket.on('error', reject);
    });
  const within = <T>(work: Promise<T>, ms: number, what: string) =>
    Promise.race([
      work,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${what} not within ${ms} ms`)), ms).unref(),
      ),
    ]);

  it('drops a client that never finishes its request head soon after the header timeout, and serves others meanwhile', async () => {
    await using server = await startHttpServer(async () => new Response('ok'), { headersTimeoutMs: 300 });
    const slow = await slowLoris(server.port);
    assert.equal(await (await fetch(`${server.url}/`)).text(), 'ok');
    // Generous: the server's check runs every second at most, the bound only guards against the
    // old 30-second check interval.
    const written = await within(slow.closed, 10_000, 'the slow client was dropped');
    assert.match(written, /^HTTP\/1\.1 408/);
    assert.equal(await (await fetch(`${server.url}/`)).text(), 'ok');
  });

  it('closes connections over maxConnections at once, and takes new ones when some close', async () => {
    await using server = await startHttpServer(async () => new Response('ok'), { maxConnections: 2 });
    const open = async () => {
      const socket = connect({ host: '127.0.0.1', port: server.port });
      await new Promise((resolve) => socket.once('connect', resolve));
      return socket;
    };
    const first = await open();
    const second = await open();
    const third = await open();
    await within(
      new Promise((resolve) => third.once('close', resolve)),
      10_000,
      'the third connection was closed',
    );
    first.destroy();
    second.destroy();
    // The server counts the closed connections out asynchronously: ask until it answers.
    let answer = '';
    for (let attempt = 0; attempt < 100 && !answer.startsWith('HTTP/1.1 200'); attempt++) {
      answer = await rawExchange(server.port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n').catch(
        () => '',
      );
      if (answer === '') await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.match(answer, /^HTTP\/1\.1 200/);
  });

  it('refuses timeouts and caps that are not positive integers', async () => {
    await assert.rejects(
      startHttpServer(async () => new Response('ok'), { maxConnections: 0 }),
      { code: 'usage' },
    );
    await assert.rejects(
      startHttpServer(async () => new Response('ok'), { headersTimeoutMs: -1 }),
      { code: 'usage' },
    );
  });
});
