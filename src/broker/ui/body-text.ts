/** A pact body (bytes in the model) as text to show: JSON pretty-printed, other text as is. */
import type { Body } from '../../match/index.ts';

/**
 * The body as text, or a note when there is nothing to show.
 *
 * @example
 * bodyText({ state: 'missing' }); // { note: 'no body specified' }
 */
export function bodyText(
  body: Body,
): { readonly text: string; readonly contentType?: string } | { readonly note: string } {
  if (body.state === 'missing') return { note: 'no body specified' };
  if (body.state === 'empty') return { note: 'empty body' };
  if (body.state === 'null') return { text: 'null' };
  const type = body.contentType === undefined ? {} : { contentType: body.contentType };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.content);
  } catch {
    return {
      note: `${body.content.byteLength} bytes of binary content (base64: ${Buffer.from(body.content).toString('base64').slice(0, 120)})`,
    };
  }
  try {
    return { text: JSON.stringify(JSON.parse(text), null, 2), ...type };
  } catch {
    return { text, ...type };
  }
}
