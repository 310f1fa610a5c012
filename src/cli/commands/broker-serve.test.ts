import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startServeCommand } from '../../../test/support/serve-command.ts';
import { startHttpServer } from '../../core/index.ts';
import { run } from './broker-serve.ts';

describe('seam broker serve', () => {
  it('serves until stopped, with its data in the given folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-serve-'));
    const served = await startServeCommand(['--port', '0', '--data', dir]);
    assert.equal((await fetch(`${served.url}/pacticipants`)).status, 200);
    assert.equal(await served.stop(), 0);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 for a bad port', async () => {
    const err: string[] = [];
    assert.equal(
      await run(['--port', 'x'], { out: () => {}, err: (t) => err.push(t) }, Promise.resolve()),
      2,
    );
    assert.match(err.join(''), /--port \(or PACT_BROKER_PORT\) must be a port number/);
  });

  it('listens on PACT_BROKER_PORT when --port is not given, and --port wins over it', async () => {
    const saved = process.env.PACT_BROKER_PORT;
    const serveOnce = async (args: string[], portVariable: string) => {
      process.env.PACT_BROKER_PORT = portVariable;
      const served = await startServeCommand(['--data', ':memory:', ...args]);
      return { code: await served.stop(), text: served.text() };
    };
    try {
      // 0 picks a free port: the broker did not take the default 9292.
      const fromEnv = await serveOnce([], '0');
      assert.equal(fromEnv.code, 0, fromEnv.text);
      const port = Number(/listening on http:\/\/[^:]+:(\d+)/.exec(fromEnv.text)?.[1]);
      assert.ok(port > 0 && port !== 9292, fromEnv.text);
      // A flag wins: the variable is not even read, so a bad one does no harm.
      const flagged = await serveOnce(['--port', '0'], 'not-a-port');
      assert.equal(flagged.code, 0, flagged.text);
      const refused = await serveOnce([], 'not-a-port');
      assert.equal(refused.code, 2);
      assert.match(refused.text, /PACT_BROKER_PORT\) must be a port number \(0–65535\), got "not-a-port"/);
    } finally {
      if (saved === undefined) delete process.env.PACT_BROKER_PORT;
      else process.env.PACT_BROKER_PORT = saved;
    }
  });
});

describe('seam broker serve with auth', () => {
  it('takes tokens and public read from flags, over the environment', async () => {
    const served = await startServeCommand([
      ...['--port', '0', '--data', ':memory:'],
      ...['--write-token', 'w', '--public-read'],
    ]);
    assert.match(served.text(), /auth: on, public read/);
    const url = served.url;
    assert.equal((await fetch(`${url}/pacticipants`)).status, 200);
    const put = (authorization?: string) =>
      fetch(`${url}/pacticipants/web/branches/main/versions/1`, {
        method: 'PUT',
        headers: authorization === undefined ? {} : { authorization },
      });
    assert.equal((await put()).status, 401);
    assert.notEqual((await put('Bearer w')).status, 401);
    assert.equal(await served.stop(), 0);
  });

  it('exits 2 for a --basic-auth without a password', async () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    assert.equal(await run(['--basic-auth', 'ci'], io, Promise.resolve()), 2);
    assert.match(err.join(''), /--basic-auth takes user:password/);
  });
});

describe('seam broker serve with webhooks', () => {
  async function executeWebhook(flags: string[]) {
    const received: string[] = [];
    await using receiver = await startHttpServer(async (request) => {
      received.push(await request.text());
      return new Response('ok');
    });
    const served = await startServeCommand(['--port', '0', '--data', ':memory:', ...flags]);
    const created = await fetch(`${served.url}/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `${receiver.url}/hook`, body: { event: 'published' } },
      }),
    });
    if (created.status !== 201) {
      assert.equal(await served.stop(), 0);
      return { status: created.status, text: await created.text(), received };
    }
    const self = ((await created.json()) as { _links: { self: { href: string } } })._links.self.href;
    const executed = await fetch(`${self}/execute`, { method: 'POST' });
    assert.equal(await served.stop(), 0);
    return { status: executed.status, text: await executed.text(), received };
  }

  it('refuses private addresses by default and reaches those --webhook-allow-host names', async () => {
    // A literal loopback address is refused when the webhook is saved.
    const refused = await executeWebhook([]);
    assert.equal(refused.status, 400);
    assert.match(refused.text, /--webhook-allow-host/);
    assert.deepEqual(refused.received, []);
    const allowed = await executeWebhook(['--webhook-allow-host', '127.0.0.1']);
    assert.equal(allowed.status, 200, allowed.text);
    assert.equal(allowed.received.length, 1);
    const open = await executeWebhook(['--webhook-allow-private-networks']);
    assert.equal(open.status, 200, open.text);
  });
});

describe('seam broker serve base URL and client limits', () => {
  const serve = async (args: string[], env: Record<string, string> = {}) => {
    const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    const served = await startServeCommand(['--port', '0', '--data', ':memory:', ...args]);
    for (const [key, value] of Object.entries(saved))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    return served;
  };
  const pacticipantsHref = async (url: string) =>
    ((await (await fetch(`${url}/`)).json()) as { _links: { 'pb:pacticipants': { href: string } } })._links[
      'pb:pacticipants'
    ].href;

  it('builds links from --base-url, else from PACT_BROKER_BASE_URL', async () => {
    const flagged = await serve(['--base-url', 'https://broker.example.com'], {
      PACT_BROKER_BASE_URL: 'https://env.example.com',
    });
    assert.equal(await pacticipantsHref(flagged.url), 'https://broker.example.com/pacticipants');
    assert.equal(await flagged.stop(), 0);
    const fromEnv = await serve([], { PACT_BROKER_BASE_URL: 'https://env.example.com' });
    assert.equal(await pacticipantsHref(fromEnv.url), 'https://env.example.com/pacticipants');
    assert.equal(await fromEnv.stop(), 0);
  });

  it('exits 2 for a base URL that is not a URL, and for limits that are not positive whole numbers', async () => {
    for (const args of [
      ['--base-url', 'broker.example.com'],
      ['--header-timeout', '0'],
      ['--request-timeout', 'soon'],
      ['--max-connections', '-5'],
    ]) {
      const err: string[] = [];
      const code = await run(
        ['--port', '0', '--data', ':memory:', ...args],
        { out: () => {}, err: (t) => err.push(t) },
        Promise.resolve(),
      );
      assert.equal(code, 2, args.join(' '));
      assert.match(
        err.join(''),
        new RegExp(args[0] === '--base-url' ? 'broker\\.example\\.com' : (args[0] ?? '')),
      );
    }
  });

  it('takes --header-timeout and --max-connections', async () => {
    const served = await serve(['--header-timeout', '300', '--max-connections', '1']);
    const { port } = new URL(served.url);
    const { connect } = await import('node:net');
    const opened = (socket: ReturnType<typeof connect>) => {
      socket.on('error', () => {});
      // Read what the server writes, or its close is never seen.
      socket.resume();
      return new Promise((resolve) => socket.once('close', resolve));
    };
    const first = connect({ host: '127.0.0.1', port: Number(port) });
    const firstClosed = opened(first);
    await new Promise((resolve) => first.once('connect', resolve));
    first.write('GET / HTTP/1.1\r\nHost: x\r\n');
    // Over the cap of one: closed at once; the first, stuck in its head, after the header timeout.
    await opened(connect({ host: '127.0.0.1', port: Number(port) }));
    await firstClosed;
    assert.equal(await served.stop(), 0);
  });
});
