/**
 * Headless Chromium for the web UI tests: Debian's `chromium` package driven by playwright-core,
 * one tab with the tests' default timeouts. Where Chromium is missing the tests are skipped (failed
 * under `SEAM_REQUIRE_ALL_PEERS=1`, as in CI).
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { skipUnless } from '../../support/skip-unless.ts';

/** Where Debian's `chromium` package installs the browser; `SEAM_CHROMIUM_PATH` names another. */
const executablePath = process.env.SEAM_CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The options of a `describe` that drives Chromium: skipped, saying what to install, without it.
 *
 * @example
 * describe('broker web UI in Chromium', needsChromium, () => {});
 */
export const needsChromium = skipUnless(
  executablePath,
  `the web UI tests drive Debian's chromium package: apt-get install chromium (.ci/run does this)`,
);

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
 * A Chromium tab for a test suite (a `describe` with {@link needsChromium}): `open` once the server
 * is up, `page` in the tests, `close` in the `after` hook.
 *
 * @example
 * const chromium = chromiumTab({ launchTimeoutMs: 15_000 });
 * before(() => chromium.open());
 * after(() => chromium.close());
 */
export interface ChromiumTab {
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
