/**
 * The handlers' side of a case: triage, the case view, acknowledgement, messages and status.
 * A person sees a case only when a case key is wrapped to them; to everyone else it does not exist
 * (404, never 403). Every action is audited; no content ever is.
 */
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { type CaseRow, caseById, casesHeldBy, entriesOf, nextSeq } from "../../db/queries/cases";
import { randomId } from "../../db/queries/ids";
import { getSettings, type Settings } from "../../db/queries/settings";
import { cases, entries } from "../../db/schema";
import { caseDeadlines, nextDeadline } from "../cases/deadlines";
import { heldCase } from "../cases/held";
import { acknowledge, CaseStateError, moveStatus, OUTCOMES, STATUSES } from "../cases/state";
import type { Env } from "../context";
import { DirectiveError, todayIn } from "../directive";
import { AppError, badRequest } from "../errors";
import { requireRole, requireSession } from "../middleware/session";
import { b64, CONTENT, ciphertext, body as parseBody } from "../validate";

const Acknowledge = v.strictObject({ message: b64(6 << 20) });
const Message = v.strictObject({
  kind: v.picklist(["message", "request_info", "feedback"]),
  message: b64(6 << 20),
});
const Hold = v.strictObject({
  justification: v.pipe(v.string(), v.trim(), v.minLength(10), v.maxLength(2000)),
});
const Status = v.strictObject({
  status: v.picklist(STATUSES),
  outcome: v.optional(v.nullable(v.picklist(OUTCOMES)), null),
});

function triageRow(c: CaseRow, s: Settings, today: string) {
  const d = caseDeadlines(c, s.retentionYears);
  return {
    id: c.id,
    ref: c.id.slice(0, 8).toUpperCase(),
    status: c.status,
    outcome: c.outcome,
    channel: c.channelId,
    receivedOn: c.receivedOn,
    acknowledgedOn: c.acknowledgedOn,
    feedbackOn: c.feedbackOn,
    closedOn: c.closedOn,
    legalHold: Boolean(c.legalHold),
    deadlines: d,
    next: nextDeadline(c, d, today),
  };
}

/** Sorts open deadlines first, nearest first; cases with nothing due last. */
function byNearestDeadline(a: ReturnType<typeof triageRow>, b: ReturnType<typeof triageRow>): number {
  const da = a.next.date ?? "9999-12-31";
  const db = b.next.date ?? "9999-12-31";
  return da < db ? -1 : da > db ? 1 : a.receivedOn.localeCompare(b.receivedOn);
}

function stateError(e: unknown): never {
  if (e instanceof CaseStateError)
    throw new AppError(
      409,
      e.code.replace(/-/g, "_"),
      `${e.message[0]?.toUpperCase()}${e.message.slice(1)}.`,
    );
  throw e;
}

