import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSeamError } from '../../core/index.ts';
import { createAddressGuard, type ResolvedAddress } from './address-guard.ts';
import { forbiddenRange } from './forbidden-addresses.ts';
import { parseHostAllowList } from './host-allow-list.ts';

describe('forbiddenRange', () => {
  it('names loopback, private, shared, link-local and unspecified IPv4 ranges', () => {
    assert.match(forbiddenRange('127.0.0.1') ?? '', /loopback/);
    assert.match(forbiddenRange('127.255.0.9') ?? '', /loopback/);
    assert.match(forbiddenRange('10.20.30.40') ?? '', /RFC 1918/);
    assert.match(forbiddenRange('172.16.0.1') ?? '', /RFC 1918/);
    assert.match(forbiddenRange('172.31.255.255') ?? '', /RFC 1918/);
    assert.match(forbiddenRange('192.168.1.1') ?? '', /RFC 1918/);
    assert.match(forbiddenRange('100.64.0.1') ?? '', /100\.64\.0\.0\/10/);
    assert.match(forbiddenRange('169.254.169.254') ?? '', /link-local/);
    assert.match(forbiddenRange('0.0.0.0') ?? '', /unspecified/);
  });

  it('lets public IPv4 addresses through, including the neighbours of private ranges', () => {
    for (const address of [
      '93.184.216.34',
      '8.8.8.8',
      '172.32.0.1',
      '172.15.255.255',
      '100.128.0.1',
      '11.0.0.1',
    ])
      assert.equal(forbiddenRange(address), undefined, address);
  });

  it('names loopback, unspecified, link-local and unique local IPv6 addresses', () => {
    assert.match(forbiddenRange('::1') ?? '', /loopback/);
    assert.match(forbiddenRange('::') ?? '', /unspecified/);
    assert.match(forbiddenRange('fe80::1') ?? '', /link-local/);
    assert.match(forbiddenRange('fd12:3456::1') ?? '', /unique local/);
    assert.match(forbiddenRange('fc00::1') ?? '', /unique local/);
    assert.equal(forbiddenRange('2606:4700:4700::1111'), undefined);
  });

  it('checks the IPv4 address inside an IPv4-mapped IPv6 address, in either notation', () => {
    assert.match(forbiddenRange('::ffff:127.0.0.1') ?? '', /loopback/);
    assert.match(forbiddenRange('::ffff:7f00:1') ?? '', /loopback/);
    assert.match(forbiddenRange('::ffff:10.0.0.1') ?? '', /RFC 1918/);
    assert.equal(forbiddenRange('::ffff:8.8.8.8'), undefined);
  });

  it('names the reserved IPv4 ranges: protocol assignments, benchmarking, multicast, reserved, broadcast', () => {
    assert.match(forbiddenRange('192.0.0.8') ?? '', /192\.0\.0\.0\/24/);
    assert.match(forbiddenRange('198.18.0.1') ?? '', /benchmarking/);
    assert.match(forbiddenRange('198.19.255.254') ?? '', /benchmarking/);
    assert.match(forbiddenRange('224.0.0.251') ?? '', /multicast/);
    assert.match(forbiddenRange('239.255.255.250') ?? '', /multicast/);
    assert.match(forbiddenRange('240.0.0.1') ?? '', /reserved/);
    assert.match(forbiddenRange('255.255.255.255') ?? '', /broadcast/);
    assert.match(forbiddenRange('0.1.2.3') ?? '', /unspecified/);
    for (const address of ['192.0.1.1', '198.17.255.255', '198.20.0.1', '223.255.255.255'])
      assert.equal(forbiddenRange(address), undefined, address);
  });

  it('names site-local, multicast and local-use NAT64 IPv6 addresses, with or without a zone', () => {
    assert.match(forbiddenRange('fec0::1') ?? '', /site-local/);
    assert.match(forbiddenRange('feff::1') ?? '', /site-local/);
    assert.match(forbiddenRange('ff02::1') ?? '', /multicast/);
    assert.match(forbiddenRange('64:ff9b:1::a') ?? '', /local-use NAT64/);
    assert.match(forbiddenRange('fe80::1%eth0') ?? '', /link-local/);
  });

  const carried = [
    ['IPv4-compatible, dotted', '::127.0.0.1', /IPv4-compatible/],
    ['IPv4-compatible, hex', '::7f00:1', /IPv4-compatible/],
    ['IPv4-mapped, full form', '0:0:0:0:0:ffff:127.0.0.1', /loopback/],
    ['IPv4-mapped, upper case', '::FFFF:7F00:1', /loopback/],
    ['IPv4-mapped, zero-padded', '0000:0000:0000:0000:0000:ffff:0a00:0001', /RFC 1918/],
    ['IPv4-translated', '::ffff:0:7f00:1', /loopback \(127\.0\.0\.0\/8\) inside IPv4-translated/],
    ['NAT64, dotted', '64:ff9b::127.0.0.1', /loopback \(127\.0\.0\.0\/8\) inside NAT64/],
    ['NAT64, hex', '64:ff9b::a9fe:a9fe', /link-local \(169\.254\.0\.0\/16\) inside NAT64/],
    ['6to4', '2002:7f00:1::1', /loopback \(127\.0\.0\.0\/8\) inside 6to4/],
    ['6to4 of a private address', '2002:c0a8:101::', /RFC 1918.*inside 6to4/],
    ['Teredo, server', '2001:0:7f00:1::1', /loopback.*inside Teredo/],
    ['Teredo, client (inverted)', '2001:0:808:808:0:0:f5ff:fffe', /RFC 1918.*inside Teredo/],
  ] as const;
  for (const [form, address, expected] of carried)
    it(`refuses an IPv4 address of a forbidden range carried in IPv6: ${form} (${address})`, () => {
      assert.match(forbiddenRange(address) ?? '', expected);
    });

  it('lets public IPv4 addresses carried in IPv6 through (NAT64 is how IPv6-only networks reach them)', () => {
    for (const address of [
      '64:ff9b::808:808',
      '::ffff:8.8.8.8',
      '2002:808:808::1',
      '2001:0:808:808::f7f7:f7f7',
    ])
      assert.equal(forbiddenRange(address), undefined, address);
  });

  it('refuses what is not an IP address', () => {
    assert.equal(forbiddenRange('localhost'), 'not an IP address');
  });
});

