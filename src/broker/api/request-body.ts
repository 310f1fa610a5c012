/** Reading a JSON request body with a size limit. */

/** A request body that could not be used, with the status to answer. */
export class BodyError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * Parses the body as JSON.
 *
 * @throws BodyError 413 over `limit` bytes, 400 for an empty or malformed body.
 * @example
 * const body = await readJsonBody(request, 1024 * 1024);
 */
export async function readJsonBody(request: Request, limit: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge(declared, limit);
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > limit) throw tooLarge(bytes.length, limit);
  const text = new TextDecoder().decode(bytes);
  if (text.trim() === '') throw new BodyError(400, 'The request body is empty; send a JSON document.');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * True for a plain JSON object (not an array, not null).
 *
 * @example
 * isJsonObject({}); // true
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function tooLarge(size: number, limit: number): BodyError {
  return new BodyError(413, `The request body is ${size} bytes, over the limit of ${limit} bytes.`);
}
