import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveBrokerAuth } from './resolve-broker-auth.ts';

describe('resolveBrokerAuth', () => {
  it('is off by default', () => {
    assert.deepEqual(resolveBrokerAuth({}), {});
  });

  it('reads SEAM_BROKER_* variables, with the Pact Broker names as a fallback', () => {
    const auth = resolveBrokerAuth({
      SEAM_BROKER_READ_TOKEN: 'r',
      SEAM_BROKER_WRITE_TOKEN: 'w',
      PACT_BROKER_BASIC_AUTH_USERNAME: 'ci',
      PACT_BROKER_BASIC_AUTH_PASSWORD: 'pw',
      SEAM_BROKER_BASIC_AUTH_READ_ONLY_USERNAME: 'dev',
      SEAM_BROKER_BASIC_AUTH_READ_ONLY_PASSWORD: 'dpw',
      PACT_BROKER_ALLOW_PUBLIC_READ: 'true',
    });
    assert.deepEqual(auth, {
      readToken: 'r',
      writeToken: 'w',
      basicAuth: { username: 'ci', password: 'pw' },
      basicAuthReadOnly: { username: 'dev', password: 'dpw' },
      allowPublicRead: true,
    });
  });

  it('lets flags win over the environment', () => {
    const env = { SEAM_BROKER_WRITE_TOKEN: 'env', SEAM_BROKER_ALLOW_PUBLIC_READ: 'true' };
    const auth = resolveBrokerAuth(env, { writeToken: 'flag', basicAuth: 'ci:p:w', publicRead: false });
    assert.deepEqual(auth, { writeToken: 'flag', basicAuth: { username: 'ci', password: 'p:w' } });
  });

  it('refuses user:password flags without both parts, without echoing a password', () => {
    assert.throws(() => resolveBrokerAuth({}, { basicAuth: 'ci' }), /--basic-auth takes user:password/);
    assert.throws(() => resolveBrokerAuth({}, { basicAuthReadOnly: ':pw' }), /--basic-auth-read-only/);
    assert.throws(() => resolveBrokerAuth({ SEAM_BROKER_BASIC_AUTH_USERNAME: 'ci' }), /must be set together/);
  });
});
