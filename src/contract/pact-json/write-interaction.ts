/** Writes one interaction as V3 or V4 pact-file JSON, the inverse of {@link readInteraction}. */
import { SeamError } from '../../core/index.ts';
import type { JsonRecord } from '../json/untyped-json.ts';
import { type Interaction, type InteractionCommon, interactionTypes } from '../model/pact.ts';
import { writeRequest } from './http-request.ts';
import { writeResponse } from './http-response.ts';
import { writeMessage } from './message.ts';
import { withOptional } from './part-helpers.ts';
import { writeProviderStates } from './provider-states.ts';

/**
 * Writes an interaction. V3 can hold HTTP interactions (for `interactions[]`) and messages (for
 * `messages[]`); V4 holds every kind, each with its `type`. Unknown fields come back as they were.
 *
 * @throws SeamError `unsupported` for a synchronous-message or plugin interaction in a V3 file.
 * @example
 * writeInteraction({ kind: 'http', description: 'x', providerStates: [],
 *   request: { method: 'GET', path: '/', body: { state: 'missing' } },
 *   response: { status: 200, body: { state: 'missing' } } }, 'V4');
 * // { type: 'Synchronous/HTTP', description: 'x', request: {...}, response: {...} }
 */
export function writeInteraction(interaction: Interaction, spec: 'V3' | 'V4'): JsonRecord {
  if (interaction.kind === 'other') {
    if (spec === 'V3') throw unsupported(interaction.type, interaction.description);
    return { ...interaction.json };
  }
  const type = spec === 'V4' ? { type: interactionTypes[interaction.kind] } : {};
  const head = { ...type, ...writeCommonHead(interaction) };
  switch (interaction.kind) {
    case 'http':
      return finish(
        head,
        {
          request: writeRequest(interaction.request, spec),
          response: writeResponse(interaction.response, spec),
        },
        interaction,
      );
    case 'message':
      return finish(head, writeMessage(interaction.message, spec), interaction);
    case 'sync-message':
      if (spec === 'V3') throw unsupported(interactionTypes['sync-message'], interaction.description);
      return finish(
        head,
        {
          request: writeMessage(interaction.request, spec),
          response: interaction.response.map((m) => writeMessage(m, spec)),
        },
        interaction,
      );
  }
}

function writeCommonHead(interaction: InteractionCommon): JsonRecord {
  return withOptional(
    { description: interaction.description },
    {
      _id: interaction.id,
      key: interaction.key,
      providerStates: writeProviderStates(interaction.providerStates),
    },
  );
}

function finish(head: JsonRecord, parts: JsonRecord, interaction: InteractionCommon): JsonRecord {
  // V4 fields are written whenever the model has them, so a V3 file that carries them keeps them.
  const v4 = {
    pending: interaction.pending,
    comments: interaction.comments,
    pluginConfiguration: interaction.pluginConfiguration,
    interactionMarkup: interaction.interactionMarkup,
    transport: interaction.transport,
  };
  return withOptional({ ...head, ...parts }, { ...v4, ...interaction.extra });
}

function unsupported(type: string, description: string): SeamError {
  return new SeamError(
    'unsupported',
    `a V3 pact cannot hold the ${type} interaction "${description}"; write the pact as V4`,
  );
}
