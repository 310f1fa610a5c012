/**
 * One interaction of a pact, readable: description, provider states, the request and response (or
 * the message contents and metadata), each with its matching rules and generators.
 */
import type { Interaction, ProviderState } from '../../contract/index.ts';
import type { Headers, HttpRequest, HttpResponse, Message } from '../../match/index.ts';
import { bodyText } from './body-text.ts';
import { html, type SafeHtml } from './html.ts';
import { rulesTable } from './rules-table.ts';

const kindNames = {
  http: 'HTTP',
  message: 'asynchronous message',
  'sync-message': 'synchronous message',
  other: 'other',
} as const;

/**
 * An interaction as an `article`, numbered for its heading id.
 *
 * @example
 * html`${pact.interactions.map((item, index) => interactionView(item, index))}`;
 */
export function interactionView(interaction: Interaction, index: number): SafeHtml {
  const id = `interaction-${index + 1}`;
  const kind = interaction.kind === 'other' ? interaction.type : kindNames[interaction.kind];
  return html`<article class="interaction" aria-labelledby="${id}" data-interaction="${interaction.description}">
<h3 id="${id}">${interaction.description}<span class="kind">${kind}</span></h3>
${interaction.kind === 'other' ? html`<pre>${JSON.stringify(interaction.json, null, 2)}</pre>` : details(interaction)}
</article>`;
}

function details(interaction: Exclude<Interaction, { kind: 'other' }>): SafeHtml {
  const flags =
    interaction.pending === true
      ? html`<p><strong>Pending</strong>: a failure does not fail the verification.</p>`
      : '';
  const common = html`${flags}${providerStates(interaction.providerStates)}`;
  if (interaction.kind === 'http')
    return html`${common}${requestView(interaction.request)}${responseView(interaction.response)}`;
  if (interaction.kind === 'message') return html`${common}${messageView(interaction.message, 'Message')}`;
  return html`${common}${messageView(interaction.request, 'Request message')}${interaction.response.map(
    (message, index) =>
      messageView(
        message,
        interaction.response.length === 1 ? 'Response message' : `Response message ${index + 1}`,
      ),
  )}`;
}

function providerStates(states: readonly ProviderState[]): SafeHtml {
  if (states.length === 0) return html`<p class="muted">No provider states.</p>`;
  const items = states.map(
    (state) =>
      html`<li>${state.name}${state.params === undefined || Object.keys(state.params).length === 0 ? '' : html` <code>${JSON.stringify(state.params)}</code>`}</li>`,
  );
  return html`<h4>Provider states</h4><ul>${items}</ul>`;
}

function requestView(request: HttpRequest): SafeHtml {
  const query = request.query === undefined ? (request.queryString ?? '') : queryText(request.query);
  return html`<h4>Request</h4>
<p><code>${request.method} ${request.path}${query === '' ? '' : `?${query}`}</code></p>
${headersTable(request.headers, 'Request headers')}
${bodyView(request.body, 'Body')}
${rulesTable(request.matchingRules, request.generators, 'Request')}`;
}

function responseView(response: HttpResponse): SafeHtml {
  return html`<h4>Response</h4>
<p>Status <code>${response.status}</code></p>
${headersTable(response.headers, 'Response headers')}
${bodyView(response.body, 'Body')}
${rulesTable(response.matchingRules, response.generators, 'Response')}`;
}

function messageView(message: Message, label: string): SafeHtml {
  const metadata = Object.entries(message.metadata ?? {});
  return html`<h4>${label}</h4>
${metadata.length === 0 ? '' : html`<table><caption>${label} metadata</caption><thead><tr><th scope="col">Key</th><th scope="col">Value</th></tr></thead><tbody>${metadata.map(([key, value]) => html`<tr><td><code>${key}</code></td><td><code>${typeof value === 'string' ? value : JSON.stringify(value)}</code></td></tr>`)}</tbody></table>`}
${bodyView(message.contents, 'Contents')}
${rulesTable(message.matchingRules, message.generators, label)}`;
}

function queryText(query: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(query)
    .flatMap(([name, values]) => values.map((value) => `${name}=${value}`))
    .join('&');
}

function headersTable(headers: Headers | undefined, caption: string): SafeHtml {
  const entries = Object.entries(headers ?? {});
  if (entries.length === 0) return html``;
  return html`<table><caption>${caption}</caption><thead><tr><th scope="col">Header</th><th scope="col">Value</th></tr></thead><tbody>${entries.map(([name, values]) => html`<tr><td><code>${name}</code></td><td><code>${values.join(', ')}</code></td></tr>`)}</tbody></table>`;
}

function bodyView(body: Parameters<typeof bodyText>[0], label: 'Body' | 'Contents'): SafeHtml {
  const shown = bodyText(body);
  if ('note' in shown) return html`<p class="muted">${label}: ${shown.note}.</p>`;
  return html`<p class="muted">${label}${shown.contentType === undefined ? '' : html` (<code>${shown.contentType}</code>)`}:</p><pre>${shown.text}</pre>`;
}
