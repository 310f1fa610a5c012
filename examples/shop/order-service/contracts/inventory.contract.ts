/**
 * order-service → inventory-service over HTTP: the consumer tests, driving order-service's real
 * inventory client against seam's mock server.
 */
import { createPact, datetime, eachLike, integer, like } from '../../../../src/contract/index.ts';
import { createInventoryClient } from '../inventory-client.ts';
import { type ContractRunResult, check, runContractCases } from './contract-run.ts';

const pair = { consumer: 'order-service', provider: 'inventory-service' } as const;

/**
 * The expiry format inventory-service writes (`Date.prototype.toISOString`).
 *
 * @example
 * datetime(isoMillis, '2026-03-01T10:15:00.000Z');
 */
export const isoMillis = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

/**
 * Records order-service's HTTP pact with inventory-service in `pactDir`: a reservation (201 with
 * `eachLike` items and an expiry date-time), an out-of-stock refusal (409 `OUT_OF_STOCK`), and a
 * release (204).
 *
 * @example
 * const result = await runInventoryContract('pacts');
 * result.ok; // true
 */
export async function runInventoryContract(pactDir: string): Promise<ContractRunResult> {
  const pact = () => createPact({ ...pair, dir: pactDir });
  const client = (url: string) => createInventoryClient({ baseUrl: url });
  return runContractCases({ ...pair, pactDir }, [
    {
      description: 'a reservation for in-stock items',
      run: () =>
        pact()
          .addInteraction()
          .given('item SKU-1 is in stock', { sku: 'SKU-1', available: 10 })
          .uponReceiving('a reservation for in-stock items')
          .withRequest({
            method: 'POST',
            path: '/reservations',
            headers: { 'Content-Type': 'application/json' },
            body: { orderId: like('order-1'), items: eachLike({ sku: like('SKU-1'), quantity: integer(2) }) },
          })
          .willRespondWith({
            status: 201,
            headers: { 'Content-Type': 'application/json' },
            body: {
              reservationId: like('res-1'),
              orderId: like('order-1'),
              items: eachLike({ sku: like('SKU-1'), quantity: integer(2) }),
              expiresAt: datetime(isoMillis, '2026-03-01T10:15:00.000Z'),
            },
          })
          .executeTest(async (mockServer) => {
            const result = await client(mockServer.url).reserve('order-1', [{ sku: 'SKU-1', quantity: 2 }]);
            check(result.ok, `expected a reservation, got ${JSON.stringify(result)}`);
            check(result.reservation.items[0]?.quantity === 2, 'expected 2 units of SKU-1 reserved');
            check(
              result.reservation.expiresAt.toISOString() === '2026-03-01T10:15:00.000Z',
              'expiry not read',
            );
          }),
    },
    {
      description: 'a reservation for an out-of-stock item',
      run: () =>
        pact()
          .addInteraction()
          .given('item SKU-2 is out of stock', { sku: 'SKU-2' })
          .uponReceiving('a reservation for an out-of-stock item')
          .withRequest({
            method: 'POST',
            path: '/reservations',
            headers: { 'Content-Type': 'application/json' },
            body: { orderId: like('order-2'), items: eachLike({ sku: 'SKU-2', quantity: integer(1) }) },
          })
          .willRespondWith({
            status: 409,
            headers: { 'Content-Type': 'application/json' },
            body: { error: { code: 'OUT_OF_STOCK', sku: 'SKU-2' } },
          })
          .executeTest(async (mockServer) => {
            const result = await client(mockServer.url).reserve('order-2', [{ sku: 'SKU-2', quantity: 1 }]);
            check(
              !result.ok && result.code === 'OUT_OF_STOCK' && result.sku === 'SKU-2',
              JSON.stringify(result),
            );
          }),
    },
    {
      description: 'a reservation release',
      run: () =>
        pact()
          .addInteraction()
          .given('reservation res-1 exists', { reservationId: 'res-1' })
          .uponReceiving('a reservation release')
          .withRequest({ method: 'DELETE', path: '/reservations/res-1' })
          .willRespondWith({ status: 204 })
          .executeTest(async (mockServer) => client(mockServer.url).release('res-1')),
    },
  ]);
}
