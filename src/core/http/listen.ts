/** Listening one node:http server per address, all on the same port. */
import type { Server } from 'node:http';
import { errorCode } from '../errors.ts';

/**
 * The loopback addresses a server without an explicit host listens on.
 *
 * @example
 * await listenOnHosts(create, loopbackHosts, 0);
 */
export const loopbackHosts = ['127.0.0.1', '::1'] as const;

// Errors that mean "this machine has no such address" (IPv6 disabled): skip that address.
const unavailable = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT']);
const attempts = 5;

/**
 * Listens a fresh server (from `create`) on each host, all on one port: the first host picks the
 * port (0 = any free one) and the others follow it. When a later host finds that port taken, it
 * starts over with another port (only when the port was free to choose). Hosts after the first
 * that the machine lacks are skipped.
 *
 * @example
 * const servers = await listenOnHosts(() => createServer(listener), ['127.0.0.1', '::1'], 0);
 */
export async function listenOnHosts(
  create: () => Server,
  hosts: readonly string[],
  port: number,
): Promise<Server[]> {
  for (let attempt = 1; ; attempt++) {
    const servers: Server[] = [];
    try {
      for (const host of hosts) {
        const server = await listenOptionally(create(), host, servers.length === 0 ? port : portOf(servers));
        if (server !== undefined) servers.push(server);
      }
      return servers;
    } catch (error) {
      await closeServers(servers);
      if (!(port === 0 && servers.length > 0 && isCode(error, 'EADDRINUSE') && attempt < attempts))
        throw error;
    }
  }
}

async function listenOptionally(server: Server, host: string, port: number): Promise<Server | undefined> {
  try {
    return await listen(server, host, port);
  } catch (error) {
    if (port !== 0 && unavailable.has(errorCode(error))) return undefined;
    throw error;
  }
}

function listen(server: Server, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * The port a listening server is bound to.
 *
 * @example
 * portOf(servers); // 43117
 */
export function portOf(servers: readonly Server[]): number {
  const address = servers[0]?.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/**
 * Closes servers, dropping their open connections so a keep-alive client cannot hold them open.
 *
 * @example
 * await closeServers(servers);
 */
export async function closeServers(servers: readonly Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          if (!server.listening) return resolve();
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    ),
  );
}

function isCode(error: unknown, code: string): boolean {
  return errorCode(error) === code;
}
