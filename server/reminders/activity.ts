/**
 * Content-free mail about new reporter activity: a new report, or the reporting person writing in
 * their inbox. It carries a count and where to sign in, nothing about any case. It goes out at the
 * scheduler's next run (every few minutes), so its time says no more than that run's.
 */

import type { Database } from "../../db/index";
import { markNotified, unnotifiedActivity } from "../../db/queries/activity";
import { randomId } from "../../db/queries/ids";
import { enqueueMail, notifyAddresses } from "../../db/queries/reminders";

/** Subject and plain text of one person's activity mail. */
export function activityMail(count: number, publicUrl?: string) {
  const cases = count === 1 ? "1 case" : `${count} cases`;
  const where = publicUrl
    ? `Sign in to see it:\n${publicUrl.replace(/\/$/, "")}/handler.html`
    : "Sign in to the handlers' page of the reporting channel to see it.";
  const text = [
    "Hello,",
    "",
    `There is new activity on ${cases} in the reporting channel.`,
    "",
    where,
    "",
    "This message deliberately says nothing about the cases themselves. It goes to the address you set",
    "in the channel; remove the address there to stop these messages.",
    "",
  ].join("\n");
  return { subject: "Reporting channel: new activity", text };
}

/** Queues one activity mail per person with news and an address; returns how many were queued. */
export async function queueActivityMails(database: Database, now: Date, publicUrl?: string): Promise<number> {
  const news = await unnotifiedActivity(database);
  if (news.length === 0) return 0;
  const addresses = await notifyAddresses(
    database,
    news.map((n) => n.personId),
  );
  let queued = 0;
  for (const n of news) {
    const to = addresses.get(n.personId);
    if (to) {
      const mail = activityMail(n.cases.length, publicUrl);
      if (
        await enqueueMail(database, {
          id: randomId(),
          to,
          subject: mail.subject,
          body: mail.text,
          createdAt: now.toISOString(),
          dedupeKey: `activity:${randomId()}`,
        })
      )
        queued++;
    }
    // Without an address nobody is told; marking it keeps the next runs from counting it again.
    await markNotified(database, n.personId, n.cases);
  }
  return queued;
}
