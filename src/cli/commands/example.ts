/**
 * `seam example shop [--break MODE] [--out DIR] [--days N] [--fresh] [--json]`: seam's main job on
 * the bundled example shop — consumer tests, pact files, an embedded broker, publication,
 * provider verification, can-i-deploy gating deployments to production, figures, the
 * compatibility matrix and an HTML report. Exit 0 when every contract holds, 1 when one breaks,
 * 2 usage error.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ContractSystem, formatResultsBlock, runContractFlow } from '../../design/index.ts';
import type { CommandIo } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { readArguments } from '../read-arguments.ts';
import { formatUsage } from '../usage.ts';

const breakModes = ['renamed-field', 'changed-type', 'required-field'] as const;

/** The text `seam example --help` prints. */
export const usage = formatUsage('seam example shop [options]', [
  ['--break MODE', `make a provider break its contract: ${breakModes.join(', ')}`],
  ['--out DIR', 'where pacts, compatibility-matrix.yaml and report.html go (default .seam/examples/shop)'],
  ['--days N', 'the contract stability window (default 7)'],
  ['--fresh', 'forget earlier runs: start from an empty broker (its data is kept between runs)'],
  ['--json', 'print the results as JSON instead of the results block'],
]);

// The examples live beside src/ (and dist/) in the package: ../../../examples from this file.
const examples = new URL('../../../examples/', import.meta.url);

/** Runs `seam example` with the arguments after `example`. */
export async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = readArguments(io, usage, () =>
    parseOptions({
      args: [...args],
      allowPositionals: true,
      options: {
        break: { type: 'string' },
        out: { type: 'string' },
        days: { type: 'string' },
        fresh: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    }),
  );
  if (parsed === undefined) return 2;
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || positionals[0] !== 'shop') {
    io.err(`Name the example to run: shop.\n${usage}`);
    return 2;
  }
  const mode = values.break;
  if (mode !== undefined && !(breakModes as readonly string[]).includes(mode)) {
    io.err(`--break must be one of ${breakModes.join(', ')}, not ${JSON.stringify(mode)}.\n${usage}`);
    return 2;
  }
  const days = values.days === undefined ? 7 : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    io.err(`--days must be a whole number from 1 to 366.\n${usage}`);
    return 2;
  }
  const outDir = values.out ?? join('.seam', 'examples', 'shop');
  if (values.fresh === true) await rm(join(outDir, 'broker'), { recursive: true, force: true });
  const module = new URL('shop/system.ts', examples);
  if (!existsSync(module)) {
    io.err(
      `The example shop is not in this installation (${fileURLToPath(module)} is missing): it ships with seam's repository.\n`,
    );
    return 2;
  }
  const { shopSystem } = (await import(module.href)) as {
    shopSystem: (options: { breaking?: string }) => ContractSystem;
  };
  const system = shopSystem({ breaking: mode ?? 'none' });
  io.err(`seam example shop${mode === undefined ? '' : ` --break ${mode}`}: running the contract flow\n`);
  const result = await runContractFlow(system, {
    outDir,
    stabilityDays: days,
    progress: (line) => io.err(`${line}\n`),
  });
  io.out(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : formatResultsBlock(result));
  return result.ok ? 0 : 1;
}
