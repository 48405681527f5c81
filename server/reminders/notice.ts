/**
 * Reminds admins that the annual notice is due (from 11 months after the last issue) or overdue.
 * Like every reminder mail it holds no content: just the state and a link to the admin view. The
 * outbox forgets sent mail after 7 days, so an unissued notice is re-announced weekly.
 */
import { desc, isNull } from "drizzle-orm";
import type { Database } from "../../db/index";
import { randomId } from "../../db/queries/ids";
import { rolesOf } from "../../db/queries/persons";
import { enqueueMail } from "../../db/queries/reminders";
import { noticeIssuances, persons } from "../../db/schema";
import { noticeStatus } from "../notice/index";

export async function queueNoticeReminders(
  database: Database,
  today: string,
  now: Date,
  publicUrl?: string,
): Promise<number> {
  const issuances = await database.db
    .select({ issuedOn: noticeIssuances.issuedOn })
    .from(noticeIssuances)
    .orderBy(desc(noticeIssuances.issuedOn));
  const status = noticeStatus(issuances, today);
  if (status.state !== "reminder" && status.state !== "overdue") return 0;
  const admins = (await database.db.select().from(persons).where(isNull(persons.removedAt))).filter(
    (p) => p.notifyEmail && rolesOf(p).includes("admin"),
  );
  const link = `${publicUrl ?? ""}/handler.html`;
  const subject =
    status.state === "overdue"
      ? "The annual whistleblowing notice is overdue"
      : "The annual whistleblowing notice is due soon";
  const text = [
    status.state === "overdue"
      ? `The annual notice to workers was due on ${status.dueOn}. Issue it and record the issue.`
      : `The annual notice to workers is due by ${status.dueOn}. Issue it and record the issue.`,
    "",
    `Open the admin view: ${link}`,
  ].join("\n");
  let queued = 0;
  for (const a of admins) {
    const added = await enqueueMail(database, {
      id: randomId(),
      to: a.notifyEmail!,
      subject,
      body: text,
      createdAt: now.toISOString(),
      dedupeKey: `notice:${status.dueOn}:${status.state}:${a.id}`,
    });
    if (added) queued++;
  }
  return queued;
}
