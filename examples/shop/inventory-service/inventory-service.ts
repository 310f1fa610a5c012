/** inventory-service: stock levels and reservations, on node:http; publishes stock events. */
import type { MessageProvider, StateHandler } from '../../../src/contract/index.ts';
import { type BreakMode, resolveBreakMode } from '../shared/break-mode.ts';
import { type HttpServiceHandle, startHttpService } from '../shared/start-http-service.ts';
import { createInventoryHandler } from './inventory-handler.ts';
import { createInventoryStore, type InventoryStore } from './inventory-store.ts';
import { createInventoryMessageProviders } from './message-providers.ts';
import { createInventoryStateHandlers } from './provider-states.ts';
import type { StockEventMessage, StockEventPublisher } from './stock-events.ts';

/**
 * Options of {@link startInventoryService}.
 *
 * @example
 * const options: InventoryServiceOptions = { port: 0, breaking: 'changed-type' };
 */
export interface InventoryServiceOptions {
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default: `SHOP_BREAK`, else `none`. */
  readonly breaking?: BreakMode;
  /** Where events go besides the handle's `events` outbox (e.g. `createHttpPublisher(url)`). */
  readonly publish?: StockEventPublisher;
  readonly now?: () => Date;
}

/**
 * A running inventory-service.
 *
 * @example
 * await using inventory = await startInventoryService();
 * inventory.store.stock.set('SKU-1', 5);
 */
export interface InventoryServiceHandle extends HttpServiceHandle {
  readonly store: InventoryStore;
  readonly breaking: BreakMode;
  /** Every event published, in order. */
  readonly events: readonly StockEventMessage[];
  /** Failures of the `publish` option, in order. */
  readonly publishErrors: readonly Error[];
  /** Provider states that seed this instance's store. */
  readonly stateHandlers: Record<string, StateHandler>;
  /** The message producer, over this instance's store and break mode. */
  readonly messageProviders: Record<string, MessageProvider>;
}

/**
 * Starts inventory-service.
 *
 * @example
 * const inventory = await startInventoryService({ port: 0 });
 * console.log(inventory.url);
 * await inventory.close();
 */
export async function startInventoryService(
  options: InventoryServiceOptions = {},
): Promise<InventoryServiceHandle> {
  const store = createInventoryStore();
  const breaking = resolveBreakMode(options.breaking);
  const now = options.now ?? (() => new Date());
  const events: StockEventMessage[] = [];
  const publishErrors: Error[] = [];
  // A reservation stands even if delivering its event fails: the event stays in `events` (the
  // outbox) and the failure is kept, rather than failing the client's request.
  const publish: StockEventPublisher = async (event) => {
    events.push(event);
    try {
      await options.publish?.(event);
    } catch (error) {
      publishErrors.push(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const service = await startHttpService(
    createInventoryHandler({ store, breaking, now, publish }),
    options.port ?? 0,
  );
  return {
    ...service,
    store,
    breaking,
    events,
    publishErrors,
    stateHandlers: createInventoryStateHandlers(store),
    messageProviders: createInventoryMessageProviders(store, { breaking, now }),
  };
}
