/** The page frame every UI page shares: head, navigation, main landmark. */
import { html, type SafeHtml } from './html.ts';
import { uiLinks } from './ui-links.ts';

/** The sections of the navigation; a page names the one it belongs to. */
export type Section = 'home' | 'environments' | 'matrix' | 'network' | 'can-i-deploy' | 'figures' | 'none';

const sections: readonly { readonly section: Section; readonly label: string; readonly href: string }[] = [
  { section: 'home', label: 'Dashboard', href: uiLinks.home() },
  { section: 'environments', label: 'Environments', href: uiLinks.environments() },
  { section: 'matrix', label: 'Matrix', href: uiLinks.matrix() },
  { section: 'network', label: 'Network', href: uiLinks.network() },
  { section: 'can-i-deploy', label: 'Can I deploy?', href: uiLinks.canIDeploy() },
  { section: 'figures', label: 'Figures', href: uiLinks.figures() },
];

/** What {@link pageResponse} renders. */
export interface PageOptions {
  /** The document title and the `h1`. */
  readonly title: string;
  readonly section: Section;
  readonly body: SafeHtml;
  /** Default 200. */
  readonly status?: number;
}

/**
 * A full HTML page as a response (never cached: it shows the store as it is now).
 *
 * @example
 * return pageResponse({ title: 'Matrix', section: 'matrix', body: html`<p>No pacts yet.</p>` });
 */
export function pageResponse(options: PageOptions): Response {
  const nav = sections.map(
    (item) =>
      html`<li><a href="${item.href}"${item.section === options.section ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
  );
  const document = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · seam broker</title>
<link rel="stylesheet" href="${uiLinks.stylesheet()}">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header>
<a class="brand" href="${uiLinks.home()}">seam broker</a>
<nav aria-label="Main"><ul>${nav}</ul></nav>
</header>
<main id="main">
<h1>${options.title}</h1>
${options.body}
</main>
</body>
</html>
`;
  return new Response(document.safeHtml, {
    status: options.status ?? 200,
    headers: { 'content-type': 'text/html;charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * A page that says what was not found, with a 404 status.
 *
 * @example
 * return notFoundPage(`No pacticipant named "${name}" was found.`);
 */
export function notFoundPage(message: string): Response {
  return pageResponse({
    title: 'Not found',
    section: 'none',
    status: 404,
    body: html`<p>${message}</p><p><a href="${uiLinks.home()}">Back to the dashboard</a></p>`,
  });
}

/**
 * A status as text in a pill: the word carries the meaning, the colour only repeats it.
 *
 * @example
 * statusPill('failed'); // <span class="status status-failed">failed</span>
 */
export function statusPill(status: string): SafeHtml {
  return html`<span class="status status-${status}">${status}</span>`;
}

/**
 * An ISO 8601 time, shown to the minute in UTC, in a `time` element.
 *
 * @example
 * timeText('2026-03-01T10:15:30.000Z'); // <time datetime="...">2026-03-01 10:15 UTC</time>
 */
export function timeText(iso: string | undefined): SafeHtml {
  if (iso === undefined) return html`<span class="muted">never</span>`;
  return html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}

/**
 * A comparator that sorts by an ISO 8601 time, newest first (equal times keep their order).
 *
 * @example
 * rows.sort(newestFirst((row) => row.pact.createdAt));
 */
export function newestFirst<Item>(timeOf: (item: Item) => string): (a: Item, b: Item) => number {
  return (a, b) => {
    const first = timeOf(a);
    const second = timeOf(b);
    return first === second ? 0 : first < second ? 1 : -1;
  };
}
