/** `GET /ui/pacts/provider/:provider/consumer/:consumer/version/:version`: a pact, interaction by interaction. */
import type { Pact } from '../../contract/index.ts';
import { html, type SafeHtml } from './html.ts';
import { outcomeOf } from './integration-status.ts';
import { interactionView } from './interaction-view.ts';
import { notFoundPage, pageResponse, statusPill, timeText } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

/**
 * Renders a pact: V2, V3 and V4 files, HTTP and message interactions.
 *
 * @example
 * const response = await pactPage({ store, params: { provider: 'payment-service', consumer: 'order-service', version: '1.0.0' }, query });
 */
export async function pactPage({ store, params }: UiContext): Promise<Response> {
  const { provider = '', consumer = '', version = '' } = params ?? {};
  const publication = await store.findPact(provider, consumer, version);
  if (publication === undefined)
    return notFoundPage(
      `No pact found for consumer ${consumer} version ${version} and provider ${provider}.`,
    );
  const verification = await store.findVerification(provider, consumer, publication.sha);
  const read = await readStoredPact(publication.content);
  const summary = html`<dl>
<dt>Consumer</dt><dd><a href="${uiLinks.pacticipant(consumer)}">${consumer}</a> version <a href="${uiLinks.version(consumer, version)}">${version}</a>${publication.consumerBranch === undefined ? '' : html` on branch <code>${publication.consumerBranch}</code>`}</dd>
<dt>Provider</dt><dd><a href="${uiLinks.pacticipant(provider)}">${provider}</a></dd>
<dt>Published</dt><dd>${timeText(publication.createdAt)}</dd>
<dt>Latest verification</dt><dd>${statusPill(outcomeOf(verification?.success))}${verification === undefined ? '' : html` by ${provider} <a href="${uiLinks.version(provider, verification.providerVersion)}">${verification.providerVersion}</a>, ${timeText(verification.createdAt)}`}</dd>
<dt>Specification</dt><dd>${'pact' in read ? read.pact.specVersion.replace('_', '.') : 'unreadable'}</dd>
<dt>Content</dt><dd><code>${publication.sha.slice(0, 12)}</code> · <a href="${uiLinks.pactJson(provider, consumer, version)}">JSON</a></dd>
</dl>`;
  return pageResponse({
    title: `Pact between ${consumer} (${version}) and ${provider}`,
    section: 'none',
    body: html`${summary}<section aria-labelledby="interactions"><h2 id="interactions">Interactions</h2>${interactions(read)}</section>`,
  });
}

async function readStoredPact(content: string): Promise<{ pact: Pact } | { error: string; content: string }> {
  // The contract reader is loaded with the first pact page, not when the broker starts.
  const { readPact } = await import('../../contract/index.ts');
  try {
    return { pact: readPact(JSON.parse(content), 'pact') };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), content };
  }
}

function interactions(read: { pact: Pact } | { error: string; content: string }): SafeHtml {
  if ('error' in read)
    return html`<p>The pact could not be read as a pact: ${read.error}</p><pre>${read.content}</pre>`;
  if (read.pact.interactions.length === 0) return html`<p class="muted">This pact has no interactions.</p>`;
  return html`<p>${read.pact.interactions.length} interaction${read.pact.interactions.length === 1 ? '' : 's'}.</p>${read.pact.interactions.map((item, index) => interactionView(item, index))}`;
}
