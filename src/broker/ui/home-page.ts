/** `GET /ui`: the dashboard — integrations with their status, environments, pacticipants. */

import { currentVersionsByEnvironment } from '../matrix/environment-versions.ts';
import type { Integration } from '../store/broker-store.ts';
import { environmentSection } from './environment-overview.ts';
import { html, type SafeHtml } from './html.ts';
import { integrationStatus } from './integration-status.ts';
import { pageResponse, statusPill, timeText } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

/**
 * Renders the dashboard.
 *
 * @example
 * const response = await homePage({ store, query: new URLSearchParams() });
 */
export async function homePage({ store }: UiContext): Promise<Response> {
  const integrations = await store.listIntegrations();
  const environments = await currentVersionsByEnvironment(store);
  const pacticipants = await store.listPacticipants();
  const body = html`<section aria-labelledby="integrations">
<h2 id="integrations">Integrations</h2>
${integrations.length === 0 ? html`<p class="muted">No pacts have been published yet.</p>` : integrationTable(integrations)}
</section>
<section aria-labelledby="environments">
<h2 id="environments">Environments</h2>
${environments.length === 0 ? html`<p class="muted">No environments yet.</p>` : environments.map(environmentSection)}
</section>
<section aria-labelledby="pacticipants">
<h2 id="pacticipants">Pacticipants</h2>
<ul>${pacticipants.map((item) => html`<li><a href="${uiLinks.pacticipant(item.name)}">${item.name}</a></li>`)}</ul>
</section>`;
  return pageResponse({ title: 'Dashboard', section: 'home', body });
}

function integrationTable(integrations: readonly Integration[]): SafeHtml {
  const rows = integrations.map((item) => {
    const { consumer, provider, latestPact } = item;
    const status = integrationStatus(item);
    return html`<tr data-integration="${consumer} → ${provider}">
<td><a href="${uiLinks.pacticipant(consumer)}">${consumer}</a></td>
<td><a href="${uiLinks.pacticipant(provider)}">${provider}</a></td>
<td><a href="${uiLinks.pact(provider, consumer, latestPact.consumerVersion)}">${latestPact.consumerVersion}</a></td>
<td>${statusPill(status)}${item.latestVerification === undefined ? '' : html` <span class="muted">by ${provider} ${item.latestVerification.providerVersion}</span>`}</td>
<td>${timeText(item.lastVerifiedAt)}</td>
<td><img src="${uiLinks.pactBadge(provider, consumer)}" alt="Badge: pact between ${consumer} and ${provider} ${status}" height="20"></td>
</tr>`;
  });
  return html`<table>
<thead><tr><th scope="col">Consumer</th><th scope="col">Provider</th><th scope="col">Latest pact</th><th scope="col">Status</th><th scope="col">Last verified</th><th scope="col">Badge</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}
