/** `GET /ui/can-i-deploy?pacticipant=&version=&environment=`: the question as a form, and the answer with its reasons. */
import { evaluateCanIDeploy } from '../matrix/evaluate-can-i-deploy.ts';
import type { BrokerStore } from '../store/broker-store.ts';
import { html, type SafeHtml, selectOption } from './html.ts';
import { pageResponse, statusPill } from './page.ts';
import type { UiContext } from './ui-context.ts';
import { uiLinks } from './ui-links.ts';

/**
 * Renders the can-i-deploy form and, when the question is complete, the answer. A blank version
 * means the pacticipant's latest version.
 *
 * @example
 * const response = await canIDeployPage({ store, query: new URLSearchParams('pacticipant=web&version=2&environment=production') });
 */
export async function canIDeployPage({ store, query }: UiContext): Promise<Response> {
  const pacticipant = query.get('pacticipant') ?? '';
  const version = query.get('version') ?? '';
  const environment = query.get('environment') ?? '';
  const names = (await store.listPacticipants()).map((item) => item.name);
  const environments = (await store.listEnvironments()).map((item) => item.name);
  const form = html`<form class="inline" method="get" action="${uiLinks.canIDeploy()}" aria-label="Can I deploy?">
<label>Pacticipant <select name="pacticipant" required><option value="">Choose…</option>${names.map((name) => selectOption(name, pacticipant))}</select></label>
<label>Version <input name="version" value="${version}" placeholder="blank: the latest"></label>
<label>Environment <select name="environment" required><option value="">Choose…</option>${environments.map((name) => selectOption(name, environment))}</select></label>
<button type="submit">Ask</button>
</form>`;
  const asked = pacticipant !== '' && environment !== '';
  const answer = asked ? await answerFor(store, pacticipant, version, environment) : html``;
  return pageResponse({ title: 'Can I deploy?', section: 'can-i-deploy', body: html`${form}${answer}` });
}

async function answerFor(
  store: BrokerStore,
  pacticipant: string,
  asked: string,
  environment: string,
): Promise<SafeHtml> {
  const version = asked === '' ? (await store.latestVersion(pacticipant))?.number : asked;
  if (version === undefined)
    return html`<section class="answer answer-no" aria-live="polite"><p class="verdict">No versions of ${pacticipant} are known.</p></section>`;
  const outcome = await evaluateCanIDeploy(store, { pacticipant, version, environment });
  if ('notFound' in outcome)
    return html`<section class="answer answer-no" aria-live="polite"><p class="verdict">${outcome.notFound}</p></section>`;
  const { decision } = outcome;
  const subject = html`<a href="${uiLinks.version(pacticipant, version)}">${pacticipant} ${version}</a>`;
  const verdict = decision.deployable
    ? html`Yes: ${subject} can be deployed to ${outcome.target}.`
    : html`No: ${subject} cannot be deployed to ${outcome.target}.`;
  const reasons = decision.requirements.map(
    (item) => html`<li data-outcome="${item.outcome}">${statusPill(item.outcome)} ${item.reason}</li>`,
  );
  return html`<section class="answer ${decision.deployable ? 'answer-yes' : 'answer-no'}" aria-live="polite" aria-labelledby="verdict" data-deployable="${String(decision.deployable)}">
<p id="verdict" class="verdict">${verdict}</p>
${reasons.length === 0 ? html`<p class="muted">No integration with what is in ${outcome.target} needs verifying.</p>` : html`<h2>Reasons</h2><ul class="reasons">${reasons}</ul>`}
${decision.ignored.length === 0 ? '' : html`<p class="muted">Ignored: ${decision.ignored.join(', ')}.</p>`}
</section>`;
}
