/** HAL+JSON answers and the broker's JSON errors. */

const halType = 'application/hal+json;charset=utf-8';

/**
 * A HAL+JSON response.
 *
 * @example
 * return halResponse({ name: 'orders', _links: { self: { href } } });
 */
export function halResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': halType, ...headers } });
}

/**
 * A JSON error in the Pact Broker's shape: `{ error: { message } }`.
 *
 * @example
 * return errorResponse(404, 'No pact found for consumer web version 1.0.0 and provider orders');
 */
export function errorResponse(status: number, message: string): Response {
  return halResponse({ error: { message } }, status);
}

/**
 * A 400 with the Pact Broker's validation shape: `{ errors: { field: [messages] } }`.
 *
 * @example
 * return validationResponse({ pacticipantVersionNumber: ['is missing'] });
 */
export function validationResponse(errors: Record<string, string[]>): Response {
  return halResponse({ errors }, 400);
}

/**
 * A 500 that says only "internal error" and a reference to the logged detail, as the Pact Broker's
 * `{ error: { message, reference } }`.
 *
 * @example
 * return internalErrorResponse(randomUUID());
 */
export function internalErrorResponse(reference: string): Response {
  return halResponse(
    {
      error: {
        message: `An internal error occurred; its details are logged with the reference ${reference}.`,
        reference,
      },
    },
    500,
  );
}
