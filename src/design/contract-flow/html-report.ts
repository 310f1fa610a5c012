/** The contract flow's run as one self-contained HTML page (no scripts, no external assets). */
import { percentText } from '../../broker/index.ts';
import { escapeMarkup } from '../../core/index.ts';
import type { ContractFlowResult } from './contract-flow-result.ts';

const escapeHtml = (value: unknown) => escapeMarkup(String(value));

const status = (ok: boolean | null) =>
  ok === null
    ? '<span class="unknown">unverified</span>'
    : ok
      ? '<span class="ok">✓ passed</span>'
      : '<span class="bad">✗ failed</span>';

function table(headers: readonly string[], rows: readonly string[][]): string {
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A bar per day: the share of verifications that passed, with counts in the title. */
function stabilityChart(days: ContractFlowResult['figures']['stability']['daily']): string {
  const width = 44;
  const height = 120;
  const bars = days
    .map((day, index) => {
      const share = day.total === 0 ? 0 : day.passed / day.total;
      const barHeight = Math.round(share * (height - 20));
      const x = index * width + 8;
      const label = `${day.date}: ${day.passed}/${day.total} passed`;
      return (
        `<g><title>${escapeHtml(label)}</title>` +
        `<rect x="${x}" y="${height - 20 - barHeight}" width="${width - 16}" height="${barHeight}" class="${day.total === 0 ? 'none' : share === 1 ? 'ok' : 'bad'}"/>` +
        `<text x="${x + (width - 16) / 2}" y="${height - 6}" text-anchor="middle">${escapeHtml(day.date.slice(5))}</text></g>`
      );
    })
    .join('');
  return `<svg role="img" aria-label="Share of verifications passing per day" width="${days.length * width + 16}" height="${height}" class="chart">${bars}</svg>`;
}

/**
 * The HTML report of a run.
 *
 * @example
 * await writeFile('report.html', renderHtmlReport(result));
 */
export function renderHtmlReport(result: ContractFlowResult): string {
  const { compatibility, stability } = result.figures;
  const sections: string[] = [];
  sections.push(
    `<p class="verdict ${result.ok ? 'ok' : 'bad'}">${result.ok ? `All contracts hold: every service can be deployed to ${escapeHtml(result.environment)}.` : 'Contracts are broken: deployment refused.'}</p>`,
    '<dl class="figures">' +
      `<dt>Compatibility score</dt><dd>${percentText(compatibility.score)} <small>(${compatibility.verified}/${compatibility.pairs.length} version pairs deployed together verified)</small></dd>` +
      `<dt>Contract stability, ${stability.days} days</dt><dd>${percentText(stability.score)} <small>(${stability.passed}/${stability.total} verifications passed)</small></dd>` +
      '</dl>',
  );
  sections.push(
    '<h2>Consumer tests</h2>',
    table(
      ['Contract', 'Consumer', 'Provider', 'Interactions', 'Result'],
      result.consumerTests.map((test) => [
        escapeHtml(test.contract),
        escapeHtml(test.consumer),
        escapeHtml(test.provider),
        `${test.passed}/${test.total}${test.failures.map((failure) => `<div class="issue">${escapeHtml(failure)}</div>`).join('')}`,
        status(test.ok),
      ]),
    ),
  );
  if (result.publishFailures.length > 0)
    sections.push(
      '<h2>Pacts the broker refused</h2>',
      `<ul>${result.publishFailures.map((failure) => `<li class="bad">${escapeHtml(failure)}</li>`).join('')}</ul>`,
    );
  sections.push(
    '<h2>Provider verifications</h2>',
    table(
      ['Provider', 'Version', 'Consumer', 'Verified', 'Failures'],
      result.verifications.flatMap((verification) =>
        (verification.pairs.length === 0 ? [{ consumer: '', passed: 0, total: 0 }] : verification.pairs).map(
          (pair) => [
            escapeHtml(verification.provider),
            escapeHtml(verification.version),
            escapeHtml(pair.consumer),
            `${pair.passed}/${pair.total} ${status(pair.total > 0 && pair.passed === pair.total)}`,
            (verification.error === undefined
              ? ''
              : `<div class="issue">${escapeHtml(verification.error)}</div>`) +
              verification.failures
                .filter((failure) => failure.consumer === pair.consumer)
                .map(
                  (failure) =>
                    `<div class="issue"><strong>${escapeHtml(failure.interaction)}</strong><ul>${failure.issues.map((issue) => `<li><code>${escapeHtml(issue)}</code></li>`).join('')}</ul></div>`,
                )
                .join(''),
          ],
        ),
      ),
    ),
  );
  sections.push(
    `<h2>can-i-deploy to ${escapeHtml(result.environment)}</h2>`,
    table(
      ['Service', 'Version', 'Answer', 'Reasons'],
      result.deployments.map((deployment) => [
        escapeHtml(deployment.service),
        escapeHtml(deployment.version),
        deployment.deployable
          ? '<span class="ok">yes, deployment recorded</span>'
          : '<span class="bad">no</span>',
        deployment.reasons.map((reason) => `<div>${escapeHtml(reason)}</div>`).join(''),
      ]),
    ),
  );
  sections.push(
    '<h2>Compatibility matrix</h2>',
    table(
      ['Consumer version', 'Deployed to', 'Provider version', 'Result', 'Blocking failures'],
      result.matrix.consumers.flatMap((entry) =>
        entry.providers.flatMap(({ provider, verifications }) =>
          verifications.map((verification) => [
            `${escapeHtml(entry.consumer)} ${escapeHtml(entry.consumerVersion)}`,
            escapeHtml(entry.environments.join(', ')),
            `${escapeHtml(provider)} ${escapeHtml(verification.providerVersion)}`,
            status(verification.success),
            verification.failures
              .map(
                (failure) =>
                  `<div class="issue">${escapeHtml(failure.interaction)}: ${escapeHtml(failure.mismatches.join('; '))}</div>`,
              )
              .join(''),
          ]),
        ),
      ),
    ),
  );
  sections.push(
    `<h2>Contract stability, last ${stability.days} days</h2>`,
    stabilityChart(stability.daily),
    table(
      ['Pair', 'Passed', 'Share', 'Trend'],
      stability.pairs.map((pair) => [
        `${escapeHtml(pair.consumer)} → ${escapeHtml(pair.provider)}`,
        `${pair.passed}/${pair.total}`,
        percentText(pair.share),
        escapeHtml(pair.trend),
      ]),
    ),
  );
  sections.push(
    '<h2>Steps</h2>',
    table(
      ['Step', 'Time'],
      result.steps.map((step) => [escapeHtml(step.name), `${Math.round(step.ms)} ms`]),
    ),
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>seam · ${escapeHtml(result.system)} · contract flow</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}th,td{border-bottom:1px solid #d8dee4;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}.ok{color:#1a7f37}.bad{color:#cf222e}.unknown{color:#6e7781}.issue{font-size:.9em;color:#57606a}
.verdict{font-size:1.2em;font-weight:600}.figures dt{font-weight:600}.figures dd{margin:0 0 .5rem 0;font-size:1.3em}
.chart rect.ok{fill:#2da44e}.chart rect.bad{fill:#cf222e}.chart rect.none{fill:#d8dee4}.chart text{font-size:11px;fill:#57606a}
code{font-size:.9em}
</style></head>
<body>
<h1>seam · ${escapeHtml(result.system)} · contract flow</h1>
${sections.join('\n')}
</body></html>
`;
}
