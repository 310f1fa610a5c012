/** order-service's client for payment-service. */
import { callUpstream, errorOf, field, UpstreamError } from './call-upstream.ts';

/**
 * Where payment-service is and how to call it.
 *
 * @example
 * const options: PaymentClientOptions = { baseUrl: 'http://127.0.0.1:4001', token: 'shop-secret-token' };
 */
export interface PaymentClientOptions {
  readonly baseUrl: string;
  /** The bearer token sent in `Authorization`. */
  readonly token: string;
  /** Default 2000 ms. */
  readonly timeoutMs?: number;
}

/**
 * A captured payment, as order-service reads it.
 *
 * @example
 * const total = payment.amount + payment.fees;
 */
export interface CapturedPayment {
  readonly paymentId: string;
  readonly status: string;
  readonly amount: number;
  readonly fees: number;
}

/**
 * The outcome of a payment: captured, or declined with the provider's error code.
 *
 * @example
 * if (!result.ok && result.code === 'INSUFFICIENT_FUNDS') rejectOrder();
 */
export type PaymentResult =
  | { readonly ok: true; readonly payment: CapturedPayment }
  | { readonly ok: false; readonly status: number; readonly code: string; readonly message: string };

/**
 * A payment-service client.
 *
 * @example
 * const result = await payments.pay({ orderId: 'order-1', accountId: 'acc-1', amount: 25.5 });
 */
export interface PaymentClient {
  pay(charge: { orderId: string; accountId: string; amount: number }): Promise<PaymentResult>;
}

/**
 * A client that POSTs `/payments` with the bearer token. A 4xx is a declined result; anything
 * else unexpected (5xx, a body without `fees`) is an `UpstreamError`.
 *
 * @example
 * const payments = createPaymentClient({ baseUrl, token: 'shop-secret-token' });
 */
export function createPaymentClient(options: PaymentClientOptions): PaymentClient {
  return {
    async pay(charge) {
      const url = `${options.baseUrl}/payments`;
      const { status, body } = await callUpstream(
        url,
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${options.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(charge),
        },
        options.timeoutMs ?? 2000,
      );
      if (status === 201) return { ok: true, payment: readPayment(body) };
      if (status >= 400 && status < 500) return { ok: false, status, ...errorOf(body) };
      throw new UpstreamError('UPSTREAM_INVALID', `POST ${url} answered ${status}`);
    },
  };
}

function readPayment(body: unknown): CapturedPayment {
  return {
    paymentId: field<string>(body, 'paymentId', 'string', 'payment'),
    status: field<string>(body, 'status', 'string', 'payment'),
    amount: field<number>(body, 'amount', 'number', 'payment'),
    fees: field<number>(body, 'fees', 'number', 'payment'),
  };
}
