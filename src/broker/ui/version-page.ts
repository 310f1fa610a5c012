/** `GET /ui/pacticipants/:name/versions/:version`: one version — branch, tags, environments, pacts, verifications. */

import { currentVersionsByEnvironment, environmentsOf } from '../matrix/environment-versions.ts';
import type { MatrixRow } from '../store/broker-store.ts';
import { html, type SafeHtml } from './html.ts';
import { outcomeOf } from './integration-status.ts';
import { pactTable, summarisePacts } from './pact-summaries.ts';
import { notFoundPage, pageResponse, statusPill, timeText } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

/**
 * Renders a version's page.
 *
 * @example
 * const response = await versionPage({ store, params: { name: 'order-service', version: '1.0.0' }, query });
 */
export async function versionPage({ store, params }: UiContext): Promise<Response> {
  const name = params?.name ?? '';
  const number = params?.version ?? '';
  const version = await store.findVersion(name, number);
  if (version === undefined) return notFoundPage(`No version ${number} of pacticipant ${name} was found.`);
  const tags = await store.tagsOf(name, number);
  const environments = await currentVersionsByEnvironment(store);
  const inEnvironments = environmentsOf(name, number, environments);
  const published = await store.matrixQuery({ consumers: [{ pacticipant: name, version: number }] });
  const verified = (
    await store.matrixQuery({ providers: [name], providerVersions: [{ pacticipant: name, version: number }] })
  ).filter((row) => row.verification !== undefined);
  const deployChecks = environments.map(
    ({ environment }) =>
      html`<li><a href="${uiLinks.canIDeploy({ pacticipant: name, version: number, environment: environment.name })}">Can ${name} ${number} be deployed to ${environment.name}?</a></li>`,
  );
  const body = html`<dl>
<dt>Pacticipant</dt><dd><a href="${uiLinks.pacticipant(name)}">${name}</a></dd>
<dt>Branch</dt><dd>${version.branch ?? html`<span class="muted">none</span>`}</dd>
<dt>Tags</dt><dd>${tags.length === 0 ? html`<span class="muted">none</span>` : tags.join(', ')}</dd>
<dt>Environments</dt><dd>${inEnvironments.length === 0 ? html`<span class="muted">none</span>` : inEnvironments.join(', ')}</dd>
<dt>Created</dt><dd>${timeText(version.createdAt)}</dd>
</dl>
<section aria-labelledby="pacts"><h2 id="pacts">Pacts published by this version</h2>
${pactTable(summarisePacts(published), `Pacts of ${name} ${number}`)}
</section>
<section aria-labelledby="verifications"><h2 id="verifications">Verifications by this version</h2>
${verificationTable(verified)}
</section>
${deployChecks.length === 0 ? '' : html`<section aria-labelledby="deploy"><h2 id="deploy">Deploy</h2><ul>${deployChecks}</ul></section>`}`;
  return pageResponse({ title: `${name} ${number}`, section: 'none', body });
}

function verificationTable(rows: readonly MatrixRow[]): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">None.</p>`;
  const lines = rows.map(
    ({ pact, verification }) => html`<tr>
<td><a href="${uiLinks.pacticipant(pact.consumer)}">${pact.consumer}</a></td>
<td><a href="${uiLinks.pact(pact.provider, pact.consumer, pact.consumerVersion)}">${pact.consumerVersion}</a></td>
<td>${statusPill(outcomeOf(verification?.success))}</td>
<td>${timeText(verification?.createdAt)}</td>
</tr>`,
  );
  return html`<table>
<thead><tr><th scope="col">Consumer</th><th scope="col">Consumer version</th><th scope="col">Result</th><th scope="col">Verified</th></tr></thead>
<tbody>${lines}</tbody>
</table>`;
}
