/**
 * The address ranges webhooks are refused by default: loopback, link-local, private, unspecified,
 * reserved, multicast, and IPv6 addresses carrying an IPv4 address of those ranges.
 */
import { BlockList, isIP } from 'node:net';
import { embeddedIpv4 } from './embedded-ipv4.ts';

interface Range {
  readonly network: string;
  readonly prefix: number;
  readonly family: 'ipv4' | 'ipv6';
  readonly label: string;
}

const ranges: readonly Range[] = [
  { network: '0.0.0.0', prefix: 8, family: 'ipv4', label: 'unspecified (0.0.0.0/8)' },
  { network: '10.0.0.0', prefix: 8, family: 'ipv4', label: 'private (10.0.0.0/8, RFC 1918)' },
  { network: '100.64.0.0', prefix: 10, family: 'ipv4', label: 'shared address space (100.64.0.0/10)' },
  { network: '127.0.0.0', prefix: 8, family: 'ipv4', label: 'loopback (127.0.0.0/8)' },
  { network: '169.254.0.0', prefix: 16, family: 'ipv4', label: 'link-local (169.254.0.0/16)' },
  { network: '172.16.0.0', prefix: 12, family: 'ipv4', label: 'private (172.16.0.0/12, RFC 1918)' },
  { network: '192.0.0.0', prefix: 24, family: 'ipv4', label: 'IETF protocol assignments (192.0.0.0/24)' },
  { network: '192.168.0.0', prefix: 16, family: 'ipv4', label: 'private (192.168.0.0/16, RFC 1918)' },
  { network: '198.18.0.0', prefix: 15, family: 'ipv4', label: 'benchmarking (198.18.0.0/15)' },
  { network: '224.0.0.0', prefix: 4, family: 'ipv4', label: 'multicast (224.0.0.0/4)' },
  { network: '255.255.255.255', prefix: 32, family: 'ipv4', label: 'broadcast (255.255.255.255)' },
  { network: '240.0.0.0', prefix: 4, family: 'ipv4', label: 'reserved (240.0.0.0/4)' },
  { network: '::', prefix: 128, family: 'ipv6', label: 'unspecified (::)' },
  { network: '::1', prefix: 128, family: 'ipv6', label: 'loopback (::1)' },
  { network: '::', prefix: 96, family: 'ipv6', label: 'IPv4-compatible (::/96, deprecated)' },
  { network: '64:ff9b:1::', prefix: 48, family: 'ipv6', label: 'local-use NAT64 (64:ff9b:1::/48)' },
  { network: 'fe80::', prefix: 10, family: 'ipv6', label: 'link-local (fe80::/10)' },
  { network: 'fec0::', prefix: 10, family: 'ipv6', label: 'site-local (fec0::/10, deprecated)' },
  { network: 'fc00::', prefix: 7, family: 'ipv6', label: 'unique local (fc00::/7)' },
  { network: 'ff00::', prefix: 8, family: 'ipv6', label: 'multicast (ff00::/8)' },
];

// One list per range, so that a refusal can name the range. IPv4 ranges also match IPv4-mapped
// IPv6 addresses (::ffff:127.0.0.1), which BlockList checks against the embedded IPv4 address.
const lists = ranges.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  return { list, label: range.label };
});

/**
 * The forbidden range an IP address falls in (a label such as `loopback (127.0.0.0/8)`), or
 * `undefined` for an address webhooks may reach. An IPv6 address carrying an IPv4 address (NAT64,
 * 6to4, Teredo, mapped, in any notation) is forbidden when the IPv4 address is. Anything that is
 * not an IP address is forbidden.
 *
 * @example
 * forbiddenRange('10.1.2.3'); // 'private (10.0.0.0/8, RFC 1918)'
 * forbiddenRange('::ffff:127.0.0.1'); // 'loopback (127.0.0.0/8) inside IPv4-mapped (::ffff:0:0/96)'
 * forbiddenRange('64:ff9b::a00:1'); // 'private (10.0.0.0/8, RFC 1918) inside NAT64 (64:ff9b::/96)'
 * forbiddenRange('93.184.216.34'); // undefined
 */
export function forbiddenRange(address: string): string | undefined {
  // BlockList does not match an address with a zone (fe80::1%eth0); the zone changes nothing here.
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  // The IPv4 address an IPv6 one carries names the range best: "loopback ... inside NAT64 ...".
  const carried = family === 6 ? embeddedIpv4(bare) : undefined;
  for (const ipv4 of carried?.addresses ?? []) {
    const range = forbiddenRange(ipv4);
    if (range !== undefined) return `${range} inside ${carried?.via}`;
  }
  return lists.find(({ list }) => list.check(bare, type))?.label;
}
