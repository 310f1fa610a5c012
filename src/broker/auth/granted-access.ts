/** What the credentials of a request grant, compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AccessLevel, BasicCredentials, BrokerAuthOptions } from './broker-auth-options.ts';

/**
 * The access the `Authorization` header grants: `write`, `read`, or `none` when it is missing,
 * malformed or matches no configured credential.
 *
 * @example
 * grantedAccess('Bearer r', { readToken: 'r' }); // 'read'
 */
export function grantedAccess(header: string | null, options: BrokerAuthOptions): AccessLevel {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header ?? '');
  const scheme = match?.[1]?.toLowerCase();
  const value = match?.[2] ?? '';
  if (scheme === 'bearer')
    return levelOf(matches(value, options.writeToken), matches(value, options.readToken));
  if (scheme === 'basic') {
    const pair = decodeBasic(value);
    return levelOf(matchesUser(pair, options.basicAuth), matchesUser(pair, options.basicAuthReadOnly));
  }
  return 'none';
}

function levelOf(write: boolean, read: boolean): AccessLevel {
  if (write) return 'write';
  return read ? 'read' : 'none';
}

function decodeBasic(value: string): BasicCredentials | undefined {
  const text = Buffer.from(value, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

function matchesUser(given: BasicCredentials | undefined, expected: BasicCredentials | undefined): boolean {
  if (given === undefined || expected === undefined) return false;
  // Both halves are always compared, so the time taken does not tell which one was wrong.
  const username = matches(given.username, expected.username);
  const password = matches(given.password, expected.password);
  return username && password;
}

// Comparing digests keeps the comparison constant-time whatever the lengths of the two strings.
function matches(given: string, expected: string | undefined): boolean {
  if (expected === undefined || expected === '') return false;
  return timingSafeEqual(digest(given), digest(expected));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
