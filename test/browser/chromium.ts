import { type Browser, chromium } from "playwright-core";

/** Path of Debian's Chromium; scripts/test.mjs installs it when missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches Debian's Chromium headless with every background connection switched off (there is no
 * network here, and none is wanted). Playwright gives every launch a fresh temporary
 * --user-data-dir of its own and refuses one passed in, so none is passed here.
 */
export async function launchChromium(
  extraArgs: string[] = [],
): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
    },
  };
}
