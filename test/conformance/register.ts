/** Registers a corpus with node:test: a suite named after the corpus, a test per case. */
import { describe, it } from 'node:test';
import type { Corpus } from './corpus.ts';

export async function registerCorpus(corpus: Corpus): Promise<void> {
  const cases = await corpus.cases();
  describe(corpus.name, () => {
    for (const testCase of cases) {
      if (testCase.skip !== undefined) it(testCase.name, { skip: testCase.skip }, () => {});
      else it(testCase.name, () => testCase.run());
    }
  });
}
