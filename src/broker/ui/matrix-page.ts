/** `GET /ui/matrix?pacticipant=`: consumer versions × provider versions and how each verification went. */
import type { MatrixRow } from '../store/broker-store.ts';
import { html, type SafeHtml, selectOption } from './html.ts';
import { outcomeOf } from './integration-status.ts';
import { newestFirst, pageResponse, statusPill, timeText } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

/** The most rows one page shows; the filter narrows a larger matrix. */
const maxRows = 500;

/**
 * Renders the matrix, optionally of one pacticipant.
 *
 * @example
 * const response = await matrixPage({ store, query: new URLSearchParams('pacticipant=order-service') });
 */
export async function matrixPage({ store, query }: UiContext): Promise<Response> {
  const names = (await store.listPacticipants()).map((item) => item.name);
  const chosen = query.get('pacticipant') ?? '';
  const selected = chosen === '' ? names : [chosen];
  const rows = selected.length === 0 ? [] : await store.matrixRows(selected);
  rows.sort(newestFirst((row) => row.verification?.createdAt ?? row.pact.createdAt));
  const options = names.map((name) => selectOption(name, chosen));
  const body = html`<form class="inline" method="get" action="${uiLinks.matrix()}" aria-label="Filter the matrix">
<label>Pacticipant <select name="pacticipant"><option value="">All pacticipants</option>${options}</select></label>
<button type="submit">Filter</button>
</form>
${rows.length === 0 ? html`<p class="muted">No pacts${chosen === '' ? '' : ` involving ${chosen}`} yet.</p>` : matrixTable(rows.slice(0, maxRows), chosen)}
${rows.length > maxRows ? html`<p class="muted">Showing the newest ${maxRows} of ${rows.length} rows; filter by pacticipant to see others.</p>` : ''}`;
  return pageResponse({ title: chosen === '' ? 'Matrix' : `Matrix of ${chosen}`, section: 'matrix', body });
}

function matrixTable(rows: readonly MatrixRow[], chosen: string): SafeHtml {
  const lines = rows.map(({ pact, verification }) => {
    const outcome = outcomeOf(verification?.success);
    return html`<tr data-outcome="${outcome}">
<td><a href="${uiLinks.pacticipant(pact.consumer)}">${pact.consumer}</a></td>
<td><a href="${uiLinks.pact(pact.provider, pact.consumer, pact.consumerVersion)}">${pact.consumerVersion}</a></td>
<td><a href="${uiLinks.pacticipant(pact.provider)}">${pact.provider}</a></td>
<td>${verification === undefined ? html`<span class="muted">not verified</span>` : html`<a href="${uiLinks.version(pact.provider, verification.providerVersion)}">${verification.providerVersion}</a>`}</td>
<td>${statusPill(outcome)}</td>
<td>${timeText(verification?.createdAt)}</td>
</tr>`;
  });
  return html`<table class="matrix">
<caption>${chosen === '' ? 'Every pact publication and its verifications' : `Pacts and verifications involving ${chosen}`}, newest first</caption>
<thead><tr><th scope="col">Consumer</th><th scope="col">Consumer version</th><th scope="col">Provider</th><th scope="col">Provider version</th><th scope="col">Result</th><th scope="col">Verified</th></tr></thead>
<tbody>${lines}</tbody>
</table>`;
}
