import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { main } from './main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('seam CLI', () => {
  it('prints help listing every command and exits 0 on --help', async () => {
    const { io, out } = capture();
    assert.equal(await main(['--help'], io), 0);
    assert.match(out.join(''), /seam pact check/);
  });

  it('exits 2 with the help on stderr for an unknown command', async () => {
    const { io, err } = capture();
    assert.equal(await main(['frobnicate'], io), 2);
    assert.match(err.join(''), /Unknown command: seam frobnicate/);
  });

  it('exits 2 when called with no command', async () => {
    const { io } = capture();
    assert.equal(await main([], io), 2);
  });
});
