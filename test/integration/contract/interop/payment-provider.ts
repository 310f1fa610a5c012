/**
 * A real payment-service provider for the interoperability tests: node:http on port 0, in-memory
 * data set up by provider states, and modes that break its contract the three classic ways.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the provider breaks its contract: a field's type, a missing field, or a status code. */
export type BrokenMode = 'none' | 'wrong-type' | 'missing-field' | 'wrong-status';

/** A started provider. */
export interface PaymentProvider {
  readonly url: string;
  /** Runs a provider state (the same code for seam's and pact-js's state handlers). */
  setState(state: string, params?: Record<string, unknown>): Record<string, unknown>;
  /** The example event the message producer publishes. */
  settledEvent(): { contents: Record<string, unknown>; metadata: Record<string, string> };
  close(): Promise<void>;
}

interface Payment {
  id: number;
  orderId: string;
  amount: number;
}

/** Starts the provider; `broken` selects a contract break. */
export async function startPaymentProvider(broken: BrokenMode = 'none'): Promise<PaymentProvider> {
  const payments = new Map<number, Payment>();
  let funds = true;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', url);
    const match = /^\/payments\/(\d+)$/.exec(target.pathname);
    if (request.method === 'GET' && match) getPayment(response, Number(match[1]));
    else if (request.method === 'GET' && target.pathname === '/payments') listPayments(response, target);
    else if (request.method === 'POST' && target.pathname === '/payments')
      await createPayment(request, response);
    else send(response, 404, { error: `no route for ${request.method} ${target.pathname}` });
  }

  function getPayment(response: ServerResponse, id: number): void {
    const payment = payments.get(id);
    if (payment === undefined) {
      send(response, 404, { error: `payment ${id} not found` });
      return;
    }
    send(response, 200, paymentBody(payment));
  }

  function paymentBody(payment: Payment): Record<string, unknown> {
    const body: Record<string, unknown> = {
      id: payment.id,
      orderId: payment.orderId,
      amount: broken === 'wrong-type' ? String(payment.amount) : payment.amount,
      currency: 'EUR',
      status: 'SETTLED',
      createdAt: '2026-11-20T09:30:00.000Z',
      reference: '7b0e1f0a-5a0b-4a8e-9d62-1c3f7d9a2b10',
      items: [
        { sku: 'SKU-7', quantity: 1 },
        { sku: 'SKU-9', quantity: 3 },
      ],
      card: { last4: '4242', brand: 'VISA' },
      refunded: false,
      note: null,
      metadata: { channel: 'web', campaign: 'autumn' },
      tags: ['priority', 'eu'],
      receiptUrl: `${url}/receipts/${payment.id}`,
    };
    if (broken === 'missing-field') delete body.status;
    return body;
  }

  function listPayments(response: ServerResponse, target: URL): void {
    const orderId = target.searchParams.get('orderId');
    send(response, 200, {
      payments: [...payments.values()]
        .filter((p) => p.orderId === orderId)
        .map((p) => ({ id: p.id, amount: p.amount })),
      metadata: { channel: 'web' },
    });
  }

  async function createPayment(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = JSON.parse(await readBody(request)) as { orderId?: string; amount?: number };
    if (!/^Bearer .+/.test(request.headers.authorization ?? ''))
      return send(response, 401, { error: 'unauthorised' });
    if (!funds) {
      return send(response, 422, {
        error: { code: 'INSUFFICIENT_FUNDS', message: 'The account cannot cover 99.95 EUR' },
      });
    }
    const payment = { id: 1000 + payments.size, orderId: body.orderId ?? '', amount: body.amount ?? 0 };
    payments.set(payment.id, payment);
    send(response, broken === 'wrong-status' ? 200 : 201, {
      id: payment.id,
      status: 'AUTHORISED',
      fees: 0.35,
    });
  }

  return {
    url,
    setState(state, params = {}) {
      if (state === 'a payment exists') {
        const id = Number(params.id ?? 42);
        payments.set(id, { id, orderId: String(params.orderId ?? 'ORD-1001'), amount: 99.95 });
        return { id };
      }
      if (state === 'the account has funds') funds = true;
      if (state === 'the account has insufficient funds') funds = false;
      return {};
    },
    settledEvent() {
      return {
        contents: {
          paymentId: 42,
          orderId: 'ORD-1001',
          amount: broken === 'wrong-type' ? '99.95' : 99.95,
          settledAt: '2026-11-20T09:31:00Z',
          settledDate: '2026-11-20',
          settledTime: '09:31:00',
          checksum: 'a1b2c3d4',
        },
        metadata: { topic: 'payments.settled', contentType: 'application/json' },
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
