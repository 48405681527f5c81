import { describe, expect, it } from "vitest";
import {
  attentionOf,
  planReminders,
  type ReminderCase,
  type ReminderLeads,
} from "../../../server/reminders/plan";

const LEADS: ReminderLeads = { reminderAckDays: 2, reminderFeedbackDays: 14, retentionYears: 3 };

function kase(over: Partial<ReminderCase> = {}): ReminderCase {
  return {
    id: "case0000000000000000000000",
    jurisdiction: "EU",
    channelKind: "internal",
    receivedOn: "2026-11-27",
    acknowledgedOn: null,
    feedbackOn: null,
    closedOn: null,
    outcomeCommunicatedOn: null,
    extended: false,
    status: "received",
    holders: ["alice"],
    ...over,
  };
}

const ACKED = { acknowledgedOn: "2026-11-29", status: "acknowledged" };
/** France, Décret n° 2022-1284 art. 4: a meeting within 20 working days of the request. */
const FR_MEETING = {
  jurisdiction: "FR",
  acknowledgedOn: "2026-11-27",
  status: "acknowledged",
  meetingRequestedOn: "2026-11-27",
};

/** Ireland (PDA 2014 s.6A(1)): feedback given 10 Jan 2027, further feedback asked for on 12 Jan. */
const IE_FURTHER = {
  ...ACKED,
  jurisdiction: "IE",
  feedbackOn: "2027-01-10",
  lastFeedbackOn: "2027-01-10",
  furtherFeedbackRequestedOn: "2027-01-12",
  status: "feedback_given",
};

/** A person concerned recorded on an acknowledged case, neither informed nor deferred (GDPR Art. 14). */
const INFORM = { ...ACKED, concernedToInform: true };

describe("attentionOf", () => {
  // Received 27 Nov 2026: acknowledge by 4 Dec (Art. 9(1)(b)); acknowledged 29 Nov: feedback by 28 Feb 2027 (Art. 9(1)(f)).
  it.each([
    ["acknowledgement 3 days ahead, lead 2", {}, LEADS, "2026-12-01", null],
    ["acknowledgement 2 days ahead, lead 2", {}, LEADS, "2026-12-02", "due-soon"],
    ["acknowledgement due today", {}, LEADS, "2026-12-04", "due-soon"],
    ["acknowledgement one day late", {}, LEADS, "2026-12-05", "overdue"],
    ["acknowledgement a day ahead, lead 0", {}, { ...LEADS, reminderAckDays: 0 }, "2026-12-03", null],
    ["acknowledgement due today, lead 0", {}, { ...LEADS, reminderAckDays: 0 }, "2026-12-04", "due-soon"],
    ["received today", {}, LEADS, "2026-11-27", null],
    ["France: 7 working days end on Tue 8 Dec", { jurisdiction: "FR" }, LEADS, "2026-12-05", null],
    ["France: 2 days before 8 Dec", { jurisdiction: "FR" }, LEADS, "2026-12-06", "due-soon"],
    ["France: 8 Dec passed", { jurisdiction: "FR" }, LEADS, "2026-12-09", "overdue"],
    ["feedback 15 days ahead, lead 14", ACKED, LEADS, "2027-02-13", null],
    ["feedback 14 days ahead, lead 14", ACKED, LEADS, "2027-02-14", "due-soon"],
    ["feedback due today", ACKED, LEADS, "2027-02-28", "due-soon"],
    ["feedback one day late", ACKED, LEADS, "2027-03-01", "overdue"],
    [
      "feedback given",
      { ...ACKED, feedbackOn: "2027-01-10", status: "feedback_given" },
      LEADS,
      "2027-03-01",
      null,
    ],
    ["closed case", { ...ACKED, closedOn: "2026-12-01", status: "closed" }, LEADS, "2027-03-01", null],
    [
      "France: a meeting asked for on 27 Nov is due 28 Dec, 2 days ahead",
      FR_MEETING,
      LEADS,
      "2026-12-26",
      "due-soon",
    ],
    ["France: a meeting 3 days ahead, lead 2", FR_MEETING, LEADS, "2026-12-25", null],
    ["France: no meeting proposed by 28 Dec", FR_MEETING, LEADS, "2026-12-29", "overdue"],
    [
      "France: a meeting proposed, feedback next",
      { ...FR_MEETING, meetingProposedOn: "2026-12-01" },
      LEADS,
      "2026-12-29",
      null,
    ],
    // Ireland, PDA 2014 s.6A(1): feedback 10 Jan 2027, further feedback asked for 12 Jan: due 10 Apr 2027.
    ["Ireland: further feedback 15 days ahead, lead 14", IE_FURTHER, LEADS, "2027-03-26", null],
    ["Ireland: further feedback 14 days ahead, lead 14", IE_FURTHER, LEADS, "2027-03-27", "due-soon"],
    ["Ireland: no further feedback by 10 Apr 2027", IE_FURTHER, LEADS, "2027-04-11", "overdue"],
    [
      "Ireland: further feedback given 5 Apr, next by 5 Jul",
      { ...IE_FURTHER, lastFeedbackOn: "2027-04-05" },
      LEADS,
      "2027-04-11",
      null,
    ],
    [
      "Ireland: feedback given, never asked for more",
      { ...IE_FURTHER, furtherFeedbackRequestedOn: null },
      LEADS,
      "2027-04-11",
      null,
    ],
    [
      "Germany: the same request tracks nothing (no such right)",
      { ...IE_FURTHER, jurisdiction: "DE" },
      LEADS,
      "2027-04-11",
      null,
    ],
    // GDPR Art. 14(3)(a): a person concerned recorded and not informed: inform within one month of
    // receipt (27 Nov 2026 -> 27 Dec 2026), whatever the jurisdiction, before the Art. 9(1)(f) feedback.
    ["person concerned: inform by 27 Dec, 15 days ahead, lead 14", INFORM, LEADS, "2026-12-12", null],
    ["person concerned: inform by 27 Dec, 14 days ahead", INFORM, LEADS, "2026-12-13", "due-soon"],
    ["person concerned: not informed by 27 Dec", INFORM, LEADS, "2026-12-28", "overdue"],
    [
      "person concerned in Ireland: the same month",
      { ...INFORM, jurisdiction: "IE" },
      LEADS,
      "2026-12-28",
      "overdue",
    ],
    [
      "person concerned in France: the same month",
      { ...INFORM, jurisdiction: "FR" },
      LEADS,
      "2026-12-28",
      "overdue",
    ],
    ["persons concerned informed or deferred: feedback next", ACKED, LEADS, "2026-12-28", null],
    [
      "person concerned, acknowledgement due first",
      { concernedToInform: true },
      LEADS,
      "2026-12-05",
      "overdue",
    ],
    [
      "no meeting period in the Directive itself",
      { ...FR_MEETING, jurisdiction: "EU" },
      LEADS,
      "2027-01-20",
      null,
    ],
  ] as const)("%s", (_, over, leads, today, expected) => {
    expect(attentionOf(kase(over), leads, today)).toBe(expected);
  });

  it("ignores the acknowledgement lead once acknowledged", () => {
    expect(
      attentionOf(kase(ACKED), { ...LEADS, reminderAckDays: 7, reminderFeedbackDays: 0 }, "2026-12-04"),
    ).toBeNull();
  });
});

