/**
 * The inbox's status comes from the verified thread only (client/src/inbox/status.ts): the same steps
 * as the server's state machine, taken from signed entries; an unverified entry moves nothing.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Catalog, setCatalog } from "../../../client/src/i18n";
import en from "../../../client/src/i18n/catalogs/en";
import { statusOfThread } from "../../../client/src/inbox/status";

// Status changes are checked against the statuses and outcomes the page's catalog has words for.
beforeAll(() => setCatalog(en as Catalog));

const item = (
  kind: string,
  author: "reporter" | "handler",
  content: unknown = { v: 1 },
  unverified = false,
) => ({
  entry: { id: kind, kind, author, on: "2026-03-02", ciphertext: "" },
  content,
  unverified,
});

describe("the status the inbox shows", () => {
  it("is received for a thread of the report alone", () => {
    expect(statusOfThread([item("report", "reporter")])).toEqual({ status: "received", outcome: null });
  });

  it("follows acknowledgement, signed moves, feedback and closing with its outcome", () => {
    const thread = [item("report", "reporter"), item("acknowledgement", "handler")];
    expect(statusOfThread(thread).status).toBe("acknowledged");
    thread.push(item("follow_up", "handler"));
    expect(statusOfThread(thread).status).toBe("acknowledged");
    thread.push(item("status", "handler", { v: 1, status: "in_follow_up", outcome: null }));
    expect(statusOfThread(thread).status).toBe("in_follow_up");
    thread.push(item("feedback", "handler"));
    expect(statusOfThread(thread).status).toBe("feedback_given");
    thread.push(item("status", "handler", { v: 1, status: "closed", outcome: "referred" }));
    expect(statusOfThread(thread)).toEqual({ status: "closed", outcome: "referred" });
    // The final outcome told after closing leaves the case closed.
    thread.push(item("final_outcome", "handler"));
    expect(statusOfThread(thread)).toEqual({ status: "closed", outcome: "referred" });
  });

  it("ignores unverified entries, the reporting person's entries and malformed status changes", () => {
    expect(
      statusOfThread([
        item("report", "reporter"),
        item("status", "handler", { v: 1, status: "closed", outcome: "no_action" }, true),
        item("status", "reporter", { v: 1, status: "closed", outcome: "no_action" }),
        item("status", "handler", { v: 1, status: "closed", outcome: null }),
        item("status", "handler", { v: 1, status: "archived", outcome: null }),
        item("acknowledgement", "handler", { v: 1 }, true),
      ]),
    ).toEqual({ status: "received", outcome: null });
  });
});
