/**
 * The Pact "message proxy" convention, for providers not written in JavaScript: the verifier POSTs
 * `{ description, providerStates }` to the provider base URL and takes the answer's body as the
 * message contents and its `Pact-Message-Metadata` header (base64 JSON) as the metadata. The
 * custom headers (`customHeaders`, `--header`) are sent with it.
 */
import { SeamError } from '../../core/index.ts';
import type { MessageInteraction } from '../model/pact.ts';
import { type SendLimits, send } from './send.ts';
import type { ProducedMessage } from './verify-options.ts';

/**
 * Asks the provider at `baseUrl` for the message of `interaction`.
 *
 * @throws Error saying what failed (the caller turns it into an issue).
 * @example
 * const produced = await fetchProxiedMessage('http://127.0.0.1:8080/_messages', interaction, limits);
 */
export async function fetchProxiedMessage(
  baseUrl: string,
  interaction: MessageInteraction,
  limits: SendLimits,
  customHeaders: Readonly<Record<string, string>> = {},
): Promise<ProducedMessage> {
  const payload = { description: interaction.description, providerStates: interaction.providerStates };
  const body = new TextEncoder().encode(JSON.stringify(payload));
  const custom = new Set(Object.keys(customHeaders).map((name) => name.toLowerCase()));
  const headers = Object.fromEntries([
    ...Object.entries({ 'content-type': ['application/json'], accept: ['*/*'] }).filter(
      ([name]) => !custom.has(name),
    ),
    ...Object.entries(customHeaders).map(([name, value]) => [name, [value]]),
  ]);
  const answer = await send({ url: baseUrl, method: 'POST', headers, body }, limits);
  if ('error' in answer) throw new SeamError('io', answer.error);
  if (answer.status < 200 || answer.status > 299)
    throw new SeamError('io', `POST ${baseUrl} answered ${answer.status}`);
  const metadata = { ...contentTypeOf(answer.headers), ...metadataOf(answer.headers) };
  return { contents: answer.body, metadata };
}

function header(headers: Readonly<Record<string, readonly string[]>>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key]?.[0];
}

function contentTypeOf(headers: Readonly<Record<string, readonly string[]>>): Record<string, unknown> {
  const value = header(headers, 'content-type');
  return value === undefined ? {} : { contentType: value };
}

function metadataOf(headers: Readonly<Record<string, readonly string[]>>): Record<string, unknown> {
  const value = header(headers, 'pact-message-metadata');
  if (value === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
