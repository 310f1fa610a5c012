/** Who may read and write the broker: bearer tokens, basic-auth users and anonymous read. */

/**
 * A basic-auth user, as the Pact Broker's `PACT_BROKER_BASIC_AUTH_USERNAME` / `_PASSWORD`.
 *
 * @example
 * const ci: BasicCredentials = { username: 'ci', password: 's3cret' };
 */
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/**
 * Options of {@link withAuth}. With none of the credentials set, auth is off and every request
 * passes, as before auth existed.
 *
 * @example
 * const auth: BrokerAuthOptions = { readToken: 'r', writeToken: 'w', allowPublicRead: true };
 */
export interface BrokerAuthOptions {
  /** A bearer token that may read. */
  readonly readToken?: string;
  /** A bearer token that may read and write. */
  readonly writeToken?: string;
  /** A basic-auth user that may read and write. */
  readonly basicAuth?: BasicCredentials;
  /** A basic-auth user that may only read. */
  readonly basicAuthReadOnly?: BasicCredentials;
  /** Reads need no credentials (writes still do), as `PACT_BROKER_ALLOW_PUBLIC_READ`. */
  readonly allowPublicRead?: boolean;
}

/** What a request needs, or what its credentials grant. Ordered: each level includes the ones before. */
export type AccessLevel = 'none' | 'read' | 'write';

/**
 * Whether any credential is configured, that is, whether auth is on.
 *
 * @example
 * isAuthConfigured({ allowPublicRead: true }); // false
 */
export function isAuthConfigured(options: BrokerAuthOptions): boolean {
  return (
    options.readToken !== undefined ||
    options.writeToken !== undefined ||
    options.basicAuth !== undefined ||
    options.basicAuthReadOnly !== undefined
  );
}
