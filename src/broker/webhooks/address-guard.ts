/**
 * The SSRF guard: before a webhook is sent, its host is resolved and every address checked, so that
 * webhooks cannot reach the broker's own machine or private network unless the user allows it.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { withTimeout } from '../../core/index.ts';
import { forbiddenRange } from './forbidden-addresses.ts';
import { parseHostAllowList } from './host-allow-list.ts';

/**
 * An address a host name resolved to.
 *
 * @example
 * const address: ResolvedAddress = { address: '93.184.216.34', family: 4 };
 */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/**
 * What the guard lets through.
 *
 * @example
 * const options: AddressGuardOptions = { allowHosts: ['127.0.0.1', 'ci.internal', '10.0.0.0/8'] };
 */
export interface AddressGuardOptions {
  /** Host names, `*.domain` wildcards, IP addresses or CIDR ranges allowed although private. */
  readonly allowHosts?: readonly string[];
  /** Allow every address (the guard is off). Default false. */
  readonly allowPrivateNetworks?: boolean;
  /** Time limit of the host name lookup (default 5000 ms). */
  readonly lookupTimeoutMs?: number;
  /** Resolves a host name to all its addresses (default node:dns `lookup` with `all: true`). */
  readonly lookup?: (host: string) => Promise<readonly ResolvedAddress[]>;
}

/**
 * The guard's answer: the addresses to connect to, or why the URL is refused.
 *
 * @example
 * const decision = await guard.check(new URL('http://127.0.0.1:9/'));
 * if (!decision.ok) console.error(decision.reason);
 */
export type GuardDecision =
  | { readonly ok: true; readonly addresses: readonly ResolvedAddress[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks webhook URLs; see {@link createAddressGuard}.
 *
 * @example
 * const decision = await createAddressGuard().check(new URL('https://ci.example.com/build'));
 */
export interface AddressGuard {
  check(url: URL): Promise<GuardDecision>;
  /**
   * The decision for a URL whose host is an IP address, without any lookup; `undefined` for a host
   * name, which only resolving (at delivery) can judge. For refusing webhooks when they are saved.
   */
  checkLiteral(url: URL): GuardDecision | undefined;
}

/**
 * A guard that resolves a URL's host (all addresses) and refuses it when any address is loopback,
 * link-local, private (RFC 1918, fc00::/7, 100.64.0.0/10), unspecified, reserved or multicast, or
 * an IPv6 address carrying such an IPv4 address, unless the host or the address is on the allow list.
 *
 * @throws SeamError `usage` when an allow-list entry is malformed.
 * @example
 * const guard = createAddressGuard({ allowHosts: ['127.0.0.1'] });
 * (await guard.check(new URL('http://127.0.0.1:8080/hook'))).ok; // true
 */
export function createAddressGuard(options: AddressGuardOptions = {}): AddressGuard {
  const allowList = parseHostAllowList(options.allowHosts ?? []);
  const resolve = options.lookup ?? lookupAll;
  const timeoutMs = options.lookupTimeoutMs ?? 5000;
  const judge = (host: string, addresses: readonly ResolvedAddress[]): GuardDecision => {
    if (options.allowPrivateNetworks === true) return { ok: true, addresses };
    for (const { address } of addresses) {
      const range = forbiddenRange(address);
      if (range !== undefined && !allowList.allows(host, address))
        return {
          ok: false,
          reason: `refused to send to ${host}: it resolves to ${address}, a ${range} address; allow it with --webhook-allow-host (startBroker webhooks.allowHosts)`,
        };
    }
    return { ok: true, addresses };
  };
  return {
    checkLiteral(url) {
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      const literal = isIP(host);
      return literal === 0 ? undefined : judge(host, [{ address: host, family: literal === 4 ? 4 : 6 }]);
    },
    async check(url) {
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      const literal = isIP(host);
      let addresses: readonly ResolvedAddress[];
      if (literal !== 0) addresses = [{ address: host, family: literal === 4 ? 4 : 6 }];
      else {
        try {
          addresses = await withTimeout(
            resolve(host),
            timeoutMs,
            `resolving ${host} took over ${timeoutMs} ms`,
          );
        } catch (error) {
          return { ok: false, reason: `the host ${host} could not be resolved: ${(error as Error).message}` };
        }
        if (addresses.length === 0) return { ok: false, reason: `the host ${host} has no addresses` };
      }
      return judge(host, addresses);
    },
  };
}

async function lookupAll(host: string): Promise<ResolvedAddress[]> {
  const found = await dnsLookup(host, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}
