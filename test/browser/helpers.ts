/** Steps the Chromium suites share: enrolling through a one-time link, and axe-core's findings. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/** Enrols a person through the real /handler.html#enrol= page, with the real (slow) KDF. */
export async function enrolThroughLink(
  page: Page,
  link: string,
  handle: string,
  name: string,
  passphrase: string,
): Promise<void> {
  await page.goto(link);
  await page.getByTestId("enrol-handle").fill(handle);
  await page.getByTestId("enrol-display-name").fill(name);
  await page.getByTestId("enrol-passphrase").fill(passphrase);
  await page.getByTestId("enrol-passphrase-repeat").fill(passphrase);
  await page.getByTestId("enrol-submit").click();
  await page.getByTestId("nav-security").waitFor({ timeout: 60_000 });
}

const AXE = join(import.meta.dirname, "../../node_modules/axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical findings; injected by evaluation, which the page's CSP does not govern. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
