/** Broker auth settings from environment variables and command-line flags, resolved once. */
import { definedOnly, SeamError } from '../../core/index.ts';
import type { BasicCredentials, BrokerAuthOptions } from './broker-auth-options.ts';

/**
 * The auth flags of `seam broker serve`, as given (all optional).
 *
 * @example
 * const flags: BrokerAuthFlags = { readToken: 'r', basicAuth: 'ci:s3cret', publicRead: true };
 */
export interface BrokerAuthFlags {
  readonly readToken?: string | undefined;
  readonly writeToken?: string | undefined;
  /** `user:password` of the read-write user. */
  readonly basicAuth?: string | undefined;
  /** `user:password` of the read-only user. */
  readonly basicAuthReadOnly?: string | undefined;
  readonly publicRead?: boolean | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Resolves auth: defaults (off) ← environment ← flags. Reads `SEAM_BROKER_READ_TOKEN`,
 * `SEAM_BROKER_WRITE_TOKEN`, `SEAM_BROKER_BASIC_AUTH_USERNAME` / `_PASSWORD`,
 * `SEAM_BROKER_BASIC_AUTH_READ_ONLY_USERNAME` / `_PASSWORD` and `SEAM_BROKER_ALLOW_PUBLIC_READ`;
 * the Pact Broker's `PACT_BROKER_BASIC_AUTH_*` and `PACT_BROKER_ALLOW_PUBLIC_READ` stand in when
 * the `SEAM_` ones are unset. Empty values count as unset.
 *
 * @throws SeamError `usage` for a `user:password` flag without both parts, or a username without
 *   a password in the environment.
 * @example
 * resolveBrokerAuth({ SEAM_BROKER_READ_TOKEN: 'r' }, { writeToken: 'w' });
 * // { readToken: 'r', writeToken: 'w' }
 */
export function resolveBrokerAuth(env: Env, flags: BrokerAuthFlags = {}): BrokerAuthOptions {
  const read = (name: string) => nonEmpty(env[`SEAM_BROKER_${name}`]) ?? nonEmpty(env[`PACT_BROKER_${name}`]);
  const readToken = flags.readToken ?? nonEmpty(env.SEAM_BROKER_READ_TOKEN);
  const writeToken = flags.writeToken ?? nonEmpty(env.SEAM_BROKER_WRITE_TOKEN);
  const basicAuth =
    userFlag('--basic-auth', flags.basicAuth) ??
    userFromEnv('BASIC_AUTH', read('BASIC_AUTH_USERNAME'), read('BASIC_AUTH_PASSWORD'));
  const basicAuthReadOnly =
    userFlag('--basic-auth-read-only', flags.basicAuthReadOnly) ??
    userFromEnv(
      'BASIC_AUTH_READ_ONLY',
      read('BASIC_AUTH_READ_ONLY_USERNAME'),
      read('BASIC_AUTH_READ_ONLY_PASSWORD'),
    );
  const allowPublicRead = flags.publicRead ?? isTrue(read('ALLOW_PUBLIC_READ'));
  return {
    ...definedOnly({ readToken, writeToken, basicAuth, basicAuthReadOnly }),
    ...(allowPublicRead ? { allowPublicRead } : {}),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function isTrue(value: string | undefined): boolean {
  return value !== undefined && /^(true|1|yes)$/i.test(value);
}

function userFlag(flag: string, value: string | undefined): BasicCredentials | undefined {
  if (value === undefined) return undefined;
  const colon = value.indexOf(':');
  const username = colon < 0 ? '' : value.slice(0, colon);
  const password = colon < 0 ? '' : value.slice(colon + 1);
  if (username === '' || password === '')
    throw new SeamError(
      'usage',
      `${flag} takes user:password with both parts, got "${colon < 0 ? value : `${username}:…`}".`,
    );
  return { username, password };
}

function userFromEnv(
  name: string,
  username: string | undefined,
  password: string | undefined,
): BasicCredentials | undefined {
  if (username === undefined && password === undefined) return undefined;
  if (username === undefined || password === undefined)
    throw new SeamError(
      'usage',
      `SEAM_BROKER_${name}_USERNAME and SEAM_BROKER_${name}_PASSWORD must be set together; only one is.`,
    );
  return { username, password };
}
