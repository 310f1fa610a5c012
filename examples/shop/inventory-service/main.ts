/**
 * Runs inventory-service: `node examples/shop/inventory-service/main.ts --port 4002
 * [--events-url http://127.0.0.1:4000/events/stock]` (or `PORT`; `SHOP_BREAK=changed-type` to
 * break its contract). It starts with 100 of SKU-1 and none of SKU-2.
 */
import { optionFrom, portFrom } from '../shared/cli-port.ts';
import { startInventoryService } from './inventory-service.ts';
import { createHttpPublisher } from './stock-events.ts';

const args = process.argv.slice(2);
const eventsUrl = optionFrom(args, 'events-url') ?? process.env.EVENTS_URL;
const service = await startInventoryService({
  port: portFrom(args, process.env, 4002),
  ...(eventsUrl === undefined ? {} : { publish: createHttpPublisher(eventsUrl) }),
});
service.store.stock.set('SKU-1', 100);
service.store.stock.set('SKU-2', 0);
process.stdout.write(`inventory-service listening on ${service.url} (break mode: ${service.breaking})\n`);
process.once('SIGINT', () => void service.close());
process.once('SIGTERM', () => void service.close());
