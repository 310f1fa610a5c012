/**
 * IPv4 addresses carried inside IPv6 ones: a webhook to such an address may reach the IPv4 host
 * (through the kernel, a NAT64 gateway or a tunnel relay), so the guard checks the IPv4 address too.
 */
import { isIPv6 } from 'node:net';

/**
 * The IPv4 addresses inside an IPv6 address and how they are carried.
 *
 * @example
 * const carried: EmbeddedIpv4 = { via: 'NAT64 (64:ff9b::/96)', addresses: ['10.0.0.1'] };
 */
export interface EmbeddedIpv4 {
  /** The mechanism, with its prefix: `IPv4-mapped (::ffff:0:0/96)`, `6to4 (2002::/16)`, ... */
  readonly via: string;
  readonly addresses: readonly string[];
}

/**
 * The IPv4 addresses an IPv6 address carries in any textual form (IPv4-mapped, IPv4-translated,
 * IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32 server and client), or
 * `undefined` when it carries none (or is not an IPv6 address).
 *
 * @example
 * embeddedIpv4('::ffff:7f00:1'); // { via: 'IPv4-mapped (::ffff:0:0/96)', addresses: ['127.0.0.1'] }
 * embeddedIpv4('2002:a00:1::1'); // { via: '6to4 (2002::/16)', addresses: ['10.0.0.1'] }
 */
export function embeddedIpv4(address: string): EmbeddedIpv4 | undefined {
  const words = ipv6Words(address);
  if (words === undefined) return undefined;
  const [w0, w1, w2, w3, w4, w5, w6, w7] = words as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const low = ipv4(w6, w7);
  const zeros = (from: number, to: number) => words.slice(from, to).every((word) => word === 0);
  if (zeros(0, 5) && w5 === 0xffff) return { via: 'IPv4-mapped (::ffff:0:0/96)', addresses: [low] };
  if (zeros(0, 4) && w4 === 0xffff && w5 === 0)
    return { via: 'IPv4-translated (::ffff:0:0:0/96)', addresses: [low] };
  // ::/96 less :: and ::1, which the IPv6 ranges name themselves.
  if (zeros(0, 6) && w6 !== 0) return { via: 'IPv4-compatible (::/96)', addresses: [low] };
  if (w0 === 0x64 && w1 === 0xff9b && zeros(2, 6)) return { via: 'NAT64 (64:ff9b::/96)', addresses: [low] };
  if (w0 === 0x2002) return { via: '6to4 (2002::/16)', addresses: [ipv4(w1, w2)] };
  if (w0 === 0x2001 && w1 === 0)
    // Teredo: the server's address, then the client's, stored inverted.
    return { via: 'Teredo (2001::/32)', addresses: [ipv4(w2, w3), ipv4(~w6 & 0xffff, ~w7 & 0xffff)] };
  return undefined;
}

/**
 * The eight 16-bit words of an IPv6 address (a zone `%eth0` ignored), or `undefined`.
 *
 * @example
 * ipv6Words('::ffff:127.0.0.1'); // [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]
 */
export function ipv6Words(address: string): number[] | undefined {
  const bare = address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (!isIPv6(bare)) return undefined;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(bare);
  const hex = dotted === null ? bare : bare.slice(0, dotted.index) + toHexWords(dotted.slice(1).map(Number));
  const [head = '', tail] = hex.split('::');
  const part = (text: string) =>
    text === '' ? [] : text.split(':').map((word) => Number.parseInt(word, 16));
  const before = part(head);
  const after = tail === undefined ? [] : part(tail);
  return [...before, ...Array(8 - before.length - after.length).fill(0), ...after];
}

function toHexWords([a = 0, b = 0, c = 0, d = 0]: number[]): string {
  return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

function ipv4(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
