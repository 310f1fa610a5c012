/**
 * The pact-specification test cases (pact-foundation/pact-specification, branches version-1 to
 * version-4): one case per JSON file under `<version>/testcases/<request|response|message>/<aspect>/`.
 * A case passes when seam's verdict equals the file's `match`. Where the Rust reference's copy of the
 * cases disagrees with this corpus (four verdicts), the corpus is followed.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readMessage, readRequest, readResponse } from '../../../src/contract/index.ts';
import {
  type MatchResult,
  matchMessage,
  matchRequest,
  matchResponse,
  type SpecVersion,
} from '../../../src/match/index.ts';
import { type ConformanceCase, type Corpus, conformanceDir } from '../corpus.ts';

const VERSIONS: ReadonlyArray<readonly [folder: string, spec: SpecVersion]> = [
  ['v1', 'V1'],
  ['v1.1', 'V1_1'],
  ['v2', 'V2'],
  ['v3', 'V3'],
  ['v4', 'V4'],
];

interface CaseFile {
  readonly match: boolean;
  readonly comment?: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

async function jsonFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

async function readCase(file: string): Promise<CaseFile> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  return JSON.parse(text) as CaseFile;
}

function verdict(part: string, spec: SpecVersion, testCase: CaseFile, file: string): MatchResult {
  const options = { spec };
  if (part === 'request') {
    return matchRequest(
      readRequest(testCase.expected, spec, file),
      readRequest(testCase.actual, spec, file),
      options,
    );
  }
  if (part === 'response') {
    return matchResponse(
      readResponse(testCase.expected, spec, file),
      readResponse(testCase.actual, spec, file),
      options,
    );
  }
  return matchMessage(
    readMessage(testCase.expected, spec, file),
    readMessage(testCase.actual, spec, file),
    options,
  );
}

function explain(testCase: CaseFile, result: MatchResult): string {
  const expectation = testCase.match ? 'to match' : 'not to match';
  const issues = result.issues.map((issue) => `\n    ${issue.code} ${issue.path}: ${issue.message}`).join('');
  const comment = testCase.comment === undefined ? '' : ` (${testCase.comment})`;
  return `expected the case ${expectation}${comment}, seam said ${result.ok ? 'match' : 'mismatch'}${issues}`;
}

function caseFor(folder: string, spec: SpecVersion, root: string, file: string): ConformanceCase {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const [part = ''] = relative.split('/');
  return {
    name: `${folder} ${relative.replace(/\.json$/, '')}`,
    async run() {
      const testCase = await readCase(file);
      const result = verdict(part, spec, testCase, file);
      if (result.ok !== testCase.match) throw new Error(explain(testCase, result));
    },
  };
}

/** The pact-specification corpus: 803 cases over V1, V1.1, V2, V3 and V4. */
export const pactSpecification: Corpus = {
  name: 'pact-specification',
  async cases() {
    const cases: ConformanceCase[] = [];
    for (const [folder, spec] of VERSIONS) {
      const root = conformanceDir('pact-specification', folder, 'testcases');
      for (const file of await jsonFiles(root)) cases.push(caseFor(folder, spec, root, file));
    }
    return cases;
  },
};
