/** The matching rules and generators of a request, response or message, next to their paths. */
import type { GeneratorCategory, Generators, MatchingRules, RuleCategory } from '../../match/index.ts';
import { html, type SafeHtml } from './html.ts';
import { generatorText, ruleListText } from './rule-text.ts';

const categoryNames: Record<string, string> = {
  method: 'method',
  path: 'path',
  query: 'query parameter',
  header: 'header',
  body: 'body',
  content: 'contents',
  status: 'status',
  metadata: 'metadata',
};

/**
 * A table with one row per rule path: the part, the path (JSON path or name), its matching rules
 * and its generator. Nothing when there are neither rules nor generators.
 *
 * @example
 * html`${rulesTable(request.matchingRules, request.generators, 'Request')}`;
 */
export function rulesTable(
  rules: MatchingRules | undefined,
  generators: Generators | undefined,
  label: string,
): SafeHtml {
  const keys = new Map<string, { category: string; path: string }>();
  for (const source of [rules ?? {}, generators ?? {}])
    for (const [category, byPath] of Object.entries(source))
      for (const path of Object.keys(byPath ?? {}))
        keys.set(JSON.stringify([category, path]), { category, path });
  if (keys.size === 0) return html``;
  const rows = [...keys.values()].map(({ category, path }) => {
    const list = rules?.[category as RuleCategory]?.[path];
    const generator = generators?.[category as GeneratorCategory]?.[path];
    return html`<tr data-rule-path="${path}">
<td>${categoryNames[category] ?? category}</td>
<td><code>${path}</code></td>
<td>${list === undefined ? html`<span class="muted">none</span>` : html`<code>${ruleListText(list)}</code>`}</td>
<td>${generator === undefined ? html`<span class="muted">none</span>` : html`<code>${generatorText(generator)}</code>`}</td>
</tr>`;
  });
  return html`<table class="rules">
<caption>${label}: matching rules and generators</caption>
<thead><tr><th scope="col">Part</th><th scope="col">Path</th><th scope="col">Matching rule</th><th scope="col">Generator</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}
