/**
 * Signed threads in Chromium (issue 10, "tampered thread"): someone who can write to the server's
 * database inserts an entry encrypted to the case recipient but not signed, posing as a case handler
 * who asks for the reporting person's name. Neither the inbox nor the case view ever shows its text;
 * both show `thread-unverified` instead. Forged meeting and record rows fare the same, and so does a
 * status the server claims: the inbox shows the status the handler's signed entries state. Deleting a
 * genuine entry from the middle of the thread is reported the same way.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptJson, toBase64 } from "../../crypto/index";
import { launchChromium } from "./chromium";
import { enrolThroughLink } from "./helpers";
import { submitReport } from "./reporter-helpers";
import { type RunningServer, startServer } from "./server";

const PASSPHRASE = "amber lantern orbit 3391";
const FORGED = "FORGED-send-us-your-full-name-and-private-phone";
const FORGED_MEETING = "FORGED-MEETING-come-alone-to-the-car-park";
const FORGED_RECORD = "FORGED-RECORD-you-said-you-made-it-all-up";

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/handler.html`);
  await page.getByTestId("signin-handle").fill("alice");
  await page.getByTestId("signin-passphrase").fill(PASSPHRASE);
  await page.getByTestId("signin-submit").click();
  await page.getByTestId("triage-table").waitFor({ timeout: 60_000 });
}

async function openCase(page: Page, base: string) {
  await signIn(page, base);
  await page.getByTestId("triage-open").first().click();
  await page.getByTestId("case-report").waitFor({ timeout: 30_000 });
}

async function openInbox(page: Page, base: string, token: string) {
  await page.goto(`${base}/inbox.html`);
  await page.getByTestId("inbox-token").fill(token);
  await page.getByTestId("inbox-open").click();
  await page.getByTestId("inbox-case").waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="thread"]').first().waitFor({ timeout: 30_000 });
}

const texts = async (page: Page) => (await page.getByTestId("thread-text").allTextContents()).join(" | ");

describe("a signed thread in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    server = await startServer({ ORG_NAME: "Signed Thread Org" });
    ({ browser, close } = await launchChromium());
  });

  afterAll(async () => {
    await close?.();
    await server?.stop();
  });

  it("never shows a forged or out-of-chain entry as a message, on either side", async () => {
    const handler = await (await browser.newContext()).newPage();
    const reporter = await (await browser.newContext()).newPage();
    // The first person enrols in the handler app, which makes the channel key and signs the roster.
    await enrolThroughLink(handler, server.enrolmentLink, "alice", "Alice Handler", PASSPHRASE);

    await reporter.goto(`${server.url}/report.html`);
    const token = (await submitReport(reporter, "Genuine report text")).trim();

    // The handler acknowledges and writes twice; every entry is signed in the browser.
    await openCase(handler, server.url);
    await handler.getByTestId("case-ack-message").fill("Genuine acknowledgement");
    await handler.getByTestId("case-acknowledge").click();
    await handler.getByTestId("case-acknowledged-on").waitFor({ timeout: 30_000 });
    for (const text of ["Genuine first reply", "Genuine second reply"]) {
      await handler.getByTestId("case-message").fill(text);
      await handler.getByTestId("case-reply").click();
      await expect.poll(() => texts(handler), { timeout: 30_000 }).toContain(text);
    }
    expect(await handler.getByTestId("thread-unverified").count()).toBe(0);

    // The reporting person sees every genuine entry verified, and answers (signed with the token's key).
    await openInbox(reporter, server.url, token);
    await expect.poll(() => texts(reporter), { timeout: 30_000 }).toContain("Genuine second reply");
    expect(await texts(reporter)).toContain("Genuine acknowledgement");
    expect(await reporter.getByTestId("thread-unverified").count()).toBe(0);
    await reporter.getByTestId("inbox-reply").fill("Genuine answer from the reporting person");
    await reporter.getByTestId("inbox-send").click();
    await expect
      .poll(() => texts(reporter), { timeout: 30_000 })
      .toContain("Genuine answer from the reporting person");
    expect(await reporter.getByTestId("thread-unverified").count()).toBe(0);

    // The handler records the start of follow-up and moves the status: both are signed entries.
    await openCase(handler, server.url);
    await handler.getByTestId("case-follow-up").click();
    await handler.getByTestId("case-follow-up-on").waitFor({ timeout: 30_000 });
    await handler.getByTestId("case-status-select").selectOption("feedback_given");
    await handler.getByTestId("case-status-submit").click();
    await expect
      .poll(() => handler.getByTestId("case-status").getAttribute("data-status"), { timeout: 30_000 })
      .toBe("feedback_given");
    expect(await handler.getByTestId("thread-unverified").count()).toBe(0);

    // The inbox shows the status the signed entries state.
    const inboxStatus = () => reporter.getByTestId("inbox-status").getAttribute("data-status");
    await openInbox(reporter, server.url, token);
    expect(await inboxStatus()).toBe("feedback_given");
    expect(await reporter.getByTestId("thread-status").allTextContents()).toEqual(["Feedback given"]);
    expect(await reporter.getByTestId("thread-unverified").count()).toBe(0);

    // A database writer closes the case with an outcome, with no signed entry: the inbox does not follow.
    const db = new Database(join(server.dataDir, "channel.sqlite"));
    db.pragma("busy_timeout = 5000");
    db.prepare(
      "update cases set status = 'closed', outcome = 'unsubstantiated', closed_on = received_on",
    ).run();
    await openInbox(reporter, server.url, token);
    expect(await inboxStatus()).toBe("feedback_given");
    expect(await reporter.locator("#case").textContent()).not.toContain("Unsubstantiated");
    db.prepare("update cases set status = 'feedback_given', outcome = null, closed_on = null").run();

    // A database writer appends a request for information, encrypted to the case, unsigned.
    db.pragma("busy_timeout = 5000");
    const kase = db.prepare("select id, case_recipient from cases").get() as {
      id: string;
      case_recipient: string;
    };
    const alice = db.prepare("select id from persons where handle = 'alice'").get() as { id: string };
    const forged = toBase64(await encryptJson([kase.case_recipient], { v: 1, text: FORGED }));
    const top = db
      .prepare("select max(seq) s, max(thread_seq) t from entries where case_id = ?")
      .get(kase.id) as { s: number; t: number };
    db.prepare(
      `insert into entries (id, case_id, seq, thread_seq, kind, author, person_id, "on", at, ciphertext)
       values ('forgedentry000001', ?, ?, ?, 'request_info', 'handler', ?, '2026-01-01', '2026-01-01T09:00:00.000Z', ?)`,
    ).run(kase.id, top.s + 1, top.t + 1, alice.id, forged);
    // ... and, outside the signed chain, a meeting proposal and minutes the server says exist.
    const meeting = toBase64(await encryptJson([kase.case_recipient], { v: 1, text: FORGED_MEETING }));
    const record = toBase64(
      await encryptJson([kase.case_recipient], {
        v: 1,
        text: FORGED_RECORD,
        record: { id: "forgedrecord01", version: 1 },
      }),
    );
    const outside = db.prepare(
      `insert into entries (id, case_id, seq, thread_seq, kind, author, person_id, "on", at, ciphertext)
       values (?, ?, ?, null, ?, 'handler', ?, '2026-01-01', '2026-01-01T09:00:00.000Z', ?)`,
    );
    outside.run("forgedentry000002", kase.id, top.s + 2, "meeting_proposal", alice.id, meeting);
    outside.run("forgedentry000003", kase.id, top.s + 3, "record", alice.id, record);
    db.prepare(
      `insert into case_records (id, case_id, type, transcribes, version, agreed_version, agreed_on, "on")
       values ('forgedrecord01', ?, 'minutes', null, 1, null, null, '2026-01-01')`,
    ).run(kase.id);

    await openInbox(reporter, server.url, token);
    await reporter.getByTestId("thread-unverified").first().waitFor({ timeout: 30_000 });
    await reporter.getByTestId("inbox-records-section").waitFor({ timeout: 30_000 });
    expect(await reporter.getByTestId("thread-unverified").count()).toBe(3);
    const inboxText = (await reporter.locator("#case").textContent()) ?? "";
    for (const word of [FORGED, FORGED_MEETING, FORGED_RECORD]) expect(inboxText).not.toContain(word);
    expect(await reporter.getByTestId("record-version").count()).toBe(0);
    // The genuine entries before it still show.
    expect(await texts(reporter)).toContain("Genuine second reply");

    await openCase(handler, server.url);
    await handler.getByTestId("thread-unverified").first().waitFor({ timeout: 30_000 });
    await handler.getByTestId("record-new-box").waitFor({ timeout: 30_000 });
    expect(await handler.getByTestId("thread-unverified").count()).toBe(3);
    const caseText = (await handler.getByTestId("case-view").textContent()) ?? "";
    for (const word of [FORGED, FORGED_MEETING, FORGED_RECORD]) expect(caseText).not.toContain(word);
    expect(await handler.getByTestId("record-version").count()).toBe(0);
    expect(await texts(handler)).toContain("Genuine answer from the reporting person");

    // The forged row goes; a genuine entry in the middle (the first reply) goes too.
    db.prepare("delete from entries where id = 'forgedentry000001'").run();
    const first = db.prepare("select id from entries where case_id = ? and thread_seq = 3").get(kase.id) as {
      id: string;
    };
    db.prepare("delete from entries where id = ?").run(first.id);
    db.close();

    await openInbox(reporter, server.url, token);
    await reporter.getByTestId("thread-unverified").first().waitFor({ timeout: 30_000 });
    expect(await texts(reporter)).toContain("Genuine acknowledgement");
    expect(await texts(reporter)).not.toContain("Genuine first reply");

    await openCase(handler, server.url);
    await handler.getByTestId("thread-unverified").first().waitFor({ timeout: 30_000 });
    expect(await texts(handler)).toContain("Genuine acknowledgement");
    expect(await handler.getByTestId("case-view").textContent()).not.toContain(FORGED);
  }, 400_000);
});
