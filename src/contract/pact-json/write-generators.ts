/** Writes the {@link Generators} model as V3/V4 pact-file JSON, the inverse of {@link readGenerators}. */
import type { Generator, GeneratorCategory, Generators } from '../../match/index.ts';
import { setOwn } from '../json/untyped-json.ts';
import { fileCategoryName, type PartKind, singleValueCategories } from './part-category.ts';

/**
 * Writes generators by category: `path`, `method` and `status` as one generator, the others as
 * maps; message content generators under `body` (see {@link fileCategoryName}). Undefined when empty.
 *
 * @example
 * writeGenerators({ body: { '$.id': { type: 'Uuid' } } }); // { body: { '$.id': { type: 'Uuid' } } }
 */
export function writeGenerators(
  generators: Generators | undefined,
  part: PartKind = 'http',
): Record<string, unknown> | undefined {
  if (generators === undefined) return undefined;
  const json: Record<string, unknown> = {};
  for (const [category, entries] of Object.entries(generators) as [
    GeneratorCategory,
    Record<string, Generator>,
  ][]) {
    const keys = Object.keys(entries);
    if (keys.length === 0) continue;
    const name = fileCategoryName(category, part);
    if (singleValueCategories.has(category)) {
      const generator = entries.$ ?? entries[keys[0] ?? '$'];
      if (generator !== undefined) json[name] = { ...generator };
      continue;
    }
    const written: Record<string, unknown> = {};
    for (const [key, generator] of Object.entries(entries)) setOwn(written, key, { ...generator });
    json[name] = written;
  }
  return Object.keys(json).length === 0 ? undefined : json;
}
