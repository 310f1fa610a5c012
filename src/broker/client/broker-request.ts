/**
 * One request to a Pact Broker (seam's or the Pact Foundation's), shared by every client command:
 * credentials, a timeout (through core's `httpRequest`, so nothing hangs), and errors that name the
 * URL and say what to do about a 401 or 403.
 */
import { httpRequest, SeamError } from '../../core/index.ts';

/** Where the broker is, and how to sign in to it. */
export interface BrokerConnection {
  readonly brokerUrl: string;
  /** A bearer token for the broker; wins over username and password. */
  readonly token?: string;
  /** A basic-auth username for the broker (with {@link BrokerConnection.password}). */
  readonly username?: string;
  readonly password?: string;
}

const decoder = new TextDecoder();

/**
 * Sends `body` (as JSON) to `url` with the connection's credentials and resolves to the parsed
 * answer (`{}` when empty). Rejects with a `SeamError` for an unreachable broker, a non-2xx answer
 * or an answer that is not JSON.
 *
 * @example
 * const index = await sendToBroker(connection, `${connection.brokerUrl}/`, 'GET');
 */
export async function sendToBroker(
  connection: BrokerConnection,
  url: string,
  method: string,
  body?: unknown,
): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/hal+json, application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const credentials = brokerAuthorization(connection);
  if (credentials !== undefined) headers.authorization = credentials;
  const response = await httpRequest(url, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).catch((cause: unknown) => {
    throw new SeamError('io', `cannot reach the Pact Broker: ${(cause as Error).message}`, {
      location: url,
      cause,
    });
  });
  const text = decoder.decode(response.body);
  if (response.status < 200 || response.status >= 300) {
    const answer = `the Pact Broker answered ${response.status} to ${method}: ${errorText(text).slice(0, 500)}`;
    throw new SeamError('io', `${answer}${authHint(response.status)}`, { location: url });
  }
  try {
    return text === '' ? {} : JSON.parse(text);
  } catch (cause) {
    throw new SeamError('parse', 'the Pact Broker answer is not JSON', { location: url, cause });
  }
}

/** A broker error body's message (`{ error: { message } }`, or `{ errors }` by field), else the text. */
function errorText(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown }; errors?: unknown };
    if (typeof body.error?.message === 'string') return body.error.message;
    if (typeof body.errors === 'object' && body.errors !== null)
      return Object.entries(body.errors)
        .map(
          ([field, messages]) =>
            `${field}: ${Array.isArray(messages) ? messages.join('; ') : String(messages)}`,
        )
        .join('; ');
  } catch {
    // Not JSON: the text as it came.
  }
  return text;
}

/**
 * The Authorization header for a connection; a token wins over basic auth, as in the Pact CLI.
 *
 * @example
 * brokerAuthorization({ brokerUrl: 'http://b', token: 't' }); // 'Bearer t'
 */
export function brokerAuthorization(connection: BrokerConnection): string | undefined {
  if (connection.token !== undefined) return `Bearer ${connection.token}`;
  if (connection.username === undefined) return undefined;
  return `Basic ${Buffer.from(`${connection.username}:${connection.password ?? ''}`).toString('base64')}`;
}

function authHint(status: number): string {
  if (status === 401) return ' (pass a broker token, or a username and password)';
  if (status === 403) return ' (the credentials may only read; this needs write access)';
  return '';
}
