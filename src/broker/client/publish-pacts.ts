/** Publishing pact files to a Pact Broker (seam's or the Pact Foundation's) via `pb:publish-contracts`. */
import { SeamError } from '../../core/errors.ts';
import { type PactFile, readPactFiles } from './pact-files.ts';

/**
 * What {@link publishPacts} publishes, and where.
 *
 * @example
 * const options: PublishPactsOptions = { brokerUrl: 'http://localhost:9292', pactFiles: ['pacts'], consumerVersion: '1.0.0', branch: 'main' };
 */
export interface PublishPactsOptions {
  readonly brokerUrl: string;
  /** Pact files, or folders of them (every `*.json` inside). */
  readonly pactFiles: readonly string[];
  readonly consumerVersion: string;
  readonly branch?: string;
  /** A bearer token for the broker; wins over username and password. */
  readonly token?: string;
  /** A basic-auth username for the broker (with {@link PublishPactsOptions.password}). */
  readonly username?: string;
  readonly password?: string;
}

/** One published pact. */
export interface PublishedPact {
  readonly file: string;
  readonly consumer: string;
  readonly provider: string;
  /** The pact's URL on the broker. */
  readonly url: string | undefined;
}

/**
 * Publishes the pacts, one `POST /contracts/publish` per consumer.
 *
 * @throws SeamError `io` when the broker cannot be reached or refuses; `invalid-pact` for a file
 *   that is not a pact.
 * @example
 * const published = await publishPacts({ brokerUrl, pactFiles: ['pacts'], consumerVersion: '1.0.0' });
 */
export async function publishPacts(options: PublishPactsOptions): Promise<PublishedPact[]> {
  const files = await readPactFiles(options.pactFiles);
  if (files.length === 0)
    throw new SeamError('usage', `no pact files found in ${options.pactFiles.join(', ')}`);
  const url = await publishUrl(options);
  const published: PublishedPact[] = [];
  for (const consumer of new Set(files.map((file) => file.consumer))) {
    const own = files.filter((file) => file.consumer === consumer);
    const answer = await send(url, 'POST', options, publicationBody(consumer, own, options));
    const links =
      (answer as { _links?: { 'pb:contracts'?: { href?: string }[] } })._links?.['pb:contracts'] ?? [];
    own.forEach((file, index) => {
      published.push({ file: file.file, consumer, provider: file.provider, url: links[index]?.href });
    });
  }
  return published;
}

function publicationBody(consumer: string, files: readonly PactFile[], options: PublishPactsOptions) {
  return {
    pacticipantName: consumer,
    pacticipantVersionNumber: options.consumerVersion,
    ...(options.branch === undefined ? {} : { branch: options.branch }),
    contracts: files.map((file) => ({
      consumerName: consumer,
      providerName: file.provider,
      specification: 'pact',
      contentType: 'application/json',
      content: Buffer.from(file.text).toString('base64'),
    })),
  };
}

async function publishUrl(options: PublishPactsOptions): Promise<string> {
  const base = options.brokerUrl.replace(/\/+$/, '');
  const index = (await send(base, 'GET', options)) as { _links?: Record<string, { href?: string }> };
  return index._links?.['pb:publish-contracts']?.href ?? `${base}/contracts/publish`;
}

async function send(
  url: string,
  method: string,
  options: PublishPactsOptions,
  body?: unknown,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/hal+json, application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const credentials = authorizationOf(options);
  if (credentials !== undefined) headers.authorization = credentials;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new SeamError('io', `cannot reach the Pact Broker: ${(cause as Error).message}`, {
      location: url,
      cause,
    });
  }
  const text = await response.text();
  if (!response.ok)
    throw new SeamError(
      'io',
      `the Pact Broker answered ${response.status} to ${method}: ${text.slice(0, 500)}${authHint(response.status)}`,
      { location: url },
    );
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch (cause) {
    throw new SeamError('parse', 'the Pact Broker answer is not JSON', { location: url, cause });
  }
}

// A token wins over basic auth, as in the Pact CLI.
function authorizationOf(options: PublishPactsOptions): string | undefined {
  if (options.token !== undefined) return `Bearer ${options.token}`;
  if (options.username === undefined) return undefined;
  return `Basic ${Buffer.from(`${options.username}:${options.password ?? ''}`).toString('base64')}`;
}

function authHint(status: number): string {
  if (status === 401) return ' (pass a broker token, or a username and password)';
  if (status === 403) return ' (the credentials may only read; publishing needs write access)';
  return '';
}
