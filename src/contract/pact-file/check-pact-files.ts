/**
 * `checkPactFiles`: validates pact files and folders of them, returning the outcome per file as
 * data (the CLI's `seam pact check` formats it).
 */
import { stat } from 'node:fs/promises';
import { isSeamError, listJsonFiles } from '../../core/index.ts';
import type { SpecVersion } from '../../match/index.ts';
import { readPact } from '../pact-json/read-pact.ts';
import type { ValidationIssue } from '../validation/issues.ts';
import { validatePact } from '../validation/validate-pact.ts';
import { type LoadPactFileOptions, readPactFileJson } from './load-and-save.ts';

/**
 * The outcome for one file (or for a path that could not be read as one).
 *
 * @example
 * const [first]: readonly PactFileCheck[] = (await checkPactFiles(['pact.json'])).files;
 */
export interface PactFileCheck {
  readonly file: string;
  readonly ok: boolean;
  /** The version the file was checked against (absent when it could not be parsed). */
  readonly specVersion?: SpecVersion;
  readonly interactions?: number;
  readonly issues: readonly ValidationIssue[];
}

/**
 * The outcome for all the paths given to {@link checkPactFiles}.
 *
 * @example
 * const report: PactCheckReport = await checkPactFiles(['pacts']);
 */
export interface PactCheckReport {
  readonly ok: boolean;
  readonly files: readonly PactFileCheck[];
}

/** Options for {@link checkPactFiles}: reading limits, and the version to check against. */
export interface CheckPactFilesOptions extends LoadPactFileOptions {
  /** Check every file against this version, whatever it declares (by default: the declared one). */
  readonly specVersion?: SpecVersion;
}

/**
 * Checks each path: a file is read and validated; a folder contributes every `*.json` file inside
 * it, recursively, in name order. A path that does not exist, a folder with no `.json` file, and a
 * file that cannot be read or parsed are reported as failed checks (issue path `$`), never thrown.
 *
 * @example
 * const report = await checkPactFiles(['examples/pacts']);
 * if (!report.ok) for (const f of report.files) for (const i of f.issues) console.error(`${f.file}: ${i.path}: ${i.message}`);
 */
export async function checkPactFiles(
  paths: readonly string[],
  options: CheckPactFilesOptions = {},
): Promise<PactCheckReport> {
  const files: PactFileCheck[] = [];
  for (const target of paths) {
    const expanded = await expand(target);
    if (typeof expanded === 'string') files.push(failure(target, expanded));
    else for (const file of expanded) files.push(await checkFile(file, options));
  }
  return { ok: files.every((file) => file.ok), files };
}

async function expand(target: string): Promise<string[] | string> {
  const info = await stat(target).catch(() => undefined);
  if (info === undefined) return 'no such file or directory';
  if (!info.isDirectory()) return [target];
  const files = await listJsonFiles(target);
  return files.length === 0 ? 'no .json files in this folder' : files;
}

async function checkFile(file: string, options: CheckPactFilesOptions): Promise<PactFileCheck> {
  let json: unknown;
  try {
    json = await readPactFileJson(file, options);
  } catch (error) {
    if (!isSeamError(error)) throw error;
    return failure(file, error.message.slice(file.length + 2));
  }
  const validation = validatePact(
    json,
    file,
    options.specVersion ? { specVersion: options.specVersion } : {},
  );
  const base = { file, specVersion: validation.specVersion };
  if (!validation.ok) return { ...base, ok: false, issues: validation.issues };
  try {
    const pact = readPact(json, file);
    return { ...base, ok: true, interactions: pact.interactions.length, issues: [] };
  } catch (error) {
    if (!isSeamError(error)) throw error;
    const [, at = '$', message = error.message] = /^.*?: (\$[^:]*): (.*)$/s.exec(error.message) ?? [];
    return {
      ...base,
      ok: false,
      issues: [{ code: 'value', path: at, expected: 'a readable pact', actual: undefined, message }],
    };
  }
}

function failure(file: string, message: string): PactFileCheck {
  return {
    file,
    ok: false,
    issues: [{ code: 'required', path: '$', expected: 'a pact file', actual: undefined, message }],
  };
}
