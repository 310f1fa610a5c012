/**
 * The boundaries of docs/architecture.md, checked over the import graph of src/: a file imports
 * another capability only through that capability's `index.ts`, dependencies point one way, and
 * public faces list their exports (no `export *`). Unit tests beside the code (`*.test.ts`) are
 * held to the same rules: they may reach into their own capability, not into another's.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Which capabilities each may import (besides itself); `cli` and the root entry may use any. */
const allowed: Record<string, readonly string[]> = {
  core: [],
  match: ['core'],
  contract: ['core', 'match'],
  broker: ['core', 'match', 'contract'],
  design: ['core', 'match', 'contract', 'broker'],
  'pact-js': ['core', 'match', 'contract'],
  cli: ['core', 'match', 'contract', 'broker', 'design', 'pact-js'],
  '(root)': ['core', 'match', 'contract', 'broker', 'design', 'pact-js'],
};

interface Import {
  readonly file: string;
  readonly target: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name).split('\\').join('/'));
}

const specifiers =
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(specifiers)]
    .map((match) => match[1] ?? match[2] ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({
      file,
      target: relative(root, resolve(dirname(join(root, file)), specifier))
        .split('\\')
        .join('/'),
    }))
    .filter(({ target }) => target.startsWith('src/'));
}

function capabilityOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 2 ? (parts[1] ?? '') : '(root)';
}

const files = sourceFiles('src');
const crossing = files
  .flatMap(importsOf)
  .filter(({ file, target }) => capabilityOf(file) !== capabilityOf(target));

describe('capability boundaries', () => {
  it('every src folder is a capability with a dependency rule', () => {
    const capabilities = new Set(files.map(capabilityOf));
    assert.deepEqual(
      [...capabilities].filter((name) => !(name in allowed)),
      [],
    );
  });

  it("imports across capabilities name the other capability's index.ts, never a private file", () => {
    const private_ = crossing
      .filter(({ target }) => target !== `src/${capabilityOf(target)}/index.ts`)
      .map(({ file, target }) => `${file} imports ${target}`);
    assert.deepEqual(private_, []);
  });

  it('dependencies point one way (core imports no capability, match only core, ...)', () => {
    const against = crossing
      .filter(({ file, target }) => !allowed[capabilityOf(file)]?.includes(capabilityOf(target)))
      .map(({ file, target }) => `${file} (${capabilityOf(file)}) imports ${capabilityOf(target)}`);
    assert.deepEqual(against, []);
  });

  it('examples import seam only through public index.ts files, as a user would', () => {
    const private_ = sourceFiles('examples')
      .flatMap(importsOf)
      .filter(({ target }) => target !== 'src/index.ts' && target !== `src/${capabilityOf(target)}/index.ts`)
      .map(({ file, target }) => `${file} imports ${target}`);
    assert.deepEqual(private_, []);
  });

  it('public faces list their exports: no export * in a capability index.ts', () => {
    const faces = ['src/index.ts', ...files.filter((file) => /^src\/[^/]+\/index\.ts$/.test(file))];
    const starred = faces.filter((file) =>
      /^export\s+(?:type\s+)?\*\s+from/m.test(readFileSync(join(root, file), 'utf8')),
    );
    assert.deepEqual(starred, []);
  });
});
