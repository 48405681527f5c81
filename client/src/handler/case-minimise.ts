/**
 * Art. 17 minimisation in the case view: a handler removes a whole entry or a file that is not needed
 * (or, in Spain, proved untrue or out of scope: Ley 2/2023 art. 32). This browser, which decrypted and
 * verified the thread, computes the removed entry's hash and signs the `minimisation` statement
 * (crypto/SPEC.md "Minimisation (Art. 17)"); the server then empties the entry or deletes the file.
 */
import {
  decryptJson,
  entryHash,
  fromBase64,
  MINIMISATION_REASONS,
  type MinimisationContent,
  type SignedEntry,
} from "../../../crypto/index";
import { t } from "../i18n";
import { ApiError } from "../lib/api";
import { formatDay, formatInstant } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import { sealThreadEntry, type ThreadItem, type ThreadWriter } from "../lib/signed-thread";
import type { CaseView } from "../lib/types";
import type { Ctx } from "./context";
import { button, checkbox, errorLine, explain, field, section } from "./ui";

/** What can be removed: a verified entry after the report, or a stored file. */
interface Target {
  value: string;
  label: string;
  removal: (reason: string) => Promise<{ body: Record<string, unknown>; content: MinimisationContent }>;
}

/** The verified entries after the report, each with the hash the statement names. */
function entryTargets(items: ThreadItem[], identity: string): Target[] {
  return items
    .filter((i) => !i.unverified && !i.removed && !i.minimisation && i.entry.kind !== "report")
    .flatMap((i): Target[] => {
      const place = i.entry.threadSeq;
      if (typeof place !== "number" || place < 2) return [];
      const when = i.entry.at ? formatInstant(i.entry.at) : formatDay(i.entry.on);
      const label = t.minimise.entryOption(
        place,
        t.kind[i.entry.kind] ?? i.entry.kind,
        t.author[i.entry.author],
        when,
      );
      return [
        {
          value: `entry:${place}`,
          label,
          removal: async (reason) => {
            // The same ciphertext this page verified: its hash is what the next entry names as `prev`.
            const signed = await decryptJson<SignedEntry>([identity], fromBase64(i.entry.ciphertext));
            const content = { v: 1, remove: "entry", seq: place, hash: entryHash(signed), reason };
            return { body: { entry: place, reason }, content: content as MinimisationContent };
          },
        },
      ];
    });
}

async function fileTargets(ctx: Ctx, c: CaseView, identity: string): Promise<Target[]> {
  const listed = await ctx
    .call<{ attachments: { id: string; meta: string }[] }>(
      "GET",
      `/api/cases/${encodeURIComponent(c.id)}/attachments`,
    )
    .catch(() => ({ attachments: [] }));
  return Promise.all(
    listed.attachments.map(async (a): Promise<Target> => {
      const meta = await decryptJson<{ name?: unknown }>([identity], fromBase64(a.meta)).catch(() => null);
      const name = typeof meta?.name === "string" ? meta.name : null;
      return {
        value: `attachment:${a.id}`,
        label: name === null ? t.minimise.unnamedFile : t.minimise.fileOption(name),
        removal: async (reason) => {
          const content = { v: 1, remove: "attachment", attachment: a.id, reason };
          return { body: { attachment: a.id, reason }, content: content as MinimisationContent };
        },
      };
    }),
  );
}

/** The panel: what to remove, the reason category, a confirmation, and the button. */
export async function minimisePanel(
  ctx: Ctx,
  c: CaseView,
  writer: ThreadWriter,
  items: ThreadItem[],
): Promise<HTMLElement> {
  const intro = h("p", { class: "hint" }, t.minimise.intro);
  if (c.legalHold)
    return section("case-minimise", t.minimise.title, intro, h("p", { class: "box warn" }, t.minimise.held));
  const targets = [
    ...entryTargets(items, writer.open.identity),
    ...(await fileTargets(ctx, c, writer.open.identity)),
  ];
  if (targets.length === 0)
    return section("case-minimise", t.minimise.title, intro, h("p", {}, t.minimise.nothing));
  const error = errorLine("case-minimise-error");
  const what = h("select", { id: "case-minimise-target", "data-testid": "case-minimise-target" });
  for (const target of targets) append(what, h("option", { value: target.value }, target.label));
  const reason = h("select", { id: "case-minimise-reason", "data-testid": "case-minimise-reason" });
  for (const r of MINIMISATION_REASONS) append(reason, h("option", { value: r }, t.minimised.reasons[r]));
  const [confirmRow, confirmed] = checkbox("case-minimise-confirm", t.minimise.confirm);
  const submit = button(t.minimise.submit, "case-minimise-submit", true);
  const controls = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.minimise.title),
    field("case-minimise-target", t.minimise.target, what),
    field("case-minimise-reason", t.minimise.reason, reason),
    confirmRow,
    submit,
  );
  const path = `/api/cases/${encodeURIComponent(c.id)}/minimise`;
  const send = async (target: Target) => {
    const { body, content } = await target.removal(reason.value);
    const sealed = await sealThreadEntry(
      writer.open,
      writer.caseId,
      writer.signer,
      writer.thread.head,
      "minimisation",
      content,
    );
    return ctx.call("POST", path, { ...body, message: sealed.message, seq: sealed.seq });
  };
  submit.addEventListener("click", async () => {
    say(error, "");
    const target = targets.find((x) => x.value === what.value);
    if (!target) return;
    if (!confirmed.checked) return say(error, t.minimise.confirmFirst);
    controls.disabled = true;
    try {
      try {
        await send(target);
      } catch (e) {
        // Someone wrote meanwhile: sign again after the thread as it is now (nothing was removed).
        if (!(e instanceof ApiError && e.code === "thread_moved") || !writer.refresh) throw e;
        writer.thread = await writer.refresh();
        await send(target);
      }
      ctx.showCase(c.id, t.minimise.done);
    } catch (e) {
      say(error, explain(e));
      controls.disabled = false;
    }
  });
  return section("case-minimise", t.minimise.title, intro, controls, error);
}
