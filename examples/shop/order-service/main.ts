/**
 * Runs order-service: `node examples/shop/order-service/main.ts --port 4000
 * --payment-url http://127.0.0.1:4001 --inventory-url http://127.0.0.1:4002` (or `PORT`,
 * `PAYMENT_URL`, `INVENTORY_URL`; `PAYMENT_TOKEN` defaults to payment-service's demo token).
 */
import { defaultPaymentToken } from '../payment-service/payment-service.ts';
import { optionFrom, portFrom } from '../shared/cli-port.ts';
import { startOrderService } from './order-service.ts';

const args = process.argv.slice(2);
const service = await startOrderService({
  port: portFrom(args, process.env, 4000),
  paymentUrl: optionFrom(args, 'payment-url') ?? process.env.PAYMENT_URL ?? 'http://127.0.0.1:4001',
  inventoryUrl: optionFrom(args, 'inventory-url') ?? process.env.INVENTORY_URL ?? 'http://127.0.0.1:4002',
  paymentToken: process.env.PAYMENT_TOKEN ?? defaultPaymentToken,
});
process.stdout.write(`order-service listening on ${service.url}\n`);
process.once('SIGINT', () => void service.close());
process.once('SIGTERM', () => void service.close());
