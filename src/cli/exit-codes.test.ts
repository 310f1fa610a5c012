/**
 * One rule across seam's commands, checked over the whole command table: `--help` prints help and
 * exits 0 (command groups too), an unknown option or a missing value gets seam's own one-line
 * message and exit 2; 1 is kept for a failed check.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { capturedIo } from '../../test/support/captured-io.ts';
import { commandTable, main } from './main.ts';

const commands = commandTable.map((entry) => entry.words.join(' '));

describe('exit codes and messages of every seam command', () => {
  for (const command of commands) {
    const words = command.split(' ');

    it(`seam ${command} --help prints its usage, exit 0`, async () => {
      const { io, text, errors } = capturedIo();
      assert.equal(await main([...words, '--help'], io), 0, errors());
      assert.match(text(), new RegExp(`^Usage: seam ${command}`));
    });

    it(`seam ${command} --bogus says the option is unknown in one line of seam's own, exit 2`, async () => {
      const { io, errors } = capturedIo();
      assert.equal(await main([...words, '--bogus'], io), 2);
      const [first] = errors().split('\n');
      assert.equal(first, 'Unknown option --bogus.');
      assert.doesNotMatch(errors(), /To specify a positional argument|ERR_PARSE_ARGS/);
    });
  }

  for (const group of [...new Set(commandTable.filter((e) => e.words.length > 1).map((e) => e.words[0]))]) {
    it(`seam ${group} --help lists the ${group} commands, exit 0`, async () => {
      const { io, text } = capturedIo();
      assert.equal(await main([group ?? '', '--help'], io), 0);
      for (const entry of commandTable.filter((e) => e.words[0] === group))
        assert.match(text(), new RegExp(`seam ${entry.words.join(' ')} `));
    });

    it(`seam ${group} without a command lists the ${group} commands on stderr, exit 2`, async () => {
      const { io, errors } = capturedIo();
      assert.equal(await main([group ?? ''], io), 2);
      assert.match(errors(), new RegExp(`^seam ${group} needs a command`));
    });
  }

  it('says an option before any command is unknown, exit 2', async () => {
    const { io, errors } = capturedIo();
    assert.equal(await main(['--bogus'], io), 2);
    assert.equal(errors(), 'Unknown option --bogus: seam --help lists the commands and options.\n');
  });

  it('names a near option when one was mistyped', async () => {
    const { io, errors } = capturedIo();
    assert.equal(await main(['pact', 'check', '--jsn', 'x.json'], io), 2);
    assert.match(errors(), /^Unknown option --jsn \(did you mean --json\?\)\.\n/);
  });

  it('says which option needs a value, and which takes none, exit 2', async () => {
    const missing = capturedIo();
    assert.equal(await main(['broker', 'serve', '--port'], missing.io), 2);
    assert.match(missing.errors(), /^--port needs a value\.\n/);
    const unwanted = capturedIo();
    assert.equal(await main(['pact', 'check', '--json=yes', 'x.json'], unwanted.io), 2);
    assert.match(unwanted.errors(), /^--json takes no value\.\n/);
  });

  it('refuses a --broker-url that is not an http(s) URL as a usage error of every broker command, exit 2', async () => {
    const brokerCommands = [
      ['publish', 'examples/pacts', '--consumer-app-version', '1'],
      ['can-i-deploy', '--pacticipant', 'web', '--version', '1', '--to-environment', 'production'],
      ['matrix'],
      ['record-deployment', '--pacticipant', 'web', '--version', '1', '--environment', 'production'],
      ['create-environment', '--name', 'production'],
    ];
    for (const args of brokerCommands) {
      const { io, errors } = capturedIo();
      assert.equal(await main([...args, '--broker-url', 'localhost:9292'], io), 2, args[0]);
      assert.equal(
        errors(),
        `seam ${args[0]}: --broker-url must be an http:// or https:// URL, got "localhost:9292".\n`,
      );
    }
  });

  it('refuses a --database-url that is not PostgreSQL as unsupported, exit 2', async () => {
    for (const url of ['mysql://user@localhost/broker', 'sqlserver://db/broker', './broker.sqlite']) {
      const { io, errors, text } = capturedIo();
      assert.equal(await main(['broker', 'serve', '--port', '0', '--database-url', url], io), 2, url);
      assert.equal(text(), '');
      assert.match(errors(), /^seam broker serve: --database-url .* is not supported: /, url);
      assert.equal(errors().trimEnd().split('\n').length, 1, errors());
    }
  });

  it('exits 2 for a pact file that does not exist (pact check, publish), and 1 for one that is invalid', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seam-exit-codes-'));
    try {
      const missing = capturedIo();
      assert.equal(await main(['pact', 'check', join(dir, 'missing.json')], missing.io), 2);
      const publish = capturedIo();
      const publishArgs = ['--consumer-app-version', '1', '--broker-url', 'http://127.0.0.1:9'];
      assert.equal(await main(['publish', join(dir, 'missing.json'), ...publishArgs], publish.io), 2);
      assert.match(publish.errors(), /^seam publish: .*missing\.json: no such file or directory\n$/);
      const bad = join(dir, 'bad.json');
      await writeFile(bad, '{"consumer": {"name": "web"}, "provider": {"name": 5}, "interactions": []}');
      const invalid = capturedIo();
      assert.equal(await main(['pact', 'check', bad], invalid.io), 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
