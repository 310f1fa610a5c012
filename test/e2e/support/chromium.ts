/**
 * Headless Chromium for the web UI tests: Debian's `chromium` package driven by playwright-core,
 * one tab with the tests' default timeouts.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Where Debian's `chromium` package installs the browser. */
const executablePath = '/usr/bin/chromium';

/**
 * The timeouts that differ between the UI tests.
 *
 * @example
 * const options: ChromiumTabOptions = { launchTimeoutMs: 15_000 };
 */
export interface ChromiumTabOptions {
  /** How long Chromium may take to start; default: playwright's. */
  readonly launchTimeoutMs?: number;
}

/**
 * A Chromium tab for a test suite: `requireInstalled` first in the `before` hook, `open` once the
 * server is up, `page` in the tests, `close` in the `after` hook.
 *
 * @example
 * const chromium = chromiumTab({ launchTimeoutMs: 15_000 });
 * before(async () => { chromium.requireInstalled(); await chromium.open(); });
 * after(() => chromium.close());
 */
export interface ChromiumTab {
  /** Throws, saying how to install it, when Chromium is not installed. */
  requireInstalled(): void;
  /** Starts Chromium and opens the tab (5 s for actions, 10 s for navigations). */
  open(): Promise<Page>;
  /** The open tab; throws when the browser did not start. */
  page(): Page;
  /** Closes the browser, if it started. */
  close(): Promise<void>;
}

/**
 * A {@link ChromiumTab}, not yet started.
 *
 * @example
 * const chromium = chromiumTab();
 * await chromium.page().goto(url);
 */
export function chromiumTab(options: ChromiumTabOptions = {}): ChromiumTab {
  let browser: Browser | undefined;
  let tab: Page | undefined;
  return {
    requireInstalled() {
      if (!existsSync(executablePath))
        throw new Error(
          `Chromium was not found at ${executablePath}. The web UI tests drive Debian's chromium package: install it with "apt-get install -y chromium" (.ci/run does this).`,
        );
    },
    async open() {
      browser = await chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu'],
        ...(options.launchTimeoutMs === undefined ? {} : { timeout: options.launchTimeoutMs }),
      });
      tab = await browser.newPage();
      tab.setDefaultTimeout(5_000);
      tab.setDefaultNavigationTimeout(10_000);
      return tab;
    },
    page() {
      if (tab === undefined) throw new Error('The browser did not start; see the error of the before hook.');
      return tab;
    },
    async close() {
      await browser?.close();
    },
  };
}
