/**
 * `POST /pacticipants`, `PATCH` and `PUT /pacticipants/:name`, as the Pact Broker answers them
 * (lib/pact_broker/api/resources/pacticipant.rb, pacticipants.rb): the fields
 * `create-or-update-pacticipant` sets.
 */
import { isPlainObject } from '../../core/index.ts';
import type { PacticipantFields } from '../store/broker-store.ts';
import { pacticipantBody } from './pacticipant-body.ts';
import { errorResponse, halResponse, validationResponse } from './responses.ts';
import type { RouteContext } from './router.ts';

const fieldNames = [
  'displayName',
  'mainBranch',
  'repositoryUrl',
  'repositoryName',
  'repositoryNamespace',
] as const;

/** The pacticipant fields of a body (`replace`: a missing field clears it), or the Pact Broker's errors. */
function fieldsOf(
  body: Record<string, unknown>,
  mode: 'merge' | 'replace',
): { fields: PacticipantFields } | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const fields: Record<string, string | null> = {};
  for (const name of fieldNames) {
    const value = body[name];
    if (value === undefined) {
      if (mode === 'replace') fields[name] = null;
      continue;
    }
    if (value !== null && typeof value !== 'string') errors[name] = ['must be a string'];
    else if (typeof value === 'string' && /[\r\n]/.test(value))
      errors[name] = ['must not contain multiple lines'];
    else if (name === 'mainBranch' && typeof value === 'string' && /\s/.test(value))
      errors[name] = ['cannot contain spaces'];
    else if (value === '' && (name === 'displayName' || name === 'mainBranch'))
      errors[name] = ['cannot be blank'];
    else fields[name] = value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { fields };
}

/**
 * `POST /pacticipants`: creates the pacticipant; an existing one is left as it is (as the Pact Broker does).
 *
 * @example
 * const route = { method: 'POST', pattern: '/pacticipants', handle: createPacticipant };
 */
export async function createPacticipant({ store, links, json }: RouteContext): Promise<Response> {
  const body = await json();
  if (!isPlainObject(body)) return validationResponse({ body: ['must be a JSON object'] });
  const { name } = body;
  if (typeof name !== 'string' || name.trim() === '' || /[\r\n]/.test(name))
    return validationResponse({ name: ['is missing, blank or has several lines'] });
  const read = fieldsOf(body, 'merge');
  if ('errors' in read) return validationResponse(read.errors);
  // As the Pact Broker: an existing pacticipant is left as it is.
  const { pacticipant } = await store.savePacticipant(name, read.fields, { keepExisting: true });
  return halResponse(pacticipantBody(pacticipant, links), 201, { location: links.pacticipant(name) });
}

/**
 * `PATCH` (merge) or `PUT` (replace) `/pacticipants/:name`.
 *
 * @example
 * const route = { method: 'PATCH', pattern: '/pacticipants/:name', handle: (c) => updatePacticipant(c, 'merge') };
 */
export async function updatePacticipant(
  { store, links, json, params }: RouteContext,
  mode: 'merge' | 'replace',
): Promise<Response> {
  const name = params.name ?? '';
  const exists = (await store.findPacticipant(name)) !== undefined;
  // PUT replaces an existing pacticipant only; PATCH creates a missing one (as the Pact Broker does).
  if (mode === 'replace' && !exists) return errorResponse(404, `No pacticipant named "${name}" was found.`);
  const body = await json();
  if (!isPlainObject(body)) return validationResponse({ body: ['must be a JSON object'] });
  const read = fieldsOf(body, mode);
  if ('errors' in read) return validationResponse(read.errors);
  const { pacticipant, created } = await store.savePacticipant(name, read.fields);
  return created
    ? halResponse(pacticipantBody(pacticipant, links), 201, { location: links.pacticipant(name) })
    : halResponse(pacticipantBody(pacticipant, links));
}
