/** `GET /ui/pacticipants/:name`: a pacticipant's versions and its pacts, as consumer and provider. */
import { currentVersionsByEnvironment } from '../matrix/environment-versions.ts';
import { html, type SafeHtml } from './html.ts';
import { pactTable, summarisePacts } from './pact-summaries.ts';
import { pacticipantVersions, type VersionSummary } from './pacticipant-versions.ts';
import { notFoundPage, pageResponse, timeText } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

/**
 * Renders a pacticipant's page.
 *
 * @example
 * const response = await pacticipantPage({ store, params: { name: 'order-service' }, query });
 */
export async function pacticipantPage({ store, params }: UiContext): Promise<Response> {
  const name = params?.name ?? '';
  const pacticipant = await store.findPacticipant(name);
  if (pacticipant === undefined) return notFoundPage(`No pacticipant named "${name}" was found.`);
  const rows = await store.matrixRows([name]);
  const environments = await currentVersionsByEnvironment(store);
  const versions = await pacticipantVersions(store, name, environments);
  const pacts = summarisePacts(rows);
  const body = html`<p>Main branch: ${pacticipant.mainBranch === undefined ? html`<span class="muted">not known yet</span>` : html`<code>${pacticipant.mainBranch}</code>`}.
<a href="${uiLinks.matrix(name)}">Matrix of ${name}</a>.</p>
<section aria-labelledby="versions">
<h2 id="versions">Versions</h2>
${versions.length === 0 ? html`<p class="muted">No versions yet.</p>` : versionTable(name, versions)}
</section>
<section aria-labelledby="branches">
<h2 id="branches">Branches</h2>
${branchList(name, versions)}
</section>
<section aria-labelledby="as-consumer">
<h2 id="as-consumer">Pacts as consumer</h2>
${pactTable(
  pacts.filter((item) => item.pact.consumer === name),
  `Pacts published by ${name}`,
)}
</section>
<section aria-labelledby="as-provider">
<h2 id="as-provider">Pacts as provider</h2>
${pactTable(
  pacts.filter((item) => item.pact.provider === name),
  `Pacts with ${name} as provider`,
)}
</section>`;
  return pageResponse({ title: name, section: 'none', body });
}

function versionTable(name: string, versions: readonly VersionSummary[]): SafeHtml {
  const rows = versions.map(
    ({ version, tags, environments }) => html`<tr>
<td><a href="${uiLinks.version(name, version.number)}">${version.number}</a></td>
<td>${version.branch === undefined ? html`<span class="muted">none</span>` : version.branch}</td>
<td>${tags.length === 0 ? html`<span class="muted">none</span>` : tags.join(', ')}</td>
<td>${environments.length === 0 ? html`<span class="muted">none</span>` : environments.join(', ')}</td>
<td>${timeText(version.createdAt)}</td>
</tr>`,
  );
  return html`<table>
<caption>Versions of ${name}, newest first</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Branch</th><th scope="col">Tags</th><th scope="col">Environments</th><th scope="col">Created</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

function branchList(name: string, versions: readonly VersionSummary[]): SafeHtml {
  const latest = new Map<string, string>();
  // Versions come newest first: the first seen on a branch is its latest.
  for (const { version } of versions)
    if (version.branch !== undefined && !latest.has(version.branch))
      latest.set(version.branch, version.number);
  if (latest.size === 0) return html`<p class="muted">No version is on a branch.</p>`;
  return html`<ul>${[...latest].map(([branch, number]) => html`<li><code>${branch}</code>: latest version <a href="${uiLinks.version(name, number)}">${number}</a></li>`)}</ul>`;
}
