/** The address ranges webhooks are refused by default: loopback, link-local, private, unspecified. */
import { BlockList, isIP } from 'node:net';

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
  { network: '192.168.0.0', prefix: 16, family: 'ipv4', label: 'private (192.168.0.0/16, RFC 1918)' },
  { network: '255.255.255.255', prefix: 32, family: 'ipv4', label: 'broadcast (255.255.255.255)' },
  { network: '::', prefix: 128, family: 'ipv6', label: 'unspecified (::)' },
  { network: '::1', prefix: 128, family: 'ipv6', label: 'loopback (::1)' },
  { network: 'fe80::', prefix: 10, family: 'ipv6', label: 'link-local (fe80::/10)' },
  { network: 'fc00::', prefix: 7, family: 'ipv6', label: 'unique local (fc00::/7)' },
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
 * `undefined` for an address webhooks may reach. Anything that is not an IP address is forbidden.
 *
 * @example
 * forbiddenRange('10.1.2.3'); // 'private (10.0.0.0/8, RFC 1918)'
 * forbiddenRange('::ffff:127.0.0.1'); // 'loopback (127.0.0.0/8)'
 * forbiddenRange('93.184.216.34'); // undefined
 */
export function forbiddenRange(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return lists.find(({ list }) => list.check(address, type))?.label;
}
