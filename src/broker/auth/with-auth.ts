/** Broker authentication as fetch-style middleware: bearer tokens and basic auth, read or write. */
import type { FetchHandler } from '../../core/index.ts';
import { type BrokerAuthOptions, isAuthConfigured } from './broker-auth-options.ts';
import { grantedAccess } from './granted-access.ts';
import { requiredAccess } from './required-access.ts';

const realm = 'seam broker';

/**
 * Wraps a handler so that reads need read or write credentials (or none, with
 * `allowPublicRead`) and writes need write credentials. Answers 401 with `WWW-Authenticate` for
 * missing or unknown credentials, 403 for read-only credentials on a write; both in the Pact
 * Broker's `{ error: { message } }` shape. Returns the handler itself when no credential is set.
 *
 * @example
 * const handler = withAuth(createBrokerHandler(store), { readToken: 'r', writeToken: 'w' });
 */
export function withAuth(handler: FetchHandler, options: BrokerAuthOptions): FetchHandler {
  if (!isAuthConfigured(options)) return handler;
  return async (request) => {
    const { pathname } = new URL(request.url);
    const needed = requiredAccess(request.method, pathname);
    if (needed === 'read' && options.allowPublicRead === true) return handler(request);
    const granted = grantedAccess(request.headers.get('authorization'), options);
    if (granted === 'none') return unauthorized(request, needed, options);
    if (needed === 'write' && granted === 'read') return forbidden(request);
    return handler(request);
  };
}

function unauthorized(request: Request, needed: string, options: BrokerAuthOptions): Response {
  const given = request.headers.has('authorization');
  const message = given
    ? `The credentials given for ${request.method} ${new URL(request.url).pathname} are not valid; check the token or username and password.`
    : `${request.method} ${new URL(request.url).pathname} needs ${needed} access; send a bearer token or basic-auth credentials.`;
  const headers = new Headers({ 'content-type': 'application/hal+json;charset=utf-8' });
  if (options.readToken !== undefined || options.writeToken !== undefined)
    headers.append('www-authenticate', `Bearer realm="${realm}"`);
  if (options.basicAuth !== undefined || options.basicAuthReadOnly !== undefined)
    headers.append('www-authenticate', `Basic realm="${realm}", charset="UTF-8"`);
  return new Response(JSON.stringify({ error: { message } }), { status: 401, headers });
}

function forbidden(request: Request): Response {
  const message = `${request.method} ${new URL(request.url).pathname} needs write access; the credentials given may only read.`;
  return new Response(JSON.stringify({ error: { message } }), {
    status: 403,
    headers: { 'content-type': 'application/hal+json;charset=utf-8' },
  });
}