describe('parseHostAllowList', () => {
  it('allows addresses, CIDR ranges (IPv4 and IPv6), host names and one-label wildcards', () => {
    const list = parseHostAllowList(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', 'CI.internal', '*.corp.example']);
    assert.equal(list.allows('x', '127.0.0.1'), true);
    assert.equal(list.allows('x', '127.0.0.2'), false);
    assert.equal(list.allows('x', '10.200.0.1'), true);
    assert.equal(list.allows('x', '11.0.0.1'), false);
    assert.equal(list.allows('x', 'fd00::5'), true);
    assert.equal(list.allows('x', '::ffff:10.1.1.1'), true);
    assert.equal(list.allows('ci.internal', '192.168.0.9'), true);
    assert.equal(list.allows('a.corp.example', '192.168.0.9'), true);
    assert.equal(list.allows('a.b.corp.example', '192.168.0.9'), false);
    assert.equal(list.allows('corp.example', '192.168.0.9'), false);
  });

  it('rejects malformed entries, naming them', () => {
    assert.throws(
      () => parseHostAllowList(['10.0.0.0/33']),
      (error) => isSeamError(error, 'usage') && error.message.includes('10.0.0.0/33'),
    );
    assert.throws(
      () => parseHostAllowList(['http://ci/']),
      (error) => isSeamError(error, 'usage') && error.message.includes('"http://ci/"'),
    );
  });
});

describe('createAddressGuard', () => {
  const lookup = (table: Record<string, ResolvedAddress[]>) => async (host: string) => {
    const found = table[host];
    if (found === undefined) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
    return found;
  };
  const table = lookup({
    'ci.example.com': [{ address: '93.184.216.34', family: 4 }],
    'mixed.example.com': [
      { address: '93.184.216.34', family: 4 },
      { address: '::1', family: 6 },
    ],
    'internal.example.com': [{ address: '10.1.2.3', family: 4 }],
  });

  it('refuses 127.0.0.1, [::1] and [::ffff:127.0.0.1] by default, saying why and how to allow them', async () => {
    const guard = createAddressGuard({ lookup: table });
    for (const url of ['http://127.0.0.1:8080/x', 'http://[::1]/x', 'http://[::ffff:127.0.0.1]/x']) {
      const decision = await guard.check(new URL(url));
      assert.equal(decision.ok, false, url);
      if (!decision.ok) {
        assert.match(decision.reason, /loopback/);
        assert.match(decision.reason, /--webhook-allow-host/);
      }
    }
  });

  it('resolves host names and checks every address', async () => {
    const guard = createAddressGuard({ lookup: table });
    const good = await guard.check(new URL('https://ci.example.com/build'));
    assert.deepEqual(good, { ok: true, addresses: [{ address: '93.184.216.34', family: 4 }] });
    const mixed = await guard.check(new URL('https://mixed.example.com/build'));
    assert.equal(mixed.ok, false);
    if (!mixed.ok) assert.match(mixed.reason, /mixed\.example\.com: it resolves to ::1/);
    const missing = await guard.check(new URL('https://nowhere.example.com/'));
    assert.equal(missing.ok, false);
    if (!missing.ok) assert.match(missing.reason, /could not be resolved: getaddrinfo ENOTFOUND/);
  });

  it('lets allowed hosts, addresses and ranges through, and everything with allowPrivateNetworks', async () => {
    const byRange = createAddressGuard({ lookup: table, allowHosts: ['10.0.0.0/8', '127.0.0.1'] });
    assert.equal((await byRange.check(new URL('http://internal.example.com/'))).ok, true);
    assert.equal((await byRange.check(new URL('http://127.0.0.1:9/'))).ok, true);
    assert.equal((await byRange.check(new URL('http://[::1]:9/'))).ok, false);
    const byName = createAddressGuard({ lookup: table, allowHosts: ['internal.example.com'] });
    assert.equal((await byName.check(new URL('http://internal.example.com/'))).ok, true);
    const open = createAddressGuard({ lookup: table, allowPrivateNetworks: true });
    assert.equal((await open.check(new URL('http://[::1]/'))).ok, true);
  });

  it('gives up on a lookup that does not answer in time', async () => {
    const guard = createAddressGuard({ lookup: () => new Promise(() => {}), lookupTimeoutMs: 20 });
    const decision = await guard.check(new URL('http://slow.example.com/'));
    assert.equal(decision.ok, false);
    if (!decision.ok) assert.match(decision.reason, /took over 20 ms/);
  });
});
