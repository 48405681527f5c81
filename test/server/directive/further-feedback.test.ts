/**
 * Ireland's further feedback (Protected Disclosures Act 2014 s.6A(1), inserted by the Protected
 * Disclosures (Amendment) Act 2022 s.9): on the reporting person's written request, feedback at intervals
 * of 3 months until the procedure is closed. Every other profile has no such right.
 */
import { describe, expect, it } from "vitest";
import {
  type DeadlineInput,
  DirectiveError,
  deadlines,
  JURISDICTIONS,
  profileOf,
} from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

const irish = (more: Partial<DeadlineInput>): DeadlineInput => ({
  jurisdiction: "IE",
  channel: "internal",
  receivedOn: "2026-01-10",
  acknowledgedOn: "2026-01-12",
  ...more,
});

interface Row {
  name: string;
  input: DeadlineInput;
  furtherFeedbackBy: string | null;
}

const rows: Row[] = [
  {
    name: "IE s.6A(1): feedback 1 Apr 2026, asked 5 Apr: further feedback by 1 Jul 2026",
    input: irish({ lastFeedbackOn: "2026-04-01", furtherFeedbackRequestedOn: "2026-04-05" }),
    furtherFeedbackBy: "2026-07-01",
  },
  {
    name: "IE s.6A(1): repeats from the latest feedback: given 1 Jul 2026, next by 1 Oct 2026",
    input: irish({ lastFeedbackOn: "2026-07-01", furtherFeedbackRequestedOn: "2026-04-05" }),
    furtherFeedbackBy: "2026-10-01",
  },
  {
    name: "IE s.6A(1): month end: feedback 30 Nov 2026, next by 28 Feb 2027",
    input: irish({
      receivedOn: "2026-08-20",
      acknowledgedOn: "2026-08-21",
      lastFeedbackOn: "2026-11-30",
      furtherFeedbackRequestedOn: "2026-12-01",
    }),
    furtherFeedbackBy: "2027-02-28",
  },
  {
    name: "IE s.6A(1): asked after the interval had run (feedback 1 Feb, asked 15 Jun 2026): due 15 Jun",
    input: irish({ lastFeedbackOn: "2026-02-01", furtherFeedbackRequestedOn: "2026-06-15" }),
    furtherFeedbackBy: "2026-06-15",
  },
  {
    name: "IE s.6A(1): asked on the last day of the interval (1 May 2026): due that day",
    input: irish({ lastFeedbackOn: "2026-02-01", furtherFeedbackRequestedOn: "2026-05-01" }),
    furtherFeedbackBy: "2026-05-01",
  },
  {
    name: "IE s.6A(1): asked before any feedback: none yet, the first feedback's deadline governs",
    input: irish({ furtherFeedbackRequestedOn: "2026-02-01" }),
    furtherFeedbackBy: null,
  },
  {
    name: "IE s.6A(1): closed 20 Jun 2026: no further feedback after closure",
    input: irish({
      lastFeedbackOn: "2026-04-01",
      furtherFeedbackRequestedOn: "2026-04-05",
      closedOn: "2026-06-20",
    }),
    furtherFeedbackBy: null,
  },
  {
    name: "IE s.6A(1): feedback given but never asked for: none",
    input: irish({ lastFeedbackOn: "2026-04-01" }),
    furtherFeedbackBy: null,
  },
  {
    name: "IE external channel (s.7A): not verified, so none",
    input: irish({
      channel: "external",
      lastFeedbackOn: "2026-04-01",
      furtherFeedbackRequestedOn: "2026-04-05",
    }),
    furtherFeedbackBy: null,
  },
];

describe("further feedback on request (Ireland)", () => {
  for (const row of rows) {
    it(row.name, () => {
      expect(deadlines(row.input).furtherFeedbackBy?.date ?? null).toBe(row.furtherFeedbackBy);
    });
  }

  it("names its provision and the request, and no paragraph letter it could not verify", () => {
    const by = deadlines(
      irish({ lastFeedbackOn: "2026-04-01", furtherFeedbackRequestedOn: "2026-04-05" }),
    ).furtherFeedbackBy;
    expect(by?.basis).toMatch(/^Protected Disclosures Act 2014 s\.6A\(1\), inserted by .* 2022 s\.9/);
    expect(by?.basis).toMatch(/3 months from the previous feedback \(2026-04-01\).*request of 2026-04-05/);
    expect(by?.basis).not.toMatch(/6A\(1\)\([a-z]\)/);
    expect(profileOf("IE").internal.furtherFeedback?.source).toMatch(/not verified/);
  });

  it("says when the interval had run before the request", () => {
    const by = deadlines(
      irish({ lastFeedbackOn: "2026-02-01", furtherFeedbackRequestedOn: "2026-06-15" }),
    ).furtherFeedbackBy;
    expect(by?.basis).toMatch(/interval had run before the request, so due on it$/);
  });

  it("leaves the first feedback's deadline as it was", () => {
    const plain = deadlines(irish({}));
    const asked = deadlines(
      irish({ lastFeedbackOn: "2026-04-01", furtherFeedbackRequestedOn: "2026-04-05" }),
    );
    expect(asked.feedbackBy).toEqual(plain.feedbackBy);
    expect(asked.feedbackBy?.date).toBe("2026-04-12");
  });

  it("exists in no other profile: the same facts give no date elsewhere", () => {
    for (const jurisdiction of JURISDICTIONS.filter((j) => j !== "IE")) {
      for (const channel of ["internal", "external"] as const) {
        expect(profileOf(jurisdiction)[channel].furtherFeedback).toBeUndefined();
        const out = deadlines({
          ...irish({ lastFeedbackOn: "2026-04-01", furtherFeedbackRequestedOn: "2026-04-05" }),
          jurisdiction,
          channel,
        });
        expect(out.furtherFeedbackBy).toBeNull();
      }
    }
  });

  it("rejects a request or a feedback dated before receipt", () => {
    expect(codeOf(() => deadlines(irish({ furtherFeedbackRequestedOn: "2026-01-09" })))).toBe(
      "further-feedback-before-received",
    );
    expect(codeOf(() => deadlines(irish({ lastFeedbackOn: "2026-01-09" })))).toBe("feedback-before-received");
    expect(codeOf(() => deadlines(irish({ furtherFeedbackRequestedOn: "2026-02-30" })))).toBe("bad-date");
  });
});
