/**
 * A tool-neutral view of a pact file for comparing what two tools wrote for the same consumer test:
 * per interaction (by description), its states, request, response or message, bodies parsed, and
 * matching rules and generators in seam's model form. Metadata (tool names, versions) is left out.
 */
import { loadPactFile } from '../../../../src/contract/index.ts';
import type { Body, Headers } from '../../../../src/match/index.ts';

const decoder = new TextDecoder();

function body(value: Body): unknown {
  if (value.state !== 'present') return value.state;
  const text = decoder.decode(value.content);
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Header names lower-cased and sorted, values as written. */
function headers(value: Headers | undefined): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(value ?? {})
      .map(([name, values]) => [name.toLowerCase(), values] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The normalised interactions of a pact file, keyed by description. */
export async function normalisePact(file: string): Promise<Record<string, unknown>> {
  const pact = await loadPactFile(file);
  const entries = pact.interactions.map((interaction) => {
    if (interaction.kind === 'http') {
      const { request, response } = interaction;
      return [
        interaction.description,
        {
          states: interaction.providerStates,
          request: {
            ...request,
            headers: headers(request.headers),
            body: body(request.body),
            queryString: undefined,
          },
          response: { ...response, headers: headers(response.headers), body: body(response.body) },
        },
      ] as const;
    }
    if (interaction.kind === 'message') {
      const { message } = interaction;
      return [
        interaction.description,
        { states: interaction.providerStates, message: { ...message, contents: body(message.contents) } },
      ] as const;
    }
    return [interaction.description, interaction] as const;
  });
  return JSON.parse(JSON.stringify(Object.fromEntries(entries))) as Record<string, unknown>;
}
