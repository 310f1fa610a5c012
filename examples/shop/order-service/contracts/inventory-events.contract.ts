/**
 * inventory-service → order-service events: the message consumer tests, feeding the example
 * `StockReserved` / `StockReleased` events to order-service's real handler.
 */
import { createPact, datetime, eachLike, integer, like, regex } from '../../../../src/contract/index.ts';
import { createOrderStore, type OrderStore } from '../order-store.ts';
import { handleStockEvent } from '../stock-event-handler.ts';
import { type ContractRunResult, check, runContractCases } from './contract-run.ts';
import { isoMillis } from './inventory.contract.ts';

const pair = { consumer: 'order-service', provider: 'inventory-service' } as const;
const metadata = { contentType: 'application/json', topic: 'inventory.stock' };
const items = eachLike({ sku: like('SKU-1'), quantity: integer(2) });

function storeWithOrder(): OrderStore {
  const store = createOrderStore();
  const items = [{ sku: 'SKU-1', quantity: 2 }];
  store.orders.set('order-1', {
    orderId: 'order-1',
    accountId: 'acc-1',
    amount: 25.5,
    items,
    status: 'CONFIRMED',
  });
  return store;
}

/**
 * Records the message part of order-service's pact with inventory-service in `pactDir` (the same
 * V4 file as the HTTP part): `a StockReserved event` and `a StockReleased event`.
 *
 * @example
 * const result = await runInventoryEventsContract('pacts');
 * result.interactions.length; // 2
 */
export async function runInventoryEventsContract(pactDir: string): Promise<ContractRunResult> {
  const pact = () => createPact({ ...pair, dir: pactDir });
  return runContractCases({ ...pair, pactDir }, [
    {
      description: 'a StockReserved event',
      run: () =>
        pact()
          .addAsynchronousMessage()
          .given('item SKU-1 is in stock', { sku: 'SKU-1', orderId: 'order-1' })
          .expectsToReceive('a StockReserved event')
          .withMetadata(metadata)
          .withContent({
            type: 'StockReserved',
            reservationId: like('res-1'),
            orderId: like('order-1'),
            items,
            expiresAt: datetime(isoMillis, '2026-03-01T10:15:00.000Z'),
            occurredAt: datetime(isoMillis, '2026-03-01T10:00:00.000Z'),
          })
          .executeTest(async (message) => {
            const store = storeWithOrder();
            const outcome = handleStockEvent(store, message.contents);
            check(outcome.applied, 'the StockReserved event was not applied to order-1');
            check(
              store.orders.get('order-1')?.reservation?.status === 'reserved',
              'order-1 has no reservation',
            );
          }),
    },
    {
      description: 'a StockReleased event',
      run: () =>
        pact()
          .addAsynchronousMessage()
          .given('item SKU-1 is in stock', { sku: 'SKU-1', orderId: 'order-1' })
          .expectsToReceive('a StockReleased event')
          .withMetadata(metadata)
          .withContent({
            type: 'StockReleased',
            reservationId: like('res-1'),
            orderId: like('order-1'),
            items,
            reason: regex(/^(cancelled|expired)$/, 'cancelled'),
            occurredAt: datetime(isoMillis, '2026-03-01T10:20:00.000Z'),
          })
          .executeTest(async (message) => {
            const store = storeWithOrder();
            handleStockEvent(store, message.contents);
            const order = store.orders.get('order-1');
            check(order?.reservation?.status === 'released', 'order-1 reservation not released');
            check(
              order.status === 'PENDING',
              'a confirmed order whose stock is released goes back to PENDING',
            );
          }),
    },
  ]);
}
