/** A per-day bar chart of verification results (passed and failed stacked), as SVG with an accessible label. */
import type { StabilityDay } from '../figures/broker-figures.ts';
import { html, type SafeHtml } from './html.ts';

/** Size and detail of {@link stabilityChart}. */
export interface ChartOptions {
  /** Read by assistive technology instead of the bars. */
  readonly label: string;
  /** Default 640 × 220; a sparkline is about 120 × 28. */
  readonly width?: number;
  readonly height?: number;
  /** A sparkline: no axis, no date labels. */
  readonly compact?: boolean;
}

/**
 * The chart: one bar per day, its height the number of results, green for passed and red for
 * failed; each bar has a `title` with its numbers.
 *
 * @example
 * stabilityChart(stability.daily, { label: 'Verifications per day' });
 */
export function stabilityChart(days: readonly StabilityDay[], options: ChartOptions): SafeHtml {
  const width = options.width ?? 640;
  const height = options.height ?? 220;
  const compact = options.compact === true;
  const left = compact ? 2 : 36;
  const bottom = compact ? 2 : 28;
  const top = compact ? 2 : 12;
  const plotHeight = height - bottom - top;
  const max = Math.max(1, ...days.map((day) => day.total));
  const slot = (width - left - 4) / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const scale = (count: number) => (count / max) * plotHeight;
  const labelEvery = Math.ceil(days.length / 10);
  const bars = days.map((day, index) => {
    const x = left + index * slot + (slot - barWidth) / 2;
    const failed = day.total - day.passed;
    const passedHeight = scale(day.passed);
    const failedHeight = scale(failed);
    const base = top + plotHeight;
    return html`<g class="day" data-date="${day.date}" data-total="${day.total}" data-passed="${day.passed}">
<title>${day.date}: ${day.passed} passed, ${failed} failed</title>
${day.passed > 0 ? html`<rect class="bar-passed" x="${x.toFixed(1)}" y="${(base - passedHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${passedHeight.toFixed(1)}"/>` : ''}
${failed > 0 ? html`<rect class="bar-failed" x="${x.toFixed(1)}" y="${(base - passedHeight - failedHeight).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${failedHeight.toFixed(1)}"/>` : ''}
${!compact && index % labelEvery === 0 ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${height - 10}" text-anchor="middle">${day.date.slice(5)}</text>` : ''}
</g>`;
  });
  const axis = compact
    ? html``
    : html`<line class="axis" x1="${left}" y1="${top + plotHeight}" x2="${width - 2}" y2="${top + plotHeight}"/>
<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + plotHeight}"/>
<text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text>
<text x="${left - 6}" y="${top + plotHeight}" text-anchor="end">0</text>`;
  return html`<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${options.label}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
${axis}${bars}
</svg>`;
}
