/**
 * Runs payment-service: `node examples/shop/payment-service/main.ts --port 4001`
 * (or `PORT=4001`; `SHOP_BREAK=renamed-field` to break its contract). It starts with two demo
 * accounts, `acc-1` (1000.00) and `acc-2` (10.00).
 */
import { portFrom } from '../shared/cli-port.ts';
import { startPaymentService } from './payment-service.ts';

const service = await startPaymentService({ port: portFrom(process.argv.slice(2), process.env, 4001) });
service.store.accounts.set('acc-1', { id: 'acc-1', balance: 1000 });
service.store.accounts.set('acc-2', { id: 'acc-2', balance: 10 });
process.stdout.write(`payment-service listening on ${service.url} (break mode: ${service.breaking})\n`);
process.once('SIGINT', () => void service.close());
process.once('SIGTERM', () => void service.close());
