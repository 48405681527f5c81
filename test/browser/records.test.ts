/**
 * Meetings and records of oral reports end to end in Debian's Chromium against the real Node server
 * (France: 20 working days for a meeting). The reporting person asks for a meeting from the inbox; the
 * handler sees the deadline and proposes a time and place; the handler sends minutes, the person
 * proposes corrections, the handler sends a corrected version and the person agrees to it; the agreed
 * version is marked in the inbox and in the handler's case view, and no word of it reaches the server.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "amber lantern quarry 5820";
const WORDS = ["MEETNOTE-51c2", "PLACE-e90a", "MINUTESONE-7b1d", "CORRECTION-3f88", "MINUTESTWO-c4a2"];

describe("meetings and records of oral reports in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Records Test Org", ORG_JURISDICTION: "FR" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("asks for a meeting; minutes are proposed, corrected and agreed, and marked agreed on both sides", async () => {
    const leaks: string[] = [];
    const handlerContext = await browser.newContext();
    const reporterContext = await browser.newContext();
    for (const ctx of [handlerContext, reporterContext]) {
      ctx.on("request", (r) => {
        const body = `${r.url()}\n${(r.postDataBuffer() ?? Buffer.alloc(0)).toString("latin1")}`;
        for (const w of WORDS) if (body.includes(w)) leaks.push(`${w} in ${r.url()}`);
      });
    }
    const handler = await handlerContext.newPage();
    const reporter = await reporterContext.newPage();
    const errors: string[] = [];
    for (const p of [handler, reporter]) p.on("pageerror", (e) => errors.push(e.message));

    await enrolThroughLink(handler, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);
    await reporter.goto(`${server.url}/report.html`);
    const token = (await submitReport(reporter, "Told in person; minutes to follow.")).trim();

    // The reporting person asks for a meeting and sees by when a handler must propose one.
    const inbox = await reporterContext.newPage();
    inbox.on("pageerror", (e) => errors.push(e.message));
    await inbox.goto(`${server.url}/inbox.html`);
    await inbox.getByTestId("inbox-token").fill(token);
    await inbox.getByTestId("inbox-open").click();
    await inbox.getByTestId("inbox-records-section").waitFor({ timeout: 60_000 });
    await inbox.getByTestId("inbox-meeting-note").fill(`Any weekday morning ${WORDS[0]}`);
    await inbox.getByTestId("inbox-meeting-ask").click();
    const state = inbox.getByTestId("inbox-meeting-state");
    await expect
      .poll(() => state.getAttribute("data-meeting-by"), { timeout: 60_000 })
      .toMatch(/^\d{4}-\d\d-\d\d$/);
    const meetingBy = (await state.getAttribute("data-meeting-by")) ?? "";

    // The handler sees the same deadline in triage and in the case, and proposes a time and place.
    await handler.goto(`${server.url}/handler.html`);
    await handler.getByTestId("signin-handle").fill("alice");
    await handler.getByTestId("signin-passphrase").fill(PASSPHRASE);
    await handler.getByTestId("signin-submit").click();
    await handler.getByTestId("triage-table").waitFor({ timeout: 60_000 });
    await handler.getByTestId("triage-open").first().click({ timeout: 60_000 });
    await expect
      .poll(() => handler.getByTestId("case-meeting-by").getAttribute("data-date"), { timeout: 60_000 })
      .toBe(meetingBy);
    expect(await handler.getByTestId("case-meeting-by").textContent()).toMatch(/20 working days/);
    await handler.getByTestId("case-meeting-propose-text").fill(`Tuesday 10:00, ${WORDS[1]}`);
    await handler.getByTestId("case-meeting-propose-send").click();
    await handler.getByTestId("case-meeting-by").waitFor({ state: "detached", timeout: 60_000 });

    // Minutes, version 1.
    await handler.getByTestId("record-new-box").locator("summary").click();
    await handler.getByTestId("record-type").selectOption("minutes");
    await handler.getByTestId("record-new-text").fill(`We met on Monday. ${WORDS[2]}`);
    await handler.getByTestId("record-new-send").click();
    await handler.getByTestId("record-version").first().waitFor({ timeout: 60_000 });

    // The reporting person reads it and proposes a correction.
    await inbox.reload();
    await inbox.getByTestId("inbox-token").fill(token);
    await inbox.getByTestId("inbox-open").click();
    const version1 = inbox.getByTestId("record-version").first();
    await expect.poll(() => version1.textContent(), { timeout: 60_000 }).toContain(WORDS[2]);
    await inbox.getByTestId("record-corrections").fill(`It was Tuesday, not Monday. ${WORDS[3]}`);
    await inbox.getByTestId("record-correct-send").click();
    await expect.poll(() => inbox.getByTestId("record-correction").count(), { timeout: 60_000 }).toBe(1);

    // The handler reads the correction and sends version 2.
    await handler.getByTestId("case-back").click();
    await handler.getByTestId("triage-open").first().click({ timeout: 60_000 });
    await expect
      .poll(() => handler.getByTestId("record-correction").textContent(), { timeout: 60_000 })
      .toContain(WORDS[3]);
    await handler.getByTestId("record-revise-text").fill(`We met on Tuesday. ${WORDS[4]}`);
    await handler.getByTestId("record-revise-send").click();
    await expect.poll(() => handler.getByTestId("record-version").count(), { timeout: 60_000 }).toBe(2);

    // The reporting person agrees to version 2; it is marked, version 1 is kept and not marked.
    await inbox.reload();
    await inbox.getByTestId("inbox-token").fill(token);
    await inbox.getByTestId("inbox-open").click();
    await expect.poll(() => inbox.getByTestId("record-version").count(), { timeout: 60_000 }).toBe(2);
    expect(await inbox.getByTestId("record-agree").textContent()).toContain("version 2");
    await inbox.getByTestId("record-agree").click();
    const agreedInbox = inbox.locator('[data-testid="record-version"][data-agreed="true"]');
    await expect.poll(() => agreedInbox.getAttribute("data-version"), { timeout: 60_000 }).toBe("2");
    expect(await agreedInbox.getByTestId("record-agreed-mark").count()).toBe(1);
    expect(await inbox.locator('[data-testid="record-version"][data-agreed="false"]').count()).toBe(1);
    expect(await inbox.getByTestId("record-agree").count()).toBe(0);

    // The handler sees the same mark, and can no longer change the record.
    await handler.getByTestId("case-back").click();
    await handler.getByTestId("triage-open").first().click({ timeout: 60_000 });
    const agreedCase = handler.locator('[data-testid="record-version"][data-agreed="true"]');
    await expect.poll(() => agreedCase.getAttribute("data-version"), { timeout: 60_000 }).toBe("2");
    expect(await agreedCase.textContent()).toContain(WORDS[4]);
    expect(await handler.getByTestId("record-revise-send").count()).toBe(0);
    // Every meeting and record entry is signed into the thread: none fails verification on either side.
    expect(await handler.getByTestId("thread-unverified").count()).toBe(0);
    expect(await inbox.getByTestId("thread-unverified").count()).toBe(0);

    expect(leaks).toEqual([]);
    for (const w of WORDS) expect(server.output()).not.toContain(w);
    expect(errors).toEqual([]);
    await handlerContext.close();
    await reporterContext.close();
  }, 400_000);
});
