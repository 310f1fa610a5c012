/**
 * Module hook for the docs snippets (`node --import ./test/docs/seam-from-source.ts snippet.ts`):
 * `seam` and `seam/<capability>` resolve to `src/<capability>/index.ts`, so a snippet runs against
 * the source being tested, built or not. Only subpaths that package.json `exports` lists resolve,
 * so a snippet cannot import what users cannot.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  exports: Record<string, unknown>;
};

registerHooks({
  resolve(specifier, context, next) {
    if (specifier !== 'seam' && !specifier.startsWith('seam/')) return next(specifier, context);
    const subpath = specifier === 'seam' ? '.' : `./${specifier.slice('seam/'.length)}`;
    if (!(subpath in manifest.exports))
      throw new Error(`${specifier} is not in package.json exports: users cannot import it`);
    const file = subpath === '.' ? 'src/index.ts' : `src/${subpath.slice(2)}/index.ts`;
    return next(new URL(file, root).href, context);
  },
});
