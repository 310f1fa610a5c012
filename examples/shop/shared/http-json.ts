/** JSON over node:http: read a request body, write a response, answer errors with a code. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * An error a handler answers with: HTTP status, a stable code, a message.
 *
 * @example
 * throw new HttpError(422, 'INSUFFICIENT_FUNDS', 'Account acc-2 has 10.00, needs 500.25');
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(
    status: number,
    code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Largest request body a shop service reads. */
const maxBodyBytes = 1_000_000;

/**
 * The request body parsed as JSON (`undefined` when empty); a bad body is a 400 `INVALID_JSON`.
 *
 * @example
 * const body = await readJson(request);
 */
export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes)
      throw new HttpError(413, 'BODY_TOO_LARGE', `Request body over ${maxBodyBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'INVALID_JSON', 'The request body is not valid JSON');
  }
}

/**
 * Writes a JSON response (or an empty one when `body` is undefined).
 *
 * @example
 * sendJson(response, 201, { paymentId });
 */
export function sendJson(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Answers a thrown error: an {@link HttpError} as `{ error: { code, message, ...details } }`, any
 * other error as a 500 `INTERNAL`.
 *
 * @example
 * try { await handle(request, response); } catch (error) { sendError(response, error); }
 */
export function sendError(response: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(response, error.status, {
      error: { code: error.code, message: error.message, ...error.details },
    });
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  sendJson(response, 500, { error: { code: 'INTERNAL', message } });
}

/**
 * The value as a plain object, or a 400 `INVALID_REQUEST` naming what was expected.
 *
 * @example
 * const body = asObject(await readJson(request), 'the payment request');
 */
export function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value))
    return value as Record<string, unknown>;
  throw new HttpError(400, 'INVALID_REQUEST', `Expected ${what} to be a JSON object`);
}

/**
 * A required non-empty string field, or a 400 `MISSING_FIELD` / `INVALID_FIELD` naming it.
 *
 * @example
 * const orderId = requireString(body, 'orderId');
 */
export function requireString(body: Readonly<Record<string, unknown>>, field: string): string {
  const value = body[field];
  if (value === undefined) throw missingField(field);
  if (typeof value !== 'string' || value === '')
    throw new HttpError(400, 'INVALID_FIELD', `Field "${field}" must be a non-empty string`, { field });
  return value;
}

/**
 * A required positive number field, or a 400 naming it.
 *
 * @example
 * const amount = requirePositive(body, 'amount');
 */
export function requirePositive(body: Readonly<Record<string, unknown>>, field: string): number {
  const value = body[field];
  if (value === undefined) throw missingField(field);
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
    throw new HttpError(400, 'INVALID_FIELD', `Field "${field}" must be a positive number`, { field });
  return value;
}

/**
 * The 400 for a missing request field.
 *
 * @example
 * throw missingField('currency');
 */
export function missingField(field: string): HttpError {
  return new HttpError(400, 'MISSING_FIELD', `Field "${field}" is required`, { field });
}
