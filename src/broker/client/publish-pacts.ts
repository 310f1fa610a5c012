/** Publishing pact files to a Pact Broker (seam's or the Pact Foundation's) via `pb:publish-contracts`. */
import { SeamError } from '../../core/index.ts';
import { type BrokerConnection, sendToBroker } from './broker-request.ts';
import { type PactFile, readPactFiles } from './pact-files.ts';

/**
 * What {@link publishPacts} publishes, and where.
 *
 * @example
 * const options: PublishPactsOptions = { brokerUrl: 'http://localhost:9292', pactFiles: ['pacts'], consumerVersion: '1.0.0', branch: 'main' };
 */
export interface PublishPactsOptions extends BrokerConnection {
  /** Pact files, or folders of them (every `*.json` inside). */
  readonly pactFiles: readonly string[];
  readonly consumerVersion: string;
  readonly branch?: string;
  /** Tags for the consumer version, created with it (the Pact CLI's `publish --tag`). */
  readonly tags?: readonly string[];
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
    const answer = await sendToBroker(options, url, 'POST', publicationBody(consumer, own, options));
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
    ...(options.tags === undefined || options.tags.length === 0 ? {} : { tags: options.tags }),
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
  const index = (await sendToBroker(options, base, 'GET')) as { _links?: Record<string, { href?: string }> };
  return index._links?.['pb:publish-contracts']?.href ?? `${base}/contracts/publish`;
}
