/** Where the pacts to verify come from: files, folders, URLs (the broker arrives later). */
import { stat } from 'node:fs/promises';
import { listJsonFiles, SeamError } from '../../core/index.ts';
import type { Pact } from '../model/pact.ts';
import { readPactFileJson } from '../pact-file/load-and-save.ts';
import type { ValidationIssue } from '../validation/issues.ts';
import { authorization } from './broker-auth.ts';
import { fetchBrokerPacts } from './broker-source.ts';
import { send } from './send.ts';
import { validatedSource } from './validated-pact.ts';
import type { VerifyProviderOptions } from './verify-options.ts';

/**
 * A pact to verify, where it came from, and whether the whole pact is pending.
 *
 * @example
 * const source: PactSource = { pact, source: 'pacts/a-b.json', pending: false };
 */
export interface PactSource {
  readonly pact: Pact;
  readonly source: string;
  readonly pending: boolean;
  /** The broker's `pb:publish-verification-results` link, for pacts from a broker. */
  readonly publishUrl?: string;
  /** The pact's `pb:provider` link (the provider pacticipant), for pacts from a broker. */
  readonly providerUrl?: string;
  /** Why the pact is invalid, when it is: then `pact` holds only its names, and nothing is replayed. */
  readonly invalid?: readonly ValidationIssue[];
}

const maxPactBytes = 64 * 1024 * 1024;

/**
 * Loads every pact the options name: files and URLs in the order given (folders: every `*.json`,
 * by name), then those the broker selects. Each is validated: an invalid one comes back with
 * `invalid` set (and is then failed without being replayed).
 *
 * @throws SeamError `config` when nothing is given, a folder holds no pact or the broker none;
 *   `io`/`parse`/`invalid-pact` for a pact that cannot be read.
 * @example
 * const sources = await loadPactSources({ pactFiles: ['pacts'] });
 */
export async function loadPactSources(options: VerifyProviderOptions): Promise<PactSource[]> {
  const locations = [...(options.pactFiles ?? []), ...(options.pactUrls ?? [])];
  const broker = options.pactBrokerUrl;
  if (locations.length === 0 && broker === undefined) {
    throw new SeamError(
      'config',
      'no pacts to verify: give pact files or folders, pact URLs or a Pact Broker',
    );
  }
  const sources: PactSource[] = [];
  for (const location of locations) sources.push(...(await loadLocation(location, options)));
  if (broker === undefined) return sources;
  const fromBroker = await fetchBrokerPacts(broker, options);
  if (fromBroker.length === 0) {
    throw new SeamError(
      'config',
      `the Pact Broker has no pacts for provider "${options.provider}" with these selectors`,
      { location: broker },
    );
  }
  return [...sources, ...fromBroker];
}

async function loadLocation(location: string, options: VerifyProviderOptions): Promise<PactSource[]> {
  if (/^https?:\/\//i.test(location)) return [await fetchPact(location, options)];
  const files = await expandFolder(location);
  const pacts = await Promise.all(files.map((file) => readPactFileJson(file)));
  return pacts.map((json, index) => validatedSource(json, files[index] ?? location, { pending: false }));
}

async function expandFolder(location: string): Promise<string[]> {
  const info = await stat(location).catch(() => undefined);
  if (info === undefined) throw new SeamError('config', 'no such file or directory', { location });
  if (!info.isDirectory()) return [location];
  const files = await listJsonFiles(location);
  if (files.length === 0) throw new SeamError('config', 'no .json pact files in this folder', { location });
  return files;
}

async function fetchPact(url: string, options: VerifyProviderOptions): Promise<PactSource> {
  const headers = { accept: ['application/hal+json, application/json'], ...authorization(options) };
  const answer = await send(
    { url, method: 'GET', headers },
    { timeoutMs: options.timeout ?? 30_000, maxBodyBytes: maxPactBytes },
  );
  if ('error' in answer)
    throw new SeamError('io', `cannot fetch the pact: ${answer.error}`, { location: url });
  if (answer.status !== 200) {
    throw new SeamError('io', `cannot fetch the pact: the server answered ${answer.status}`, {
      location: url,
    });
  }
  return validatedSource(parseJson(answer.body, url), url, { pending: false });
}

function parseJson(body: Uint8Array, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch (cause) {
    throw new SeamError('parse', 'the pact is not valid JSON', { location: url, cause });
  }
}
