import { type Browser, chromium } from "playwright-core";

/** Path of Debian's Chromium; scripts/test.mjs installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The worker's Chromium with the default flags: the test files a worker runs, one after another, share it. */
let shared: Promise<Browser> | null = null;

function launch(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...ARGS, ...extraArgs] });
}

/**
 * Debian's Chromium headless with every background connection switched off (there is no network here,
 * and none is wanted). Playwright gives every launch a fresh temporary --user-data-dir of its own and
 * refuses one passed in, so none is passed here. Without extra flags the worker's one Chromium is
 * handed out (a file's `close` then closes every context it opened, so the next file starts with
 * none); with extra flags, a Chromium of the file's own that `close` ends.
 */
export async function launchChromium(
  extraArgs: string[] = [],
): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (extraArgs.length > 0) {
    const browser = await launch(extraArgs);
    return { browser, close: () => browser.close() };
  }
  shared ??= launch([]);
  let browser = await shared;
  if (!browser.isConnected()) {
    shared = launch([]);
    browser = await shared;
  }
  return {
    browser,
    close: async () => {
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
  };
}
