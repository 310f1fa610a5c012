/** `GET /ui/figures?days=N`: the compatibility score per environment and contract stability with its chart. */
import type { CompatibilityFigures, StabilityFigures } from '../figures/broker-figures.ts';
import { computeFigures } from '../figures/compute-figures.ts';
import { percentText } from '../figures/percent-text.ts';
import { html, type SafeHtml, selectOption } from './html.ts';
import { outcomeOf } from './integration-status.ts';
import { pageResponse, statusPill } from './page.ts';
import { stabilityChart } from './stability-chart.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

const windows = [7, 14, 30, 90];

/**
 * Renders both figures over a window of `days` (1–365, default 7).
 *
 * @example
 * const response = await figuresPage({ store, query: new URLSearchParams('days=7') });
 */
export async function figuresPage({ store, query }: UiContext): Promise<Response> {
  const asked = Number(query.get('days') ?? '7');
  const days = Number.isInteger(asked) && asked >= 1 && asked <= 365 ? asked : 7;
  const figures = await computeFigures(store, { days });
  const choices = [...new Set([...windows, days])].sort((a, b) => a - b);
  const body = html`<form class="inline" method="get" action="${uiLinks.figures()}" aria-label="Stability window">
<label>Window <select name="days">${choices.map((value) => selectOption(value, days, `last ${value} day${value === 1 ? '' : 's'}`))}</select></label>
<button type="submit">Show</button>
</form>
${compatibilitySection(figures.compatibility)}
${stabilitySection(figures.stability)}`;
  return pageResponse({ title: 'Figures', section: 'figures', body });
}

function compatibilitySection(figures: CompatibilityFigures): SafeHtml {
  const environments = figures.environments.map(
    (item) =>
      html`<tr data-environment="${item.environment}"><th scope="row">${item.environment}</th><td>${percentText(item.score)}</td><td>${item.verified} of ${item.pairs}</td></tr>`,
  );
  const pairs = figures.pairs.map(
    (pair) => html`<tr>
<td>${pair.environment}</td>
<td><a href="${uiLinks.version(pair.consumer, pair.consumerVersion)}">${pair.consumer} ${pair.consumerVersion}</a></td>
<td><a href="${uiLinks.version(pair.provider, pair.providerVersion)}">${pair.provider} ${pair.providerVersion}</a></td>
<td>${statusPill(outcomeOf(pair.verified))}</td>
</tr>`,
  );
  return html`<section aria-labelledby="compatibility">
<h2 id="compatibility">Compatibility score</h2>
<p class="figure" data-figure="compatibility">${percentText(figures.score)}</p>
<p>${figures.verified} of ${figures.pairs.length} consumer–provider pairs deployed together are verified successfully.</p>
${environments.length === 0 ? html`<p class="muted">No environments yet.</p>` : html`<table><caption>Per environment</caption><thead><tr><th scope="col">Environment</th><th scope="col">Score</th><th scope="col">Verified pairs</th></tr></thead><tbody>${environments}</tbody></table>`}
${pairs.length === 0 ? '' : html`<table><caption>Pairs deployed together</caption><thead><tr><th scope="col">Environment</th><th scope="col">Consumer</th><th scope="col">Provider</th><th scope="col">Verification</th></tr></thead><tbody>${pairs}</tbody></table>`}
</section>`;
}

function stabilitySection(figures: StabilityFigures): SafeHtml {
  const chartLabel = `Verification results per day over the last ${figures.days} days: ${
    figures.daily
      .filter((day) => day.total > 0)
      .map((day) => `${day.date} ${day.passed} of ${day.total} passed`)
      .join('; ') || 'none'
  }`;
  const pairs = figures.pairs.map(
    (pair) => html`<tr data-pair="${pair.consumer} → ${pair.provider}">
<td>${pair.consumer}</td><td>${pair.provider}</td>
<td>${pair.passed} of ${pair.total}</td><td>${percentText(pair.share)}</td><td>${pair.trend}</td>
<td>${stabilityChart(pair.days, { label: `${pair.consumer} → ${pair.provider} per day`, width: 120, height: 28, compact: true })}</td>
</tr>`,
  );
  return html`<section aria-labelledby="stability">
<h2 id="stability">Contract stability</h2>
<p class="figure" data-figure="stability">${percentText(figures.score)}</p>
<p>${figures.passed} of ${figures.total} verification results passed over the last ${figures.days} day${figures.days === 1 ? '' : 's'} (since ${figures.since.slice(0, 10)}, UTC).</p>
<figure>
${stabilityChart(figures.daily, { label: chartLabel })}
<figcaption>Results per day: <span class="status status-success">passed</span> bars below, <span class="status status-failed">failed</span> stacked on top.</figcaption>
</figure>
<details><summary>Results per day as a table</summary>
<table><thead><tr><th scope="col">Day</th><th scope="col">Passed</th><th scope="col">Total</th></tr></thead>
<tbody>${figures.daily.map((day) => html`<tr><td>${day.date}</td><td>${day.passed}</td><td>${day.total}</td></tr>`)}</tbody></table>
</details>
${pairs.length === 0 ? html`<p class="muted">No verification results in this window.</p>` : html`<table><caption>Per consumer–provider pair</caption><thead><tr><th scope="col">Consumer</th><th scope="col">Provider</th><th scope="col">Passed</th><th scope="col">Share</th><th scope="col">Trend</th><th scope="col">Per day</th></tr></thead><tbody>${pairs}</tbody></table>`}
</section>`;
}
