/** payment-service's routes: `POST /payments`, `GET /payments/:id`, `GET /health`. */
import type { IncomingMessage } from 'node:http';
import type { BreakMode } from '../shared/break-mode.ts';
import {
  asObject,
  HttpError,
  missingField,
  readJson,
  requirePositive,
  requireString,
  sendJson,
} from '../shared/http-json.ts';
import type { RouteHandler } from '../shared/start-http-service.ts';
import { requireBearer } from './bearer-auth.ts';
import { paymentJson } from './payment-json.ts';
import { type Charge, capturePayment, type PaymentStore } from './payment-store.ts';

/**
 * What the payment routes need.
 *
 * @example
 * const options: PaymentHandlerOptions = { store, tokens: new Set(['t']), breaking: 'none', now: () => new Date() };
 */
export interface PaymentHandlerOptions {
  readonly store: PaymentStore;
  readonly tokens: ReadonlySet<string>;
  readonly breaking: BreakMode;
  readonly now: () => Date;
}

/**
 * The payment routes. Every route but `/health` needs a bearer token.
 *
 * @example
 * const service = await startHttpService(createPaymentHandler(options), 0);
 */
export function createPaymentHandler(options: PaymentHandlerOptions): RouteHandler {
  return async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/health') return sendJson(response, 200, { status: 'UP' });
    requireBearer(request, options.tokens);
    if (request.method === 'POST' && path === '/payments') {
      const payment = capturePayment(
        options.store,
        await readCharge(request, options.breaking),
        options.now(),
      );
      return sendJson(response, 201, paymentJson(payment, options.breaking));
    }
    const found = /^\/payments\/([^/]+)$/.exec(path);
    if (request.method === 'GET' && found?.[1] !== undefined) {
      const payment = options.store.payments.get(decodeURIComponent(found[1]));
      if (payment === undefined) throw new HttpError(404, 'PAYMENT_NOT_FOUND', `No payment "${found[1]}"`);
      return sendJson(response, 200, paymentJson(payment, options.breaking));
    }
    throw new HttpError(404, 'NOT_FOUND', `No route ${request.method} ${path}`);
  };
}

async function readCharge(request: IncomingMessage, breaking: BreakMode): Promise<Charge> {
  const body = asObject(await readJson(request), 'the payment request');
  // `required-field`: a new mandatory field that existing consumers do not send.
  if (breaking === 'required-field' && !/^[A-Z]{3}$/.test(String(body.currency ?? '')))
    throw missingField('currency');
  return {
    orderId: requireString(body, 'orderId'),
    accountId: requireString(body, 'accountId'),
    amount: requirePositive(body, 'amount'),
  };
}
