import { describe, expect, it } from "vitest";
import { reminderMail } from "../../../server/reminders/mail";

describe("reminderMail", () => {
  it.each([
    [{ dueSoon: 1, overdue: 0 }, "1 case in the reporting channel needs your attention.\n"],
    [{ dueSoon: 2, overdue: 0 }, "2 cases in the reporting channel need your attention.\n"],
    [
      { dueSoon: 0, overdue: 1 },
      "1 case in the reporting channel needs your attention. It is past a legal deadline.",
    ],
    [
      { dueSoon: 0, overdue: 3 },
      "3 cases in the reporting channel need your attention. All of them are past a legal deadline.",
    ],
    [
      { dueSoon: 2, overdue: 1 },
      "3 cases in the reporting channel need your attention. 1 of them is past a legal deadline.",
    ],
    [
      { dueSoon: 1, overdue: 2 },
      "3 cases in the reporting channel need your attention. 2 of them are past a legal deadline.",
    ],
  ])("says how many for %o", (counts, sentence) => {
    expect(reminderMail(counts, "https://channel.example.test").text).toContain(sentence);
  });

  it("links to the triage view and to nothing else", () => {
    const { text, subject } = reminderMail({ dueSoon: 1, overdue: 1 }, "https://channel.example.test/");
    expect(text).toContain("\nhttps://channel.example.test/handler.html\n");
    expect(text.match(/https?:\/\/\S+/g)).toEqual(["https://channel.example.test/handler.html"]);
    expect(subject).toBe("Reporting channel: cases need your attention");
  });

  it("still says where to go without a public URL", () => {
    expect(reminderMail({ dueSoon: 1, overdue: 0 }).text).toContain(
      "Sign in to the handlers' page of the reporting channel",
    );
  });

  it("holds no date and no number but the counts", () => {
    const { text, subject } = reminderMail({ dueSoon: 4, overdue: 5 }, "https://channel.example.test");
    expect(`${subject}\n${text}`.match(/\d+/g)).toEqual(["9", "5"]);
  });

  it("carries the audit log's head so a copy exists off the server", () => {
    const hash = "ab".repeat(32);
    const { text } = reminderMail({ dueSoon: 1, overdue: 0 }, undefined, { hash });
    expect(text).toContain(`audit log head is ${hash}.`);
  });
});
