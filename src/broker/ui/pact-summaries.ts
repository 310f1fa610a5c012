/** Matrix rows reduced to one line per pact publication, with its latest verification. */
import type { MatrixRow, PactPublication, VerificationResult } from '../store/broker-store.ts';
import { html, type SafeHtml } from './html.ts';
import { outcomeOf } from './integration-status.ts';
import { newestFirst, statusPill, timeText } from './page.ts';
import { uiLinks } from './ui-links.ts';

/** A pact publication and the latest verification of its content, if any. */
export interface PactSummary {
  readonly pact: PactPublication;
  readonly verification: VerificationResult | undefined;
}

/**
 * One summary per publication (consumer, version, provider), newest publication first.
 *
 * @example
 * const pacts = summarisePacts(await store.matrixRows(['order-service']));
 */
export function summarisePacts(rows: readonly MatrixRow[]): PactSummary[] {
  const byPact = new Map<string, PactSummary>();
  for (const row of rows) {
    const key = JSON.stringify([row.pact.consumer, row.pact.consumerVersion, row.pact.provider]);
    const seen = byPact.get(key);
    if (seen === undefined || (row.verification?.id ?? 0) > (seen.verification?.id ?? 0))
      byPact.set(key, { pact: row.pact, verification: row.verification });
  }
  return [...byPact.values()].sort(newestFirst((summary) => summary.pact.createdAt));
}

/**
 * A table of pact summaries with links to each pact and its latest result.
 *
 * @example
 * html`${pactTable(summarisePacts(rows), 'Pacts published by order-service')}`;
 */
export function pactTable(pacts: readonly PactSummary[], caption: string): SafeHtml {
  if (pacts.length === 0) return html`<p class="muted">None.</p>`;
  const rows = pacts.map(({ pact, verification }) => {
    const outcome = outcomeOf(verification?.success);
    return html`<tr>
<td><a href="${uiLinks.pacticipant(pact.consumer)}">${pact.consumer}</a></td>
<td><a href="${uiLinks.version(pact.consumer, pact.consumerVersion)}">${pact.consumerVersion}</a></td>
<td><a href="${uiLinks.pacticipant(pact.provider)}">${pact.provider}</a></td>
<td><a href="${uiLinks.pact(pact.provider, pact.consumer, pact.consumerVersion)}">View pact</a> <span class="muted">${timeText(pact.createdAt)}</span></td>
<td>${statusPill(outcome)}${verification === undefined ? '' : html` <span class="muted">by ${verification.provider} ${verification.providerVersion}</span>`}</td>
</tr>`;
  });
  return html`<table>
<caption>${caption}</caption>
<thead><tr><th scope="col">Consumer</th><th scope="col">Consumer version</th><th scope="col">Provider</th><th scope="col">Pact</th><th scope="col">Latest verification</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}
