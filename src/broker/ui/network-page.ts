/**
 * `GET /ui/network`: who depends on whom, as an SVG drawn on the server (no script): a box per
 * pacticipant, an arrow per integration from consumer to provider, styled and labelled by the
 * integration's verification status, and the same edges as a table.
 */
import { html, type SafeHtml } from './html.ts';
import { type IntegrationStatus, integrationStatus } from './integration-status.ts';
import { anchorsOf, layoutNetwork, nodeBox, type PlacedNode } from './network-layout.ts';
import { pageResponse, statusPill } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

const arrowColours: Record<IntegrationStatus, string> = {
  verified: '#1a7f37',
  failed: '#cf222e',
  changed: '#9a6700',
  unverified: '#57606a',
};

/**
 * Renders the network diagram.
 *
 * @example
 * const response = await networkPage({ store, query: new URLSearchParams() });
 */
export async function networkPage({ store }: UiContext): Promise<Response> {
  const names = (await store.listPacticipants()).map((item) => item.name);
  const edges = (await store.listIntegrations()).map((item) => ({
    consumer: item.consumer,
    provider: item.provider,
    status: integrationStatus(item),
  }));
  if (names.length === 0)
    return pageResponse({
      title: 'Network',
      section: 'network',
      body: html`<p class="muted">No pacticipants yet.</p>`,
    });
  const layout = layoutNetwork(names, edges);
  const at = new Map(layout.nodes.map((node) => [node.name, node]));
  const markers = Object.entries(arrowColours).map(
    ([status, colour]) =>
      html`<marker id="arrow-${status}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`,
  );
  const lines = edges.map((edge) => edgeView(edge, edges, at));
  const summary = `${names.length} pacticipants and ${edges.length} integrations; arrows point from consumer to provider.`;
  const body = html`<p>${summary} Click a pacticipant to open it.</p>
<ul class="legend" aria-label="Legend">
<li>${statusPill('verified')} solid line</li><li>${statusPill('failed')} dashed line</li><li>${statusPill('changed')} dotted: pact changed since the last verification</li><li>${statusPill('unverified')} dotted: never verified</li>
</ul>
<svg class="network" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Network of pacticipants: ${summary}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">
<defs>${markers}</defs>
<g class="edges">${lines}</g>
<g class="nodes">${layout.nodes.map(nodeView)}</g>
</svg>
<h2>Integrations</h2>
<table>
<thead><tr><th scope="col">Consumer</th><th scope="col">Provider</th><th scope="col">Status</th></tr></thead>
<tbody>${edges.map((edge) => html`<tr><td><a href="${uiLinks.pacticipant(edge.consumer)}">${edge.consumer}</a></td><td><a href="${uiLinks.pacticipant(edge.provider)}">${edge.provider}</a></td><td>${statusPill(edge.status)}</td></tr>`)}</tbody>
</table>`;
  return pageResponse({ title: 'Network', section: 'network', body });
}

function nodeView(node: PlacedNode): SafeHtml {
  const label = node.name.length > 24 ? `${node.name.slice(0, 23)}…` : node.name;
  return html`<a href="${uiLinks.pacticipant(node.name)}"><g class="node" data-name="${node.name}">
<title>${node.name}</title>
<rect x="${node.x}" y="${node.y}" width="${nodeBox.width}" height="${node.height}" rx="6"/>
<text x="${node.x + nodeBox.width / 2}" y="${node.y + node.height / 2 + 4}" text-anchor="middle">${label}</text>
</g></a>`;
}

function edgeView(
  edge: { consumer: string; provider: string; status: IntegrationStatus },
  edges: readonly { consumer: string; provider: string }[],
  placed: ReadonlyMap<string, PlacedNode>,
): SafeHtml {
  const anchors = anchorsOf(edge, edges, placed);
  if (anchors === undefined) return html``;
  const { from, to } = anchors;
  const forward = to.x > from.x;
  // Forward edges go right side → left side; same-column or backward ones (cycles) loop around.
  const bend = forward ? Math.max(40, (to.x - from.x) / 2) : 60;
  const d = `M${from.x},${from.y} C${from.x + bend},${from.y} ${forward ? to.x - bend : to.x + bend},${to.y} ${to.x},${to.y}`;
  // The status is written on the edge where it leaves its consumer: each edge has its own row there.
  return html`<g class="edge-group" data-consumer="${edge.consumer}" data-provider="${edge.provider}" data-status="${edge.status}">
<title>${edge.consumer} → ${edge.provider}: ${edge.status}</title>
<path class="edge edge-${edge.status}" d="${d}" marker-end="url(#arrow-${edge.status})"/>
<text x="${from.x + 6}" y="${from.y - 3}" font-size="10">${edge.status}</text>
</g>`;
}
