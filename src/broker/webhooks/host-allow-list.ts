/** The hosts and networks a user lets webhooks reach although their addresses are private. */
import { BlockList, isIP } from 'node:net';
import { SeamError } from '../../core/index.ts';

/**
 * A parsed allow list: `allows(host, address)` is true when the URL's host name or the address
 * it resolved to is allowed.
 *
 * @example
 * const list = parseHostAllowList(['127.0.0.1', '10.0.0.0/8', 'ci.internal', '*.corp.example']);
 * list.allows('ci.internal', '10.9.9.9'); // true
 */
export interface HostAllowList {
  allows(host: string, address: string): boolean;
}

/**
 * Parses entries: a host name (`ci.internal`), a wildcard domain (`*.corp.example` matches one
 * label, as TLS certificates do), an IP address (`127.0.0.1`, `::1`) or a CIDR range (`10.0.0.0/8`,
 * `fd00::/8`).
 *
 * @throws SeamError `usage` naming an entry that is none of these.
 * @example
 * parseHostAllowList(['127.0.0.1']).allows('localhost', '127.0.0.1'); // true
 */
export function parseHostAllowList(entries: readonly string[]): HostAllowList {
  const networks = new BlockList();
  const names = new Set<string>();
  const wildcards: string[] = [];
  for (const raw of entries) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[(.*)\]$/, '$1');
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family !== 0) {
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) networks.addAddress(address, type);
      else networks.addSubnet(address, checkedPrefix(raw, prefix, family === 4 ? 32 : 128), type);
    } else if (/^\*\.[a-z0-9.-]+$/.test(entry)) wildcards.push(entry.slice(1));
    else if (/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(entry)) names.add(entry);
    else
      throw new SeamError(
        'usage',
        `webhook allow-host entry "${raw}" is not a host name, wildcard domain (*.example.com), IP address or CIDR range (10.0.0.0/8)`,
      );
  }
  return {
    allows(host, address) {
      const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
      if (names.has(name)) return true;
      if (wildcards.some((suffix) => isOneLabelUnder(name, suffix))) return true;
      const family = isIP(address);
      return family !== 0 && networks.check(address, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

function checkedPrefix(entry: string, prefix: string, max: number): number {
  const bits = Number(prefix);
  if (!/^\d+$/.test(prefix) || bits > max)
    throw new SeamError(
      'usage',
      `webhook allow-host entry "${entry}" has a bad prefix length /${prefix}; use 0 to ${max}`,
    );
  return bits;
}

function isOneLabelUnder(name: string, suffix: string): boolean {
  const label = name.slice(0, -suffix.length);
  return name.endsWith(suffix) && label !== '' && !label.includes('.');
}
