import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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
