/**
 * The formatted JSON text of an interaction as it sits in a pact file, cached for the interactions a
 * merge remembers: merging one test's interaction into a file of hundreds joins cached texts instead
 * of writing every interaction again. Only interactions seam made itself (read back from a file,
 * never handed out) are cached, so a caller that changes its own interaction object between two
 * writes still gets the new text.
 */

import { stringifyJson } from '../json/json-text.ts';
import type { Interaction } from '../model/pact.ts';
import { isOwnInteraction } from '../pact-file/own-interactions.ts';
import { writeInteraction } from './write-interaction.ts';

/** Where interactions sit in a pact file: `$.interactions[i]` (or V3 `$.messages[i]`). */
const interactionDepth = 2;
const indent = 2;
const itemBreak = `\n${' '.repeat(indent * interactionDepth)}`;
const listEnd = `\n${' '.repeat(indent * (interactionDepth - 1))}]`;

interface Texts {
  V3?: string;
  V4?: string;
  V3Bytes?: Buffer;
  V4Bytes?: Buffer;
}

const cache = new WeakMap<Interaction, Texts>();
/** Interactions whose texts are cached for the length of a {@link withTextsCached} call. */
const pinned = new Set<Interaction>();

/**
 * Runs `action` (synchronous: no caller code can change anything meanwhile) with the texts of
 * `interactions` cached for its duration, then drops those texts again: a merge writes the new
 * interactions and reads them back from the same text.
 *
 * @example
 * const chunks = withTextsCached(pact.interactions, () => formatPactChunks(pact, 'V4'));
 */
export function withTextsCached<T>(interactions: readonly Interaction[], action: () => T): T {
  const added = interactions.filter(
    (interaction) => !isOwnInteraction(interaction) && !pinned.has(interaction),
  );
  for (const interaction of added) pinned.add(interaction);
  try {
    return action();
  } finally {
    for (const interaction of added) {
      pinned.delete(interaction);
      cache.delete(interaction);
    }
  }
}

/**
 * `writeInteraction(interaction, spec)` as indented JSON text for its place in a pact file (two
 * levels deep), computed once per spec for seam's own interactions (see {@link markOwnInteractions}).
 *
 * @throws SeamError `unsupported` when a V3 file cannot hold the interaction.
 * @example
 * const text = interactionText(interaction, 'V4'); // '{\n      "type": "Synchronous/HTTP", …'
 */
export function interactionText(interaction: Interaction, spec: 'V3' | 'V4'): string {
  const texts = cache.get(interaction);
  const cached = texts?.[spec];
  if (cached !== undefined) return cached;
  const text = stringifyJson(writeInteraction(interaction, spec), indent, interactionDepth);
  if (isOwnInteraction(interaction) || pinned.has(interaction))
    cache.set(interaction, { ...texts, [spec]: text });
  return text;
}

/**
 * {@link interactionText} as UTF-8, cached with it.
 *
 * @example
 * const bytes = interactionBytes(interaction, 'V4');
 */
export function interactionBytes(interaction: Interaction, spec: 'V3' | 'V4'): Buffer {
  const key = spec === 'V3' ? 'V3Bytes' : 'V4Bytes';
  const cached = cache.get(interaction)?.[key];
  if (cached !== undefined) return cached;
  const bytes = Buffer.from(interactionText(interaction, spec), 'utf8');
  const texts = cache.get(interaction);
  if (texts !== undefined) texts[key] = bytes;
  return bytes;
}

/**
 * The text of a pact file's `interactions` (or `messages`) array from its interactions' texts,
 * exactly as the JSON writer indents it.
 *
 * @example
 * interactionListText([interaction], 'V4'); // '[\n    {…}\n  ]'
 */
export function interactionListText(interactions: readonly Interaction[], spec: 'V3' | 'V4'): string {
  if (interactions.length === 0) return '[]';
  const parts = interactions.map((interaction) => interactionText(interaction, spec));
  return `[${itemBreak}${parts.join(`,${itemBreak}`)}${listEnd}`;
}

const bytesOf = {
  empty: Buffer.from('[]'),
  first: Buffer.from(`[${itemBreak}`),
  next: Buffer.from(`,${itemBreak}`),
  end: Buffer.from(listEnd),
};

/**
 * {@link interactionListText} as pieces of UTF-8 to concatenate, from cached bytes.
 *
 * @example
 * Buffer.concat(interactionListBytes([interaction], 'V4'));
 */
export function interactionListBytes(interactions: readonly Interaction[], spec: 'V3' | 'V4'): Buffer[] {
  if (interactions.length === 0) return [bytesOf.empty];
  const pieces: Buffer[] = [];
  for (const interaction of interactions) {
    pieces.push(pieces.length === 0 ? bytesOf.first : bytesOf.next, interactionBytes(interaction, spec));
  }
  pieces.push(bytesOf.end);
  return pieces;
}
