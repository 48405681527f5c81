import { describe, expect, it } from "vitest";
import { type CaseClockFacts, caseDeadlines, followUpStartedOn } from "../../../server/cases/deadlines";

const spanish = (more: Partial<CaseClockFacts> = {}): CaseClockFacts => ({
  jurisdiction: "ES",
  channelKind: "internal",
  receivedOn: "2026-03-02",
  acknowledgedOn: "2026-03-05",
  followUpOn: null,
  feedbackOn: null,
  closedOn: null,
  outcomeCommunicatedOn: null,
  extended: false,
  status: "acknowledged",
  ...more,
});

describe("Spain, Ley 2/2023 art. 32.4: a case that was followed up is never deleted at 3 months", () => {
  it.each([
    {
      name: "acknowledged 2026-03-05, feedback 2026-05-20, status never moved to follow-up",
      more: { feedbackOn: "2026-05-20", status: "feedback_given" },
    },
    {
      name: "acknowledged 2026-03-05, feedback only on 2026-06-10, after the 3 months",
      more: { feedbackOn: "2026-06-10", status: "feedback_given" },
    },
    {
      name: "follow-up recorded 2026-04-01 while the status still says acknowledged",
      more: { followUpOn: "2026-04-01" },
    },
  ])("$name: no deletion date while open", ({ more }) => {
    expect(caseDeadlines(spanish(more), 3).deleteBy).toBeNull();
  });

  it("acknowledged 2026-03-05 and nothing else: deleted on 2026-06-02, keeping only anonymised data", () => {
    const d = caseDeadlines(spanish(), 3).deleteBy;
    expect(d?.date).toBe("2026-06-02");
    expect(d?.basis).toMatch(/art\. 32.*anonymised.*unless an investigation starts by then/);
  });

  it("followed up and closed on 2026-09-30: 10 years, not 3 months", () => {
    const d = caseDeadlines(
      spanish({ feedbackOn: "2026-05-20", closedOn: "2026-09-30", status: "closed" }),
      10,
    ).deleteBy;
    expect(d?.basis).toMatch(/art\. 26/);
    expect((d?.date ?? "") > "2030-01-01").toBe(true);
  });
});

describe("followUpStartedOn", () => {
  it.each([
    [{ followUpOn: null, feedbackOn: null }, undefined],
    [{ followUpOn: "2026-04-01", feedbackOn: null }, "2026-04-01"],
    [{ followUpOn: null, feedbackOn: "2026-05-20" }, "2026-05-20"],
    [{ followUpOn: "2026-06-01", feedbackOn: "2026-05-20" }, "2026-05-20"],
    [{ followUpOn: "2026-04-01", feedbackOn: "2026-05-20" }, "2026-04-01"],
  ])("%o starts on %s", (facts, day) => {
    expect(followUpStartedOn(facts)).toBe(day);
  });
});
