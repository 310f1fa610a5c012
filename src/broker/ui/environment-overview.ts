/** An environment and what is currently deployed or released in it, as a page section. */
import type { EnvironmentVersions } from '../matrix/environment-versions.ts';
import { html, type SafeHtml } from './html.ts';
import { timeText } from './page.ts';
import { uiLinks } from './ui-links.ts';

/**
 * One environment as a section: its name, whether it is production, and a table of its versions.
 *
 * @example
 * html`${overview.map(environmentSection)}`;
 */
export function environmentSection(overview: EnvironmentVersions): SafeHtml {
  const { environment, versions } = overview;
  const title = environment.displayName ?? environment.name;
  const rows = versions.map(
    (item) => html`<tr>
<td><a href="${uiLinks.pacticipant(item.pacticipant)}">${item.pacticipant}</a></td>
<td><a href="${uiLinks.version(item.pacticipant, item.version)}">${item.version}</a></td>
<td>${item.kind}${item.applicationInstance === undefined ? '' : html` <span class="muted">(instance ${item.applicationInstance})</span>`}</td>
<td>${timeText(item.createdAt)}</td>
</tr>`,
  );
  const table =
    versions.length === 0
      ? html`<p class="muted">Nothing is recorded as deployed or released here.</p>`
      : html`<table>
<caption>Currently in ${title}</caption>
<thead><tr><th scope="col">Pacticipant</th><th scope="col">Version</th><th scope="col">How</th><th scope="col">Since</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
  return html`<section aria-labelledby="env-${environment.uuid}" data-environment="${environment.name}">
<h3 id="env-${environment.uuid}">${title}${environment.production ? html` <span class="kind">production</span>` : ''}</h3>
${table}
</section>`;
}
