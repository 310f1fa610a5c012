/**
 * The broker's connection limits, on each store: a client that never finishes its request head is
 * dropped soon after the configured header timeout while others are served, and connections over
 * the configured cap are closed as they arrive.
 */
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { startBroker } from '../../../src/broker/index.ts';
import { brokerStores, storeKinds } from './broker-stores.ts';

const closed = (socket: Socket) =>
  new Promise<string>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve(text));
  });

const within = <T>(work: Promise<T>, ms: number, what: string) =>
  Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} not within ${ms} ms`)), ms).unref(),
    ),
  ]);

async function open(port: number): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

for (const kind of storeKinds)
  describe(`the broker against slow and numerous clients (${kind})`, () => {
    const stores = brokerStores(kind);
    after(async () => stores.dropAll());

    it('drops a client stuck in its request head after the header timeout and serves others', async () => {
      await using broker = await startBroker({ ...(await stores.options()), headersTimeoutMs: 300 });
      const slow = await open(broker.port);
      const done = closed(slow);
      slow.write('PUT /pacts/provider/orders/consumer/web/version/1 HTTP/1.1\r\nHost: x\r\nX-Slow: ');
      assert.equal((await fetch(`${broker.url}/pacticipants`)).status, 200);
      // A generous bound: only the old 30-second check interval exceeds it.
      assert.match(await within(done, 10_000, 'the slow client was dropped'), /^HTTP\/1\.1 408/);
      assert.equal((await fetch(`${broker.url}/pacticipants`)).status, 200);
    });

    it('closes connections over maxConnections as they arrive', async () => {
      await using broker = await startBroker({ ...(await stores.options()), maxConnections: 1 });
      const first = await open(broker.port);
      const second = await open(broker.port);
      await within(closed(second), 10_000, 'the second connection was closed');
      first.destroy();
    });
  });
