/**
 * The example shop: order-service (consumer) with payment-service and inventory-service
 * (providers), their consumer contracts, and what seam's `verifyProvider` needs to verify each
 * provider. Data-driven: {@link shopProviders} lists the providers; everything else loops over it.
 */
import {
  type MessageProvider,
  type StateHandler,
  type VerificationReport,
  type VerifyProviderOptions,
  verifyProvider,
} from '../../src/contract/index.ts';
import { type InventoryServiceHandle, startInventoryService } from './inventory-service/inventory-service.ts';
import type { ContractRunResult } from './order-service/contracts/contract-run.ts';
import { runInventoryContract } from './order-service/contracts/inventory.contract.ts';
import { runInventoryEventsContract } from './order-service/contracts/inventory-events.contract.ts';
import { runPaymentContract } from './order-service/contracts/payment.contract.ts';
import { type OrderServiceHandle, startOrderService } from './order-service/order-service.ts';
import { handleStockEvent } from './order-service/stock-event-handler.ts';
import { type RequestFilter, withBearerToken } from './payment-service/bearer-auth.ts';
import { type PaymentServiceHandle, startPaymentService } from './payment-service/payment-service.ts';
import type { BreakMode } from './shared/break-mode.ts';

export { createInventoryMessageProviders } from './inventory-service/message-providers.ts';
export { createInventoryStateHandlers } from './inventory-service/provider-states.ts';
export type { ContractRunResult, InteractionOutcome } from './order-service/contracts/contract-run.ts';
export { handleStockEvent, parseStockEvent, type StockEvent } from './order-service/stock-event-handler.ts';
export { withBearerToken } from './payment-service/bearer-auth.ts';
export { createPaymentStateHandlers } from './payment-service/provider-states.ts';
export { type BreakMode, breakModes, isBreakMode, resolveBreakMode } from './shared/break-mode.ts';
export type { InventoryServiceHandle, OrderServiceHandle, PaymentServiceHandle };
export { startInventoryService, startOrderService, startPaymentService };

/**
 * The names of the shop's services.
 *
 * @example
 * const consumer: ShopServiceName = 'order-service';
 */
export type ShopServiceName = 'order-service' | 'payment-service' | 'inventory-service';

/**
 * A provider started for verification: where it listens and the hooks `verifyProvider` takes.
 *
 * @example
 * const started = await shopProviders[0].start({ breaking: 'none' });
 * await verifyProvider({ providerBaseUrl: started.url, stateHandlers: started.stateHandlers, pactFiles });
 */
