import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getInteraction, httpPact, jsonResponse } from '../../../test/support/sample-pacts.ts';
import { startHttpServer } from '../../core/index.ts';
import type { ContractSystem } from './contract-system.ts';
import { formatResultsBlock } from './results-block.ts';
import { runContractFlow } from './run-contract-flow.ts';

const pact = httpPact(
  [getInteraction('a request for the greeting', '/greeting', jsonResponse({ text: 'hello' }))],
  { provider: 'api' },
);

/** web consumes api; api answers `text` as given. */
function system(
  text: unknown,
  options: { consumerThrows?: boolean; providerThrows?: boolean; invalidPact?: boolean } = {},
): ContractSystem {
  return {
    name: 'tiny',
    services: [
      {
        name: 'web',
        version: '1',
        consumerContracts: [
          {
            name: 'web → api',
            run: async (dir) => {
              if (options.consumerThrows === true) throw new Error('the mock server would not start');
              await writeFile(
                join(dir, 'web-api.json'),
                options.invalidPact === true ? '{"consumer":' : JSON.stringify(pact),
              );
              return {
                provider: 'api',
                ok: true,
                interactions: [{ description: 'a request for the greeting', ok: true }],
              };
            },
          },
        ],
      },
      {
        name: 'api',
        version: text === 'hello' ? '1' : '2',
        provider: {
          start: async () => {
            if (options.providerThrows === true) throw new Error('port in use');
            return startHttpServer(async () => Response.json({ text }));
          },
        },
      },
    ],
  };
}

describe('runContractFlow', () => {
  let out: string;
  before(async () => {
    out = await mkdtemp(join(tmpdir(), 'seam-flow-'));
  });
  after(async () => rm(out, { recursive: true, force: true }));

  it('runs green end to end, then refuses a provider version that breaks the pact', async () => {
    const lines: string[] = [];
    const green = await runContractFlow(system('hello'), {
      outDir: out,
      progress: (line) => lines.push(line),
    });
    assert.equal(green.ok, true, formatResultsBlock(green));
    assert.equal(lines.length, 8);
    assert.deepEqual(
      green.verifications.map((v) => [v.provider, v.ok, v.pairs]),
      [['api', true, [{ consumer: 'web', passed: 1, total: 1 }]]],
    );
    assert.deepEqual(
      green.deployments.map((d) => [d.service, d.deployable]),
      [
        ['api', true],
        ['web', true],
      ],
    );
    assert.equal(green.figures.compatibility.score, 1);
    assert.ok(existsSync(green.files.report));
    assert.match(await readFile(green.files.matrix, 'utf8'), /consumer: web/);

    const broken = await runContractFlow(system(42), { outDir: out });
    assert.equal(broken.ok, false);
    assert.match(broken.verifications[0]?.failures[0]?.issues.join('\n') ?? '', /\$\.text/);
    assert.deepEqual(broken.deployments[0], {
      service: 'api',
      version: '2',
      deployable: false,
      reasons: [
        'The verification for the pact between the version of web currently in production (1) and version 2 of api failed',
      ],
      recorded: false,
    });
    assert.deepEqual([broken.figures.stability.passed, broken.figures.stability.total], [1, 2]);
    assert.equal(broken.matrix.breaking[0]?.providerVersion, '2');
  });

  it('reports a consumer run that throws and a provider that does not start, without stopping', async () => {
    const result = await runContractFlow(system('hello', { consumerThrows: true, providerThrows: true }), {
      outDir: join(out, 'failing'),
    });
    assert.equal(result.ok, false);
    assert.deepEqual(result.consumerTests[0]?.failures, [
      'the contract run threw: the mock server would not start',
    ]);
    assert.equal(result.verifications[0]?.error, 'the provider did not start: port in use');
    assert.match(formatResultsBlock(result), /Contracts are broken/);
  });

  it('reports pacts the broker refuses, and a version it never saw, as failures', async () => {
    const result = await runContractFlow(system('hello', { invalidPact: true }), {
      outDir: join(out, 'invalid'),
    });
    assert.equal(result.ok, false);
    assert.equal(result.publishFailures.length, 1);
    assert.match(result.publishFailures[0] ?? '', /^web 1: /);
    assert.match(formatResultsBlock(result), /Pacts the broker refused/);
    assert.equal(result.deployments.find((d) => d.service === 'web')?.deployable, false);
  });
});
