import { describe, expect, it } from "vitest";
import {
  acknowledge,
  CaseStateError,
  communicateOutcome,
  moveStatus,
  startFollowUp,
} from "../../../server/cases/state";
import { codeOfError } from "../../helpers";

const fresh = { status: "received", acknowledgedOn: null, feedbackOn: null, followUpOn: null };

const codeOf = codeOfError(CaseStateError);

describe("case state machine", () => {
  it("refuses a move the machine does not allow (bad-transition)", () => {
    expect(codeOf(() => moveStatus(fresh, "feedback_given", null, "2026-12-01"))).toBe("bad-transition");
    const followUp = { ...fresh, status: "in_follow_up", acknowledgedOn: "2026-11-28" };
    expect(codeOf(() => moveStatus(followUp, "received", null, "2026-12-01"))).toBe("bad-transition");
  });

  it("sends acknowledgement through its own verb, with a message", () => {
    expect(codeOf(() => moveStatus(fresh, "acknowledged", null, "2026-12-01"))).toBe("use-acknowledge");
  });

  it("needs an outcome to close, and forgets the closing day on reopening", () => {
    expect(codeOf(() => moveStatus(fresh, "closed", null, "2026-12-01"))).toBe("outcome-required");
    const closed = moveStatus(fresh, "closed", "no_action", "2026-12-01");
    expect(closed).toMatchObject({ status: "closed", outcome: "no_action", closedOn: "2026-12-01" });
    const reopened = moveStatus({ ...fresh, status: "closed" }, "in_follow_up", null, "2026-12-05");
    expect(reopened).toMatchObject({ status: "in_follow_up", closedOn: null, followUpOn: "2026-12-05" });
  });

  it("keeps the first acknowledgement day and refuses acknowledging a closed case", () => {
    expect(acknowledge(fresh, "2026-11-30")).toMatchObject({
      status: "acknowledged",
      acknowledgedOn: "2026-11-30",
    });
    const later = acknowledge(
      { ...fresh, status: "in_follow_up", acknowledgedOn: "2026-11-30" },
      "2026-12-09",
    );
    expect(later).toMatchObject({ status: "in_follow_up", acknowledgedOn: "2026-11-30" });
    expect(codeOf(() => acknowledge({ ...fresh, status: "closed" }, "2026-12-09"))).toBe("bad-transition");
  });

  it("dates feedback once, the first time it is given", () => {
    const ack = { ...fresh, status: "acknowledged", acknowledgedOn: "2026-11-30" };
    expect(moveStatus(ack, "feedback_given", null, "2027-01-10")).toMatchObject({ feedbackOn: "2027-01-10" });
    const again = moveStatus(
      { ...ack, status: "in_follow_up", feedbackOn: "2027-01-10" },
      "feedback_given",
      null,
      "2027-02-01",
    );
    expect(again.feedbackOn).toBeUndefined();
  });
});

describe("startFollowUp", () => {
  const open = { status: "acknowledged", acknowledgedOn: "2026-03-05", feedbackOn: null };

  it("records the day follow-up started without moving the status", () => {
    expect(startFollowUp({ ...open, followUpOn: null }, "2026-04-01")).toEqual({ followUpOn: "2026-04-01" });
  });

  it("keeps the first day when recorded again", () => {
    expect(startFollowUp({ ...open, followUpOn: "2026-04-01" }, "2026-05-01")).toEqual({
      followUpOn: "2026-04-01",
    });
  });

  it("refuses a closed case", () => {
    expect(() => startFollowUp({ ...open, status: "closed" }, "2026-05-01")).toThrow(CaseStateError);
  });
});

describe("communicateOutcome", () => {
  const acked = { status: "acknowledged", acknowledgedOn: "2026-03-23", feedbackOn: null };

  it("records the final outcome, which is also feedback", () => {
    expect(communicateOutcome(acked, "2026-09-15")).toEqual({
      outcomeCommunicatedOn: "2026-09-15",
      feedbackOn: "2026-09-15",
      status: "feedback_given",
    });
  });

  it("keeps the interim feedback day and the closed status", () => {
    expect(
      communicateOutcome({ ...acked, status: "closed", feedbackOn: "2026-04-10" }, "2026-09-15"),
    ).toEqual({ outcomeCommunicatedOn: "2026-09-15" });
  });

  it("refuses a report that was never acknowledged", () => {
    expect(() => communicateOutcome({ ...acked, acknowledgedOn: null }, "2026-09-15")).toThrow(
      CaseStateError,
    );
  });
});
