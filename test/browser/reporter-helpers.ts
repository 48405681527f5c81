/** Steps the reporter-side Chromium suites share: a recipient enrolled through the API, and a report. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  deriveHandlerKeys,
  handlerSigningKey,
  newHandlerIdentity,
  newKdfParams,
  newSigningKey,
  type RosterContent,
  sealIdentity,
  signRoster,
  toBase64,
} from "../../crypto/index";
import type { RunningServer } from "./server";

/**
 * Enrols one handler through the real enrolment API with a fast KDF, so that reports have a recipient.
 * (The enrolment page itself is tested in handler-*.test.ts.)
 */
export async function enrolRecipient(server: RunningServer, handle = "recipient"): Promise<void> {
  const code = server.enrolmentLink.split("#enrol=")[1] ?? "";
  const id = await newHandlerIdentity();
  const kdf = newKdfParams({ logN: 10 });
  const keys = await deriveHandlerKeys(`${handle} passphrase`, kdf);
  const res = await fetch(`${server.url}/api/enrolment`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({
      code,
      handle,
      displayName: handle,
      recipient: id.recipient,
      kdf,
      authKey: toBase64(keys.authKey),
      sealedIdentity: toBase64(sealIdentity(id.identity, keys.wrapKey, handle)),
    }),
  });
  if (!res.ok) throw new Error(`enrolment failed: ${res.status} ${await res.text()}`);
  await signRosterAs(server, res, id.identity);
}

/**
 * What an admin's browser does after enrolment: register the signing key and sign the roster, without
 * which the report page refuses to encrypt to anyone (issue 10).
 */
export async function signRosterAs(
  server: RunningServer,
  enrolled: Response,
  identity: string,
): Promise<void> {
  const headers = {
    cookie: (enrolled.headers.get("set-cookie") ?? "").split(";")[0] ?? "",
    "content-type": "application/json",
    "x-oc-csrf": "1",
    origin: server.url,
  };
  const key = await fetch(`${server.url}/api/trust/signing-key`, {
    method: "PUT",
    headers,
    body: JSON.stringify({ signingKey: handlerSigningKey(identity).publicKey }),
  });
  if (!key.ok) throw new Error(`signing key refused: ${key.status} ${await key.text()}`);
  const { draft } = (await (await fetch(`${server.url}/api/trust`, { headers })).json()) as {
    draft: RosterContent;
  };
  const signed = signRoster(
    newSigningKey(),
    { people: draft.people, channels: draft.channels },
    null,
    new Date(),
  );
  const stored = await fetch(`${server.url}/api/trust/roster`, {
    method: "POST",
    headers,
    body: JSON.stringify(signed),
  });
  if (!stored.ok) throw new Error(`roster refused: ${stored.status} ${await stored.text()}`);
}

/** Fills the required fields of the open report form and submits it; returns the token shown. */
export async function submitReport(page: Page, text: string): Promise<string> {
  // `:enabled` and not the button's own `disabled`: the form's fieldset stays disabled until the page has
  // its configuration, roster and categories. Reading the options before that found none, chose the
  // empty placeholder, and the browser's own check of the required field then stopped the submission
  // without a word on the page (seen under load as a report that never got its token).
  await page.getByTestId("report-submit").and(page.locator(":enabled")).waitFor({ timeout: 90_000 });
  const category = page.getByTestId("report-category");
  const values = await category
    .locator("option")
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  if (values.length === 0) throw new Error("submitReport: the report form offers no category");
  await category.selectOption(values[0] ?? "");
  await page.getByTestId("report-what").fill(text);
  // What the page asked for after the click, for the message if no token comes.
  const seen: string[] = [];
  const onRequest = (r: import("playwright-core").Request) =>
    seen.push(`${r.method()} ${new URL(r.url()).pathname}${r.isNavigationRequest() ? " (navigation)" : ""}`);
  page.on("request", onRequest);
  await page.getByTestId("report-submit").click();
  const token = page.getByTestId("token-display");
  const said = async (id: string) =>
    (
      await page
        .getByTestId(id)
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null)
    )?.trim() || "-";
  try {
    await token.waitFor({ timeout: 60_000 });
  } catch (e) {
    // Say what the page said instead of a token: a refusal, an error, or a status still waiting.
    throw new Error(
      `no token after submitting: report-error "${await said("report-error")}", report-status ` +
        `"${await said("report-status")}", report-unverified "${await said("report-unverified")}"; ` +
        `requests: ${seen.join(", ")}; ${(e as Error).message.split("\n")[0]}`,
    );
  } finally {
    page.off("request", onRequest);
  }
  // The token page moves focus to its heading, and `scroll-behavior: smooth` animates the scroll (from
  // about 1,000 px to 0 over some 30 frames here). A click aimed while the page still moves can land
  // beside its target: a clean-clone run once failed with the "saved" checkbox "not changing its state"
  // on a loaded machine. Playwright's own check for a still element looks at the element's box in the
  // page's frames, which a starved page may not update while the scroll goes on.
  await scrollSettled(page);
  return (await token.textContent()) ?? "";
}

/** Waits until the page's scroll position has held still for five frames in a row. */
export async function scrollSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = Number.NaN;
        let still = 0;
        const frame = (): void => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** Every string of a catalog, flattened (functions called with a sample number). */
export function catalogStrings(x: unknown): string[] {
  if (typeof x === "string") return [x];
  if (typeof x === "function") return [String((x as (n: number) => string)(7))];
  if (typeof x === "object" && x !== null) return Object.values(x).flatMap(catalogStrings);
  return [];
}

/**
 * What is cut off on the page as it is laid out now: the page scrolling sideways, and any visible element
 * whose content is wider than its box while it clips or scrolls (selects and visually hidden text aside).
 */
export async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) out.push("page scrolls sideways");
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      if (el.offsetParent === null || el.closest("select, .visually-hidden")) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== "visible")
        out.push(`${el.tagName.toLowerCase()}#${el.id}`);
    }
    return out;
  });
}

const AXE = join(import.meta.dirname, "../../node_modules/axe-core/axe.min.js");

/** Every axe-core violation on the page, of any impact, as "rule (impact): targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE, "utf8"));
  const violations = (await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  })) as { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
  return violations.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
