/**
 * A case export as this browser makes it: the decrypted report and thread, re-encrypted to a plain age
 * X25519 recipient (for counsel or an authority; Debian's `age` opens it), after the export is recorded
 * in the audit log. The file carries the audit head this browser checked and signed, so a copy of the
 * head exists off the server: `npm run audit:verify` can later be held against it.
 */
import { exportForAge, utf8 } from "../../../crypto/index";
import { t } from "../i18n";
import type { OpenCase } from "../lib/case-crypto";
import { say } from "../lib/dom";
import type { ThreadItem } from "../lib/signed-thread";
import type { CaseView } from "../lib/types";
import { type CheckedHead, checkedAuditHead } from "./audit-checkpoint";
import type { Ctx } from "./context";
import { sealStaffText } from "./staff-text";
import { button, errorLine, explain, field, input, section, statusLine } from "./ui";

const X25519_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

/** What the export file holds, before encryption (`oc-case-export-1`). */
export interface CaseExport {
  version: "oc-case-export-1";
  caseId: string;
  ref: string;
  exportedAt: string;
  purpose: string;
  /** The newest audit entry when the export was recorded, as this browser checked it. */
  auditHead: CheckedHead | null;
  entries: { kind: string; at: string | null; report: unknown; text: string | null; error: string | null }[];
}

/** The export's plaintext: pure, from the decrypted entries. */
export function caseExport(
  c: Pick<CaseView, "id" | "ref">,
  items: readonly ThreadItem[],
  purpose: string,
  auditHead: CheckedHead | null,
  now: Date,
): CaseExport {
  return {
    version: "oc-case-export-1",
    caseId: c.id,
    ref: c.ref,
    exportedAt: now.toISOString(),
    purpose,
    auditHead,
    entries: items.map((i) => ({
      kind: i.entry.kind,
      at: i.entry.at ?? null,
      report: i.report,
      text: i.text,
      // An entry whose signature or place failed goes into the export without content, marked.
      error: i.unverified ? "unverified" : i.removed ? "removed" : i.error,
    })),
  };
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/octet-stream" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The export form of the case panel. */
export function exportPanel(
  ctx: Ctx,
  c: CaseView,
  items: readonly ThreadItem[],
  open: OpenCase,
): HTMLElement {
  const recipient = input("case-export-recipient", { maxlength: 80, autocomplete: "off", spellcheck: false });
  const purpose = input("case-export-purpose", { maxlength: 500 });
  const go = button(t.caseExport.submit, "case-export-submit");
  const status = statusLine("case-export-status");
  const error = errorLine("case-export-error");
  go.addEventListener("click", async () => {
    say(error, "");
    say(status, "");
    const to = recipient.value.trim();
    const why = purpose.value.trim();
    if (!X25519_RECIPIENT.test(to)) return say(error, t.caseExport.badRecipient);
    if (why.length < 5) return say(error, t.caseExport.purposeShort);
    go.disabled = true;
    try {
      await ctx.call("POST", `/api/cases/${encodeURIComponent(c.id)}/exports`, {
        recipient: to,
        // The purpose is encrypted to the case team; the audit log keeps its hash (issue 11).
        purpose: await sealStaffText(open, why),
      });
      // After the export is recorded: the head then names this very export.
      const head = await checkedAuditHead(ctx);
      const plain = caseExport(c, items, why, head, new Date());
      download(await exportForAge(to, utf8(JSON.stringify(plain, null, 2))), `case-${c.ref}.json.age`);
      say(status, head ? t.caseExport.done(head.hash) : t.caseExport.doneNoHead);
    } catch (e) {
      say(error, explain(e));
    } finally {
      go.disabled = false;
    }
  });
  return section(
    "case-export",
    t.caseExport.title,
    field("case-export-recipient", t.caseExport.recipient, recipient, t.caseExport.recipientHint),
    field("case-export-purpose", t.caseExport.purpose, purpose),
    go,
    status,
    error,
  );
}
