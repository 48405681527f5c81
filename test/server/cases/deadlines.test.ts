import { describe, expect, it } from "vitest";
import {
  type CaseClockFacts,
  caseDeadlines,
  followUpStartedOn,
  nextDue,
} from "../../../server/cases/deadlines";

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
  ])("$name: only art. 26.2's 10 years from receipt while open", ({ more }) => {
    expect(caseDeadlines(spanish(more), 3).deleteBy).toEqual({
      date: "2036-03-02",
      basis: expect.stringMatching(/^Ley 2\/2023 art\. 26\.2 .*10 years after receipt$/),
    });
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

const italian = (more: Partial<CaseClockFacts> = {}): CaseClockFacts => ({
  jurisdiction: "IT",
  channelKind: "internal",
  receivedOn: "2026-03-20",
  acknowledgedOn: "2026-03-23",
  followUpOn: null,
  feedbackOn: null,
  closedOn: null,
  outcomeCommunicatedOn: null,
  extended: false,
  status: "acknowledged",
  ...more,
});

describe("Italy, D.Lgs. 24/2023 art. 14: interim feedback is not the final outcome", () => {
  it("interim feedback on 2026-04-10: no deletion date (not 2029-04-10), and the Art. 15 date stands", () => {
    const d = caseDeadlines(italian({ feedbackOn: "2026-04-10", status: "feedback_given" }), 3);
    expect(d.deleteBy).toBeNull();
    expect(d.publicDisclosureFrom?.date).toBe("2026-06-24");
  });

  it("final outcome communicated on 2026-09-15: 5 years from it, whatever the interim feedback", () => {
    const d = caseDeadlines(
      italian({ feedbackOn: "2026-04-10", outcomeCommunicatedOn: "2026-09-15", status: "feedback_given" }),
      5,
    );
    expect(d.deleteBy).toEqual({
      date: "2031-09-15",
      basis: expect.stringMatching(/art\. 14.*5 years after communication of the final outcome$/),
    });
  });

  it("closed on 2026-07-01 with only interim feedback: counted from closure, not from the feedback", () => {
    const d = caseDeadlines(
      italian({ feedbackOn: "2026-04-10", closedOn: "2026-07-01", status: "closed" }),
      5,
    );
    expect(d.deleteBy?.date).toBe("2031-07-01");
  });
});

describe("every jurisdiction: interim feedback keeps the Art. 15 date", () => {
  it.each(["EU", "NL", "IE", "ES", "IT"])("%s, external channel, feedback on 2026-04-10", (jurisdiction) => {
    const d = caseDeadlines(
      italian({ jurisdiction, channelKind: "external", feedbackOn: "2026-04-10", status: "feedback_given" }),
      3,
    );
    expect(d.publicDisclosureFrom).not.toBeNull();
  });
});

describe("nextDue with a meeting request (Art. 9(2); France: 20 working days)", () => {
  const french = (more: Partial<CaseClockFacts>): CaseClockFacts => ({
    ...spanish({ jurisdiction: "FR", receivedOn: "2026-11-27", acknowledgedOn: null, status: "received" }),
    ...more,
  });
  const next = (c: CaseClockFacts) => {
    const due = nextDue(c, caseDeadlines(c, 3));
    return due && [due.kind, due.deadline?.date];
  };
  it.each([
    ["no request: acknowledgement", {}, ["acknowledge", "2026-12-08"]],
    [
      "asked on receipt: the acknowledgement is earlier",
      { meetingRequestedOn: "2026-11-27" },
      ["acknowledge", "2026-12-08"],
    ],
    [
      "acknowledged: the meeting (28 Dec) before feedback (27 Feb)",
      { acknowledgedOn: "2026-11-27", status: "acknowledged", meetingRequestedOn: "2026-11-27" },
      ["meeting", "2026-12-28"],
    ],
    [
      "proposed: feedback again",
      {
        acknowledgedOn: "2026-11-27",
        status: "acknowledged",
        meetingRequestedOn: "2026-11-27",
        meetingProposedOn: "2026-12-01",
      },
      ["feedback", "2027-02-27"],
    ],
    [
      "after feedback, a new request is the only duty",
      {
        acknowledgedOn: "2026-11-27",
        feedbackOn: "2026-12-01",
        status: "feedback_given",
        meetingRequestedOn: "2026-12-02",
      },
      ["meeting", "2026-12-31"],
    ],
    ["closed: nothing", { status: "closed", closedOn: "2026-12-01", meetingRequestedOn: "2026-11-27" }, null],
  ] as const)("%s", (_, more, expected) => {
    expect(next(french(more))).toEqual(expected);
  });
});

describe("nextDue with a person concerned to inform (GDPR Art. 14(3)(a): one month from receipt)", () => {
  const next = (c: CaseClockFacts) => {
    const due = nextDue(c, caseDeadlines(c, 3));
    return due && [due.kind, due.deadline?.date];
  };
  // Received 2 Mar 2026, acknowledged 5 Mar: inform by 2 Apr 2026, before feedback by 5 Jun 2026.
  it.each(["EU", "ES", "FR", "IE", "IT", "DE", "NL", "PL"])("%s: inform by 2 Apr before feedback", (j) => {
    expect(next(spanish({ jurisdiction: j, concernedToInform: true }))).toEqual([
      "inform_concerned",
      "2026-04-02",
    ]);
  });
  it("informed or deferred: feedback again", () => {
    expect(next(spanish({ concernedToInform: false }))?.[0]).toBe("feedback");
  });
  it("after feedback, the inform date is the only duty left", () => {
    expect(
      next(spanish({ feedbackOn: "2026-03-20", status: "feedback_given", concernedToInform: true })),
    ).toEqual(["inform_concerned", "2026-04-02"]);
  });
  it("an earlier acknowledgement still comes first", () => {
    expect(next(spanish({ acknowledgedOn: null, status: "received", concernedToInform: true }))?.[0]).toBe(
      "acknowledge",
    );
  });
  it("a closed case has no next step", () => {
    expect(next(spanish({ closedOn: "2026-03-10", status: "closed", concernedToInform: true }))).toBeNull();
  });
});