export function caseRoutes() {
  const app = new Hono<Env>();
  app.use("*", requireSession(), requireRole("handler", "custodian"));

  app.get("/", async (c) => {
    const { database, clock } = c.var.deps;
    const s = await getSettings(database);
    const today = todayIn(s.timeZone, clock());
    const rows = (await casesHeldBy(database, c.var.person.id))
      .map((k) => triageRow(k, s, today))
      .sort(byNearestDeadline);
    return c.json({ today, cases: rows });
  });

  app.get("/:id", async (c) => {
    const { database, clock } = c.var.deps;
    const { found, keys } = await heldCase(c);
    const s = await getSettings(database);
    const today = todayIn(s.timeZone, clock());
    const list = await entriesOf(database, found.id);
    const identityEntry = list.find((e) => e.kind === "identity");
    await withAudit(
      database,
      { actor: c.var.person.id, action: "case.opened", caseId: found.id },
      clock(),
      () => [],
    );
    return c.json({
      ...triageRow(found, s, today),
      caseRecipient: found.caseRecipient,
      myKey: keys.caseKey,
      // The section itself comes from /identity after a recorded reason (Art. 16), never with the case.
      identity: identityEntry ? { present: true, custodian: Boolean(keys.identityKey) } : null,
      entries: list
        .filter((e) => e.kind !== "identity")
        .map((e) => ({
          id: e.id,
          kind: e.kind,
          author: e.author,
          on: e.on,
          at: e.at,
          ciphertext: e.ciphertext,
        })),
    });
  });

  async function addEntry(
    c: Context<Env>,
    caseRow: CaseRow,
    kind: string,
    message: string,
    set: Partial<CaseRow>,
    action: string,
    detail: Record<string, unknown>,
  ) {
    const { database, clock } = c.var.deps;
    const s = await getSettings(database);
    const now = clock();
    const today = todayIn(s.timeZone, now);
    const entryId = randomId();
    for (let attempt = 0; ; attempt++) {
      const seq = await nextSeq(database, caseRow.id);
      try {
        await withAudit(database, { actor: c.var.person.id, action, caseId: caseRow.id, detail }, now, () => [
          database.db.insert(entries).values({
            id: entryId,
            caseId: caseRow.id,
            seq,
            kind,
            author: "handler",
            personId: c.var.person.id,
            on: today,
            at: now.toISOString(),
            ciphertext: message,
          }),
          ...(Object.keys(set).length
            ? [database.db.update(cases).set(set).where(eq(cases.id, caseRow.id))]
            : []),
        ]);
        break;
      } catch (e) {
        if (attempt >= 5 || !String((e as Error)?.message ?? "").includes("entries")) throw e;
      }
    }
    return { entryId, today, now };
  }

  app.post("/:id/acknowledge", async (c) => {
    const { found } = await heldCase(c);
    const input = await parseBody(c, Acknowledge);
    ciphertext(input.message, CONTENT, "message");
    const s = await getSettings(c.var.deps.database);
    const today = todayIn(s.timeZone, c.var.deps.clock());
    let t: ReturnType<typeof acknowledge>;
    try {
      t = acknowledge(found, today);
    } catch (e) {
      stateError(e);
    }
    await addEntry(
      c,
      found,
      "acknowledgement",
      input.message,
      { status: t.status, acknowledgedOn: t.acknowledgedOn },
      "case.acknowledged",
      { on: t.acknowledgedOn },
    );
    const updated = await caseById(c.var.deps.database, found.id);
    return c.json(triageRow(updated ?? found, s, today));
  });

  app.post("/:id/messages", async (c) => {
    const { found } = await heldCase(c);
    const input = await parseBody(c, Message);
    ciphertext(input.message, CONTENT, "message");
    if (found.status === "closed")
      throw new AppError(409, "case_closed", "The case is closed; reopen it first.");
    const s = await getSettings(c.var.deps.database);
    const today = todayIn(s.timeZone, c.var.deps.clock());
    const set: Partial<CaseRow> = {};
    if (input.kind === "feedback") {
      if (!found.acknowledgedOn)
        throw badRequest("not_acknowledged", "Acknowledge the report before giving feedback.");
      if (!found.feedbackOn) set.feedbackOn = today;
      set.status = "feedback_given";
    }
    const { entryId, now } = await addEntry(
      c,
      found,
      input.kind,
      input.message,
      set,
      `case.${input.kind}`,
      {},
    );
    return c.json(
      { entry: { id: entryId, kind: input.kind, author: "handler", on: today, at: now.toISOString() } },
      201,
    );
  });

  app.post("/:id/status", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(c, Status);
    const s = await getSettings(database);
    const now = clock();
    const today = todayIn(s.timeZone, now);
    let t: ReturnType<typeof moveStatus>;
    try {
      t = moveStatus(found, input.status, input.outcome ?? null, today);
    } catch (e) {
      stateError(e);
    }
    const set: Partial<CaseRow> = { status: t.status, outcome: t.outcome };
    if (t.feedbackOn) set.feedbackOn = t.feedbackOn;
    if (t.followUpOn) set.followUpOn = t.followUpOn;
    if (t.closedOn !== undefined) set.closedOn = t.closedOn;
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "case.status",
        caseId: found.id,
        detail: { from: found.status, to: t.status, outcome: t.outcome },
      },
      now,
      () => [database.db.update(cases).set(set).where(eq(cases.id, found.id))],
    );
    const updated = await caseById(database, found.id);
    return c.json(triageRow(updated ?? found, s, today));
  });

  /**
   * Exports happen in the handler's browser (decrypt, then re-encrypt to a plain X25519 age recipient
   * such as counsel's key, so the standard `age` tool opens the file); the server records that and to whom.
   */
  app.post("/:id/exports", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(
      c,
      v.strictObject({
        recipient: v.pipe(
          v.string(),
          v.regex(/^age1[02-9ac-hj-np-z]{58}$/, "an age X25519 recipient (age1...)"),
        ),
        purpose: v.pipe(v.string(), v.trim(), v.minLength(5), v.maxLength(500)),
      }),
    );
    await withAudit(
      database,
      { actor: c.var.person.id, action: "case.exported", caseId: found.id, detail: input },
      clock(),
      () => [],
    );
    return c.json({ ok: true }, 201);
  });

  /**
   * The only extensions that exist are the law's (external channels' 6 months, Art. 11(2)(d); Spain's
   * complex cases): the rule engine refuses any other, and the justification goes into the audit log.
   */
  app.post("/:id/extension", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(
      c,
      v.strictObject({ justification: v.pipe(v.string(), v.trim(), v.minLength(20), v.maxLength(4000)) }),
    );
    if (found.extended) throw new AppError(409, "already_extended", "The deadline is already extended.");
    const s = await getSettings(database);
    try {
      caseDeadlines({ ...found, extended: true }, s.retentionYears);
    } catch (e) {
      if (e instanceof DirectiveError)
        throw new AppError(409, e.code.replace(/-/g, "_"), "The law allows no extension of this deadline.");
      throw e;
    }
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "case.extended",
        caseId: found.id,
        detail: { justification: input.justification },
      },
      clock(),
      () => [database.db.update(cases).set({ extended: true }).where(eq(cases.id, found.id))],
    );
    const updated = await caseById(database, found.id);
    return c.json(triageRow(updated ?? found, s, todayIn(s.timeZone, clock())));
  });

  /** Art. 19-21: the handlers record that the reporting person reported retaliation (a count, no content). */
  app.post("/:id/retaliation", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(c, v.strictObject({ claim: v.boolean() }));
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "case.retaliation_claim",
        caseId: found.id,
        detail: { claim: input.claim },
      },
      clock(),
      () => [database.db.update(cases).set({ retaliationClaim: input.claim }).where(eq(cases.id, found.id))],
    );
    return c.json({ retaliationClaim: input.claim });
  });

  /** A legal hold stops retention deletion; it needs a written justification (LAW.md section 6). */
  app.post("/:id/legal-hold", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    const input = await parseBody(c, Hold);
    await withAudit(
      database,
      {
        actor: c.var.person.id,
        action: "case.legal_hold",
        caseId: found.id,
        detail: { justification: input.justification },
      },
      clock(),
      () => [database.db.update(cases).set({ legalHold: input.justification }).where(eq(cases.id, found.id))],
    );
    return c.json({ legalHold: true });
  });

  app.delete("/:id/legal-hold", async (c) => {
    const { database, clock } = c.var.deps;
    const { found } = await heldCase(c);
    await withAudit(
      database,
      { actor: c.var.person.id, action: "case.legal_hold_lifted", caseId: found.id },
      clock(),
      () => [database.db.update(cases).set({ legalHold: null }).where(eq(cases.id, found.id))],
    );
    return c.json({ legalHold: false });
  });

  return app;
}