export interface StartedShopProvider {
  readonly name: ShopServiceName;
  readonly url: string;
  readonly breaking: BreakMode;
  readonly stateHandlers: Readonly<Record<string, StateHandler>>;
  readonly messageProviders?: Readonly<Record<string, MessageProvider>>;
  readonly requestFilter?: RequestFilter;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Options for starting a shop provider.
 *
 * @example
 * const options: StartShopProviderOptions = { breaking: 'renamed-field' };
 */
export interface StartShopProviderOptions {
  /** Default: `SHOP_BREAK`, else `none`. */
  readonly breaking?: BreakMode;
  /** Default 0: any free port. */
  readonly port?: number;
}

/**
 * A provider of the shop and how to start it.
 *
 * @example
 * for (const provider of shopProviders) console.log(provider.name, provider.breaks);
 */
export interface ShopProvider {
  readonly name: ShopServiceName;
  /** The break modes that change this provider's behaviour. */
  readonly breaks: readonly BreakMode[];
  start(options?: StartShopProviderOptions): Promise<StartedShopProvider>;
}

const portOf = (options: StartShopProviderOptions) =>
  options.port === undefined ? {} : { port: options.port };
const breakingOf = (options: StartShopProviderOptions) =>
  options.breaking === undefined ? {} : { breaking: options.breaking };

/**
 * The shop's providers: payment-service (HTTP, bearer auth, so the verifier's request filter puts
 * the real token in) and inventory-service (HTTP and the `StockReserved` / `StockReleased` message
 * producer).
 *
 * @example
 * const payment = shopProviders.find((p) => p.name === 'payment-service');
 */
export const shopProviders: readonly ShopProvider[] = [
  {
    name: 'payment-service',
    breaks: ['renamed-field', 'required-field'],
    async start(options = {}) {
      const service = await startPaymentService({ ...portOf(options), ...breakingOf(options) });
      return {
        name: 'payment-service',
        url: service.url,
        breaking: service.breaking,
        stateHandlers: service.stateHandlers,
        requestFilter: withBearerToken(service.apiToken),
        close: service.close,
        [Symbol.asyncDispose]: service.close,
      };
    },
  },
  {
    name: 'inventory-service',
    breaks: ['changed-type'],
    async start(options = {}) {
      const service = await startInventoryService({ ...portOf(options), ...breakingOf(options) });
      return {
        name: 'inventory-service',
        url: service.url,
        breaking: service.breaking,
        stateHandlers: service.stateHandlers,
        messageProviders: service.messageProviders,
        close: service.close,
        [Symbol.asyncDispose]: service.close,
      };
    },
  },
];

/**
 * The consumer contracts of order-service, one per module under `order-service/contracts/`.
 *
 * @example
 * for (const contract of consumerContracts) await contract.run('pacts');
 */
export const consumerContracts: readonly {
  readonly name: string;
  readonly run: (pactDir: string) => Promise<ContractRunResult>;
}[] = [
  { name: 'order-service → payment-service', run: runPaymentContract },
  { name: 'order-service → inventory-service', run: runInventoryContract },
  { name: 'order-service → inventory-service (events)', run: runInventoryEventsContract },
];

/**
 * Runs every consumer contract of order-service; the pacts land in `pactDir` as
 * `order-service-payment-service.json` and `order-service-inventory-service.json` (HTTP and
 * message interactions in one V4 file). Failed interactions are reported, not thrown.
 *
 * @example
 * const results = await runConsumerContracts('pacts');
 * if (!results.every((r) => r.ok)) process.exitCode = 1;
 */
export async function runConsumerContracts(pactDir: string): Promise<ContractRunResult[]> {
  const results: ContractRunResult[] = [];
  for (const contract of consumerContracts) results.push(await contract.run(pactDir));
  return results;
}

/**
 * The shop running: both providers and an order-service wired to them; inventory-service's stock
 * events are delivered in process to order-service's event handler.
 *
 * @example
 * await using shop = await startShop();
 * await fetch(`${shop.orders.url}/orders`, { method: 'POST', body: JSON.stringify(order) });
 */
export interface RunningShop {
  readonly payments: PaymentServiceHandle;
  readonly inventory: InventoryServiceHandle;
  readonly orders: OrderServiceHandle;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Starts the whole shop (ephemeral ports): the providers and an order-service calling them.
 *
 * @example
 * await using shop = await startShop({ breaking: 'none' });
 * shop.inventory.store.stock.set('SKU-1', 5);
 */
export async function startShop(options: { readonly breaking?: BreakMode } = {}): Promise<RunningShop> {
  let deliver: (contents: unknown) => void = () => {};
  const payments = await startPaymentService(breakingOf(options));
  const inventory = await startInventoryService({
    ...breakingOf(options),
    publish: async (event) => deliver(event.contents),
  });
  const orders = await startOrderService({
    paymentUrl: payments.url,
    inventoryUrl: inventory.url,
    paymentToken: payments.apiToken,
  });
  deliver = (contents) => {
    handleStockEvent(orders.store, contents);
  };
  const close = async () => {
    await Promise.all([orders.close(), payments.close(), inventory.close()]);
  };
  return { payments, inventory, orders, close, [Symbol.asyncDispose]: close };
}

/**
 * Options of {@link verifyShopProvider}: the break mode, and where the pacts come from (`pactDir`,
 * or any source option of `verifyProvider`: `pactFiles`, `pactUrls`, `pactBrokerUrl`, …).
 *
 * @example
 * const options: VerifyShopProviderOptions = { pactDir: 'pacts', breaking: 'none' };
 */
export type VerifyShopProviderOptions = Omit<
  VerifyProviderOptions,
  'providerBaseUrl' | 'provider' | 'stateHandlers' | 'messageProviders' | 'requestFilter'
> & {
  readonly pactDir?: string;
  readonly breaking?: BreakMode;
};

/**
 * Starts one provider, verifies it with seam's `verifyProvider` against its pacts (HTTP
 * interactions against the running service, messages from its message providers), and stops it.
 *
 * @example
 * const report = await verifyShopProvider(shopProviders[0], { pactDir: 'pacts', breaking: 'none' });
 * console.log(formatVerificationReport(report));
 */
export async function verifyShopProvider(
  provider: ShopProvider,
  options: VerifyShopProviderOptions,
): Promise<VerificationReport> {
  const { pactDir, breaking, ...source } = options;
  await using started = await provider.start(breaking === undefined ? {} : { breaking });
  // `return await`: the provider must keep running until the verification is done.
  return await verifyProvider({
    ...source,
    ...(pactDir === undefined ? {} : { pactFiles: [...(source.pactFiles ?? []), pactDir] }),
    provider: provider.name,
    providerBaseUrl: started.url,
    stateHandlers: started.stateHandlers,
    ...(started.messageProviders === undefined ? {} : { messageProviders: started.messageProviders }),
    ...(started.requestFilter === undefined ? {} : { requestFilter: started.requestFilter }),
  });
}

/**
 * Verifies every shop provider, one after the other.
 *
 * @example
 * const reports = await verifyShopProviders({ pactDir: 'pacts' });
 * const ok = reports.every(({ report }) => report.ok);
 */
export async function verifyShopProviders(
  options: VerifyShopProviderOptions,
): Promise<{ readonly provider: ShopServiceName; readonly report: VerificationReport }[]> {
  const reports: { provider: ShopServiceName; report: VerificationReport }[] = [];
  for (const provider of shopProviders)
    reports.push({ provider: provider.name, report: await verifyShopProvider(provider, options) });
  return reports;
}
