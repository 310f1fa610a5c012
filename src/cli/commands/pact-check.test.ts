import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { conformanceDir } from '../../../test/conformance/corpus.ts';
import { getInteraction, httpPact } from '../../../test/support/sample-pacts.ts';
import { main } from '../main.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

const valid = httpPact([getInteraction('d', '/')], { consumer: 'c', provider: 'p' });

describe('seam pact check', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'seam-pact-check-'));
    await writeFile(path.join(dir, 'good.json'), JSON.stringify(valid));
    await writeFile(path.join(dir, 'notes.txt'), 'not a pact');
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 for the bundled examples', async () => {
    const { io, out } = capture();
    assert.equal(await main(['pact', 'check', 'examples/pacts'], io), 0);
    assert.match(out.join(''), /3 files checked: 3 valid, 0 invalid/);
  });

  it('accepts all 40 pact files the reference implementation loads', async () => {
    const { io, out } = capture();
    assert.equal(await main(['pact', 'check', conformanceDir('pact-reference-samples')], io), 0);
    assert.match(out.join(''), /40 files checked: 40 valid, 0 invalid/);
  });

  it('rejects every failing V3 schema example when told to check as V3, each with a JSON path', async () => {
    const { io, out } = capture();
    const folder = conformanceDir('pact-schemas/examples/v3/fail');
    assert.equal(await main(['pact', 'check', '--spec', '3', '--json', folder], io), 1);
    const report = JSON.parse(out.join('')) as { files: { ok: boolean; issues: { path: string }[] }[] };
    assert.equal(report.files.length, 32);
    for (const file of report.files) {
      assert.equal(file.ok, false);
      assert.match(file.issues[0]?.path ?? '', /^\$/);
    }
  });

  it('exits 2 for an unknown specification version', async () => {
    const { io, err } = capture();
    assert.equal(await main(['pact', 'check', '--spec', '5', 'examples/pacts'], io), 2);
    assert.match(err.join(''), /Unknown pact specification version "5"/);
  });

  it('exits 2 for an unknown specification version', async () => {
    const { io, err } = capture();
    assert.equal(await main(['pact', 'check', '--spec', '5', 'examples/pacts'], io), 2);
    assert.match(err.join(''), /Unknown pact specification version "5"/);
  });

  it('exits 1 and prints <file>: <json path>: <message> for each problem', async () => {
    const bad = path.join(dir, 'bad.json');
    const broken = structuredClone(valid);
    (broken.interactions[0] as { response: unknown }).response = { status: 99 };
    (broken.interactions[0] as { description: unknown }).description = 5;
    await writeFile(bad, JSON.stringify(broken));
    const { io, out } = capture();
    assert.equal(await main(['pact', 'check', bad], io), 1);
    assert.deepEqual(out.join('').trim().split('\n'), [
      `${bad}: $.interactions[0].description: expected a string, got 5 (number)`,
      `${bad}: $.interactions[0].response.status: expected an HTTP status code (a whole number from 100 to 599), got 99 (number)`,
      '1 file checked: 0 valid, 1 invalid',
    ]);
  });

  it('checks every .json file of a folder, recursively, and reports unparseable files', async () => {
    await writeFile(path.join(dir, 'zz-broken.json'), '{');
    const { io, out } = capture();
    assert.equal(await main(['pact', 'check', dir], io), 1);
    const text = out.join('');
    assert.match(text, /ok .*good\.json \(V3, 1 interaction\)/);
    assert.match(text, /zz-broken\.json: \$: not valid JSON/);
    assert.doesNotMatch(text, /notes\.txt/);
  });

  it('refuses what cannot work, naming the file and JSON path: a bad regex, a generator over the size limit', async () => {
    const bad = path.join(dir, 'cannot-work.json');
    const broken = structuredClone(valid) as { interactions: { response: object }[] };
    broken.interactions[0] = {
      ...broken.interactions[0],
      response: {
        status: 200,
        body: { a: 'x' },
        matchingRules: { body: { '$.a': { matchers: [{ match: 'regex', regex: '(unclosed' }] } } },
        generators: { body: { '$.a': { type: 'Regex', regex: 'a{100000000}' } } },
      },
    };
    await writeFile(bad, JSON.stringify(broken));
    const { io, out } = capture();
    assert.equal(await main(['pact', 'check', bad], io), 1);
    const lines = out.join('').trim().split('\n');
    assert.equal(lines.length, 3);
    assert.ok(
      lines[0]?.startsWith(
        `${bad}: $.interactions[0].response.matchingRules.body['$.a'].matchers[0].regex: "(unclosed" is not a valid regular expression`,
      ),
    );
    assert.ok(
      lines[1]?.startsWith(
        `${bad}: $.interactions[0].response.generators.body['$.a'].regex: Regex generator: 'regex' could produce more than the 1048576 characters`,
      ),
    );
    await rm(bad);
  });

  it('refuses a path that does not exist as unreadable input (exit 2)', async () => {
    const { io, out, err } = capture();
    assert.equal(await main(['pact', 'check', path.join(dir, 'missing.json')], io), 2);
    assert.equal(out.join(''), '');
    assert.match(err.join(''), /^seam pact check: .*missing\.json: no such file or directory\n$/);
  });

  it('prints a machine-readable report with --json', async () => {
    const { io, out } = capture();
    assert.equal(await main(['pact', 'check', '--json', path.join(dir, 'good.json')], io), 0);
    const report = JSON.parse(out.join(''));
    assert.equal(report.ok, true);
    assert.deepEqual(report.files[0], {
      file: path.join(dir, 'good.json'),
      specVersion: 'V3',
      ok: true,
      interactions: 1,
      issues: [],
    });
  });

  it('exits 2 with the usage for no path or an unknown option', async () => {
    for (const args of [[], ['--strict', 'x.json']]) {
      const { io, err } = capture();
      assert.equal(await main(['pact', 'check', ...args], io), 2);
      assert.match(
        err.join(''),
        /Usage: seam pact check <file\|dir\.\.\.> \[--spec 1\|1\.1\|2\|3\|4\] \[--json\]/,
      );
    }
  });
});
