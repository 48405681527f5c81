/**
 * The backup recipient in the admin console: `GET /api/admin/backup` shows it with its fingerprint,
 * `PUT /api/admin/backup` sets it. Only a hybrid `age1pq1...` recipient is accepted; the private key
 * stays offline with the admins, so nobody who takes the server takes the backups' contents.
 * Mounted at /api/admin; every route names its own middleware.
 */
import { Hono } from "hono";
import * as v from "valibot";
import { withAudit } from "../../db/queries/audit";
import { getBackupSettings, setBackupRecipient } from "../../db/queries/backup";
import type { Env } from "../context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { json } from "../validate";
import { isBackupRecipient, recipientFingerprint } from "./recipient";

const Recipient = v.strictObject({
  recipient: v.pipe(
    v.string(),
    v.trim(),
    v.check(
      (r: string) => isBackupRecipient(r),
      "a hybrid post-quantum age recipient (age1pq1...) is required",
    ),
  ),
});

export function backupRoutes() {
  return new Hono<Env>()
    .get(
      "/backup",
      doc("The backup recipient and its fingerprint (admins)"),
      requireSession(),
      requireRole("admin"),
      async (c) => {
        const row = await getBackupSettings(c.var.deps.database);
        return c.json({
          recipient: row?.recipient ?? null,
          fingerprint: row ? recipientFingerprint(row.recipient) : null,
          setAt: row?.setAt ?? null,
        });
      },
    )
    .put(
      "/backup",
      doc("Set the backup recipient: a hybrid age1pq1 recipient of an offline key (admins), audited"),
      requireSession(),
      requireRole("admin"),
      json(Recipient),
      async (c) => {
        const { database, clock } = c.var.deps;
        const { recipient } = c.req.valid("json");
        const now = clock();
        const fingerprint = recipientFingerprint(recipient);
        await withAudit(
          database,
          { actor: c.var.person.id, action: "backup.recipient_set", detail: { fingerprint } },
          now,
          () => [setBackupRecipient(database, recipient, c.var.person.id, now)],
        );
        return c.json({ recipient, fingerprint, setAt: now.toISOString() });
      },
    );
}
