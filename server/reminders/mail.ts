/**
 * The text of a reminder mail. Mail leaves the encrypted channel in clear over servers nobody here
 * controls, so it says how many cases need attention and where to sign in: no case id or reference,
 * no category, no dates of a case, no words of a report, no token. The count is all it carries.
 */

/**
 * Subject and plain text of one person's reminder. `auditHead`, the newest audit entry's hash (not its seq, which would tell how busy the channel is),
 * puts a copy of the log's head off the server (THREAT-MODEL.md): a later rewrite of the log cannot
 * also rewrite every mailbox. A hash says nothing about any case.
 */
export function reminderMail(
  counts: { dueSoon: number; overdue: number },
  publicUrl?: string,
  auditHead?: { hash: string } | null,
) {
  const total = counts.dueSoon + counts.overdue;
  const cases =
    total === 1 ? "1 case in the reporting channel needs" : `${total} cases in the reporting channel need`;
  const late =
    counts.overdue === 0
      ? ""
      : counts.overdue === total
        ? total === 1
          ? " It is past a legal deadline."
          : " All of them are past a legal deadline."
        : ` ${counts.overdue} of them ${counts.overdue === 1 ? "is" : "are"} past a legal deadline.`;
  const where = publicUrl
    ? `Sign in to see them:\n${publicUrl.replace(/\/$/, "")}/handler.html`
    : "Sign in to the handlers' page of the reporting channel to see them.";
  const text = [
    "Hello,",
    "",
    `${cases} your attention.${late}`,
    "",
    where,
    "",
    "This message deliberately says nothing about the cases themselves. You get at most one a day, at",
    "the address you set in the channel; remove the address there to stop these messages.",
    "",
    ...(auditHead ? [`Keep for audits: the channel's audit log head is ${auditHead.hash}.`, ""] : []),
  ].join("\n");
  return { subject: "Reporting channel: cases need your attention", text };
}
