/** Reading a JSON request body with a size limit, a nesting limit and names the store can hold. */
import { HttpStatusError } from '../../core/index.ts';
import { bodyNameProblem, jsonNesting, maxJsonNesting } from './input-limits.ts';

/**
 * A request body that could not be used: an {@link HttpStatusError} (so a `SeamError` with a code)
 * with the status to answer.
 */
export class BodyError extends HttpStatusError {
  /** Validation errors by field, answered in the Pact Broker's `{ errors }` shape when present. */
  readonly errors: Record<string, string[]> | undefined;

  constructor(status: number, message: string, errors?: Record<string, string[]>) {
    super(status, message);
    this.name = 'BodyError';
    this.errors = errors;
  }
}

/**
 * Parses the body as JSON.
 *
 * @throws BodyError 413 over `limit` bytes; 400 for an empty or malformed body, one nested deeper
 *   than {@link maxJsonNesting}, a NUL character outside free-form content, or a name too long.
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
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new BodyError(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (jsonNesting(body) > maxJsonNesting) throw new BodyError(400, nestingMessage('The request body'));
  const problem = bodyNameProblem(body);
  if (problem !== undefined)
    throw new BodyError(400, `${problem.path} ${problem.message}`, { [problem.path]: [problem.message] });
  return body;
}

/**
 * "… is nested more than 50 levels deep, …", for a body or a pact.
 *
 * @example
 * nestingMessage('The pact'); // 'The pact is nested more than 50 levels deep; …'
 */
export function nestingMessage(what: string): string {
  return `${what} is nested more than ${maxJsonNesting} levels deep; the broker accepts at most ${maxJsonNesting}, as the Pact Broker does.`;
}

function tooLarge(size: number, limit: number): BodyError {
  return new BodyError(413, `The request body is ${size} bytes, over the limit of ${limit} bytes.`);
}
