/**
 * The pact that reading a just-written pact file gives, computed from what was written rather than
 * by reading the whole file: only the interactions new to it are read back (from their cached
 * text), so a merge remembers exactly what the next merge would otherwise load.
 */

import type { Interaction, Pact } from '../model/pact.ts';
import { interactionText } from '../pact-json/interaction-text.ts';
import { readInteraction } from '../pact-json/read-interaction.ts';
import { readPact } from '../pact-json/read-pact.ts';
import { formatPactJson } from '../pact-json/write-pact.ts';
import { markOwnInteractions } from './own-interactions.ts';

/**
 * What `loadPactFile` gives for the file `formatPactJson(written, spec)`, where every interaction
 * of `written` that is not in `fresh` was itself read from that file. V3 files keep messages in
 * their own list, so they come back after the other interactions. The result's interactions are
 * seam's own, so their texts and identities are cached for the next merge.
 *
 * @example
 * const remembered = readBackPact(merged, 'V4', new Set(incoming.interactions));
 */
export function readBackPact(written: Pact, spec: 'V3' | 'V4', fresh: ReadonlySet<Interaction>): Pact {
  const head = readPact(JSON.parse(formatPactJson({ ...written, interactions: [] }, spec)));
  const inFileOrder =
    spec === 'V3'
      ? [
          ...written.interactions.filter((i) => i.kind !== 'message'),
          ...written.interactions.filter((i) => i.kind === 'message'),
        ]
      : written.interactions;
  const interactions = inFileOrder.map((interaction) => {
    if (!fresh.has(interaction)) return interaction;
    const from = spec === 'V3' && interaction.kind === 'message' ? 'messages' : 'interactions';
    return readInteraction(JSON.parse(interactionText(interaction, spec)), head.specVersion, '$', from);
  });
  markOwnInteractions(interactions);
  return { ...head, interactions };
}
