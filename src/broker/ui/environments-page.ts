/** `GET /ui/environments`: every environment and what is deployed or released there. */
import { currentVersionsByEnvironment } from '../matrix/environment-versions.ts';
import { environmentSection } from './environment-overview.ts';
import { html } from './html.ts';
import { pageResponse } from './page.ts';
import type { UiContext } from './ui-context.ts';

/**
 * Renders the environments page.
 *
 * @example
 * const response = await environmentsPage({ store, query: new URLSearchParams() });
 */
export async function environmentsPage({ store }: UiContext): Promise<Response> {
  const environments = await currentVersionsByEnvironment(store);
  const body =
    environments.length === 0
      ? html`<p class="muted">No environments yet. Create one with <code>seam create-environment --name production --production</code>.</p>`
      : html`${environments.map(environmentSection)}`;
  return pageResponse({ title: 'Environments', section: 'environments', body });
}