describe("planReminders", () => {
  it("gives each holder one reminder with counts of due-soon and overdue cases", () => {
    const cases = [
      kase({ id: "a", holders: ["bob", "alice"] }), // overdue on 5 Dec
      kase({ id: "b", receivedOn: "2026-11-30", holders: ["alice"] }), // acknowledge by 7 Dec: due soon
      kase({ id: "c", receivedOn: "2026-12-04", holders: ["alice", "carol"] }), // by 11 Dec: not yet
    ];
    const plan = planReminders(cases, LEADS, "2026-12-05");
    expect(plan).toEqual({
      day: "2026-12-05",
      reminders: [
        { personId: "alice", dueSoon: 1, overdue: 1, dedupeKey: "reminder:2026-12-05:alice" },
        { personId: "bob", dueSoon: 0, overdue: 1, dedupeKey: "reminder:2026-12-05:bob" },
      ],
      unreadable: [],
    });
  });

  it("counts a case once for a person listed twice", () => {
    const plan = planReminders([kase({ holders: ["alice", "alice"] })], LEADS, "2026-12-05");
    expect(plan.reminders).toEqual([
      { personId: "alice", dueSoon: 0, overdue: 1, dedupeKey: "reminder:2026-12-05:alice" },
    ]);
  });

  it("plans nothing when no case needs attention, and nothing for a case nobody holds", () => {
    expect(planReminders([kase()], LEADS, "2026-11-28").reminders).toEqual([]);
    expect(planReminders([kase({ holders: [] })], LEADS, "2026-12-05").reminders).toEqual([]);
    expect(planReminders([], LEADS, "2026-12-05").reminders).toEqual([]);
  });

  it("keys one reminder per person per day", () => {
    const day1 = planReminders([kase()], LEADS, "2026-12-05").reminders[0]?.dedupeKey;
    const again = planReminders([kase(), kase({ id: "other" })], LEADS, "2026-12-05").reminders[0]?.dedupeKey;
    const day2 = planReminders([kase()], LEADS, "2026-12-06").reminders[0]?.dedupeKey;
    expect(again).toBe(day1);
    expect(day2).not.toBe(day1);
  });

  it("carries counts only: no case id, date or jurisdiction in a reminder", () => {
    const plan = planReminders([kase({ id: "secretcaseid", jurisdiction: "DE" })], LEADS, "2026-12-05");
    for (const r of plan.reminders) {
      expect(Object.keys(r).sort()).toEqual(["dedupeKey", "dueSoon", "overdue", "personId"]);
      expect(JSON.stringify(r)).not.toMatch(/secretcaseid|2026-11-27|2026-12-04|DE/);
    }
  });

  it("reports a case the rule engine rejects and still plans the others", () => {
    const plan = planReminders(
      [
        kase({ id: "broken", receivedOn: "2026-13-01" }),
        kase({ id: "unknown", jurisdiction: "XX" }),
        kase({ id: "fine" }),
      ],
      LEADS,
      "2026-12-05",
    );
    expect(plan.unreadable).toEqual(["broken", "unknown"]);
    expect(plan.reminders).toEqual([
      { personId: "alice", dueSoon: 0, overdue: 1, dedupeKey: "reminder:2026-12-05:alice" },
    ]);
  });
});
