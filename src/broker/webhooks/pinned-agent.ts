/**
 * An HTTP agent that connects only to addresses the guard checked, so that a host name cannot
 * resolve to another (private) address between the check and the connection (DNS rebinding).
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { ResolvedAddress } from './address-guard.ts';

/**
 * A fresh agent (no keep-alive) for `url` whose host name lookups answer `addresses`.
 *
 * @example
 * const agent = pinnedAgent(new URL('https://ci.example.com'), [{ address: '93.184.216.34', family: 4 }]);
 * await httpRequest('https://ci.example.com/build', { agent });
 * agent.destroy();
 */
export function pinnedAgent(url: URL, addresses: readonly ResolvedAddress[]): http.Agent {
  const lookup: LookupFunction = (_host, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
    const usable = addresses.filter((entry) => wanted === undefined || entry.family === wanted);
    const first = usable[0];
    if (first === undefined) {
      callback(
        Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' }),
        '',
      );
      return;
    }
    if (options.all === true)
      (callback as unknown as (error: null, all: ResolvedAddress[]) => void)(null, [...usable]);
    else callback(null, first.address, first.family);
  };
  return url.protocol === 'https:' ? new https.Agent({ lookup }) : new http.Agent({ lookup });
}
