import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  type DeadlineInput,
  DirectiveError,
  type DirectiveErrorCode,
  deadlines,
  JURISDICTIONS,
  profileOf,
} from "../../../server/directive/index";
import { codeOfError } from "../../helpers";

const codeOf = codeOfError(DirectiveError);

const base: DeadlineInput = { jurisdiction: "EU", channel: "internal", receivedOn: "2026-01-24" };

describe("DirectiveError codes", () => {
  it.each<{ code: DirectiveErrorCode; input: Partial<DeadlineInput> | Record<string, unknown> }>([
    { code: "acknowledged-before-received", input: { acknowledgedOn: "2026-01-23" } },
    { code: "closed-before-received", input: { closedOn: "2025-12-31" } },
    { code: "outcome-before-received", input: { outcomeCommunicatedOn: "2026-01-01" } },
    { code: "meeting-before-received", input: { jurisdiction: "FR", meetingRequestedOn: "2026-01-20" } },
    {
      code: "investigation-before-received",
      input: { jurisdiction: "ES", investigationStartedOn: "2026-01-01" },
    },
    { code: "unknown-jurisdiction", input: { jurisdiction: "AT" } },
    { code: "unknown-jurisdiction", input: { jurisdiction: "UK" } },
    { code: "bad-channel", input: { channel: "whatsapp" } },
    { code: "extension-without-justification", input: { channel: "external", extended: true } },
    { code: "extension-not-allowed", input: { extended: true, extensionJustification: "busy" } },
    { code: "bad-date", input: { receivedOn: "2026-02-30" } },
    { code: "bad-date", input: { receivedOn: "24/01/2026" } },
    { code: "bad-date", input: { acknowledgedOn: "2026-1-25" } },
    { code: "bad-date", input: { closedOn: "2026-06-31" } },
    { code: "bad-number", input: { closedOn: "2026-06-30", retentionYears: 2.5 } },
  ])("$code for $input", ({ code, input }) => {
    expect(codeOf(() => deadlines({ ...base, ...input } as DeadlineInput))).toBe(code);
  });

  it("accepts events on the day of receipt", () => {
    const sameDay = "2026-01-24";
    expect(() =>
      deadlines({
        ...base,
        jurisdiction: "ES",
        acknowledgedOn: sameDay,
        closedOn: sameDay,
        outcomeCommunicatedOn: sameDay,
        meetingRequestedOn: sameDay,
        investigationStartedOn: sameDay,
      }),
    ).not.toThrow();
  });

  it("has a terse message naming the field, not its content", () => {
    try {
      deadlines({ ...base, acknowledgedOn: "2026-01-01" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DirectiveError);
      expect((e as Error).name).toBe("DirectiveError");
      expect((e as Error).message).toBe("acknowledgedOn before receivedOn");
    }
  });
});

/** A report drawn from every jurisdiction, channel and combination of optional facts, 2000–2099. */
const anyReport = fc
  .record({
    jurisdiction: fc.constantFrom(...JURISDICTIONS),
    channel: fc.constantFrom("internal" as const, "external" as const),
    received: fc.integer({ min: 0, max: 36000 }),
    ackAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    closedAfter: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    outcomeAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    meetingAfter: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    investigationAfter: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
    extended: fc.boolean(),
    retentionYears: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  })
  .map((r): DeadlineInput => {
    const receivedOn = addDays("2000-01-01", r.received);
    const after = (n: number | undefined) => (n === undefined ? undefined : addDays(receivedOn, n));
    const input: DeadlineInput = { jurisdiction: r.jurisdiction, channel: r.channel, receivedOn };
    const optional = {
      acknowledgedOn: after(r.ackAfter),
      closedOn: after(r.closedAfter),
      outcomeCommunicatedOn: after(r.outcomeAfter),
      meetingRequestedOn: after(r.meetingAfter),
      investigationStartedOn: after(r.investigationAfter),
      retentionYears: r.retentionYears,
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) Object.assign(input, { [key]: value });
    }
    if (r.extended && profileOf(r.jurisdiction)[r.channel].feedback.extension) {
      Object.assign(input, { extended: true, extensionJustification: "reasons recorded" });
    }
    return input;
  });

describe("properties over random reports", () => {
  it("acknowledgeBy is after receipt and feedbackBy after acknowledgeBy", () => {
    fc.assert(
      fc.property(anyReport, (input) => {
        const out = deadlines(input);
        expect(out.acknowledgeBy).not.toBeNull();
        expect(out.feedbackBy).not.toBeNull();
        expect(compareDates(out.acknowledgeBy!.date, input.receivedOn)).toBeGreaterThan(0);
        expect(compareDates(out.feedbackBy!.date, out.acknowledgeBy!.date)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("public disclosure never opens before the day after feedbackBy, and every other date follows its event", () => {
    fc.assert(
      fc.property(anyReport, (input) => {
        const out = deadlines(input);
        if (out.publicDisclosureFrom) {
          // A right takes the latest defensible date, a duty the earliest (doubt.ts).
          expect(
            compareDates(out.publicDisclosureFrom.date, addDays(out.feedbackBy!.date, 1)),
          ).toBeGreaterThanOrEqual(0);
        }
        if (out.meetingBy)
          expect(compareDates(out.meetingBy.date, input.meetingRequestedOn!)).toBeGreaterThan(0);
        if (out.deleteBy) expect(compareDates(out.deleteBy.date, input.receivedOn)).toBeGreaterThan(0);
        for (const d of Object.values(out)) if (d) expect(d.basis.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });

  it("an extension never shortens the feedback period", () => {
    fc.assert(
      fc.property(anyReport, (input) => {
        if (!input.extended) return;
        const plain = deadlines({ ...input, extended: false });
        expect(compareDates(deadlines(input).feedbackBy!.date, plain.feedbackBy!.date)).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same input gives the same output", () => {
    fc.assert(
      fc.property(anyReport, (input) => {
        expect(deadlines(structuredClone(input))).toEqual(deadlines(input));
      }),
      { numRuns: 100 },
    );
  });
});
