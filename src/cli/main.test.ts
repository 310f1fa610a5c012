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

  it("prints each command's full usage, one option per line, for <command> --help", async () => {
    const broker = ['--broker-url', '--broker-token', '--broker-username', '--broker-password'];
    const lifecycle = ['--pacticipant', '--version', '--environment', ...broker];
    const flags: Record<string, readonly string[]> = {
      'pact check': ['--spec', '--json'],
      verify: [
        '--provider-base-url',
        '--pact-url',
        '--provider-states-setup-url',
        '--provider',
        '--timeout',
        '--concurrency',
        '--junit',
        '--json',
        '--enable-pending',
        ...broker,
        '--consumer-version-selectors',
        '--include-wip-pacts-since',
        '--provider-version',
        '--provider-version-branch',
        '--provider-version-tag',
        '--publish',
      ],
      publish: ['--consumer-app-version', '--branch', ...broker],
      'broker serve': [
        '--port',
        '--host',
        '--data',
        '--database-url',
        '--read-token',
        '--write-token',
        '--basic-auth',
        '--basic-auth-read-only',
        '--public-read',
      ],
      'can-i-deploy': [
        '--pacticipant',
        '--version',
        '--to-environment',
        '--to',
        '--ignore',
        '--json',
        ...broker,
      ],
      'record-deployment': [...lifecycle, '--application-instance'],
      'record-release': lifecycle,
      'record-undeployment': [...lifecycle, '--application-instance'],
      'record-support-ended': lifecycle,
      'create-environment': ['--name', '--display-name', '--production', ...broker],
    };
    for (const [command, expected] of Object.entries(flags)) {
      const { io, out } = capture();
      assert.equal(await main([...command.split(' '), '--help'], io), 0, command);
      const text = out.join('');
      assert.match(text, new RegExp(`^Usage: seam ${command} `), command);
      for (const flag of expected)
        assert.match(text, new RegExp(`^  ${flag}(?: \\S+)?  +\\S`, 'm'), `${command} --help lists ${flag}`);
    }
  });

  it('lists every command with the broker options it takes in seam --help', async () => {
    const { io, out } = capture();
    await main(['--help'], io);
    const text = out.join('');
    for (const command of ['publish', 'can-i-deploy', 'record-undeployment', 'record-support-ended'])
      assert.match(text, new RegExp(`seam ${command} .*--broker-username U --broker-password P`), command);
    assert.match(text, /seam broker serve .*--basic-auth U:P.*--public-read/);
  });
});
