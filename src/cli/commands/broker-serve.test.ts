import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { startHttpServer } from '../../core/http/index.ts';
import { run } from './broker-serve.ts';

describe('seam broker serve', () => {
  it('serves until stopped, with its data in the given folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-serve-'));
    const out: string[] = [];
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    const running = run(['--port', '0', '--data', dir], io, stopped);
    while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const url = /listening on (\S+)/.exec(out.join(''))?.[1] ?? '';
    assert.equal((await fetch(`${url}/pacticipants`)).status, 200);
    stop();
    assert.equal(await running, 0);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 for a bad port', async () => {
    const err: string[] = [];
    assert.equal(
      await run(['--port', 'x'], { out: () => {}, err: (t) => err.push(t) }, Promise.resolve()),
      2,
    );
    assert.match(err.join(''), /--port must be a port number/);
  });
});

describe('seam broker serve with auth', () => {
  it('takes tokens and public read from flags, over the environment', async () => {
    const out: string[] = [];
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    const running = run(
      ['--port', '0', '--data', ':memory:', '--write-token', 'w', '--public-read'],
      io,
      stopped,
    );
    while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.match(out.join(''), /auth: on, public read/);
    const url = /listening on (\S+)/.exec(out.join(''))?.[1] ?? '';
    assert.equal((await fetch(`${url}/pacticipants`)).status, 200);
    const put = (authorization?: string) =>
      fetch(`${url}/pacticipants/web/branches/main/versions/1`, {
        method: 'PUT',
        headers: authorization === undefined ? {} : { authorization },
      });
    assert.equal((await put()).status, 401);
    assert.notEqual((await put('Bearer w')).status, 401);
    stop();
    assert.equal(await running, 0);
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
    const out: string[] = [];
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    const running = run(['--port', '0', '--data', ':memory:', ...flags], io, stopped);
    while (out.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const url = /listening on (\S+)/.exec(out.join(''))?.[1] ?? '';
    const created = await fetch(`${url}/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        events: [{ name: 'contract_published' }],
        request: { method: 'POST', url: `${receiver.url}/hook`, body: { event: 'published' } },
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const self = ((await created.json()) as { _links: { self: { href: string } } })._links.self.href;
    const executed = await fetch(`${self}/execute`, { method: 'POST' });
    stop();
    assert.equal(await running, 0);
    return { status: executed.status, text: await executed.text(), received };
  }

  it('refuses private addresses by default and reaches those --webhook-allow-host names', async () => {
    const refused = await executeWebhook([]);
    assert.equal(refused.status, 500);
    assert.match(refused.text, /--webhook-allow-host/);
    assert.deepEqual(refused.received, []);
    const allowed = await executeWebhook(['--webhook-allow-host', '127.0.0.1']);
    assert.equal(allowed.status, 200, allowed.text);
    assert.equal(allowed.received.length, 1);
    const open = await executeWebhook(['--webhook-allow-private-networks']);
    assert.equal(open.status, 200, open.text);
  });
});
