/**
 * The admin's side: enrolment links, people and their roles, routing channels, offboarding and the
 * audit log. An admin configures the channel but cannot read reports: admin rights give no case key.
 * With two or more admins, a change that lets someone new read reports waits for a second admin
 * (server/admin/approvals.ts), who approves with their passphrase key and second factor, like every
 * other sensitive change; the channel's handlers are then told who can newly read their reports.
 * Open enrolment links are listed without their codes, which are not stored; checking a link takes its
 * code in a POST body only, so no proxy log holds it. The register of reports (Art. 18) goes out as CSV
 * inside an age file for an X25519 recipient: deleted cases' anonymised rows and live cases alike, no
 * content, no case id; the export itself is audited with the recipient.
 */
import { Hono } from "hono";
import { checkedAudit } from "../../db/queries/audit";
import { channelsWithMembers, personsWithChannels } from "../../db/queries/persons";
import * as approvals from "../admin/approvals";
import { openEnrolmentLinks, revokeEnrolmentLink } from "../admin/enrolments";
import { changeRoles, createChannel, newEnrolmentLink, offboard, setMembers } from "../admin/people";
import { checkEnrolmentLink } from "../auth/enrolment";
import { requireProof } from "../auth/second-factor";
import type { Env } from "../context";
import { rateLimit } from "../middleware/rate-limit";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { exportRegister } from "../register";
import { Members, NewChannel, NewEnrolment, Roles } from "../shapes/admin";
import { Approve } from "../shapes/approvals";
import { EnrolmentCode } from "../shapes/enrolments";
import { Export } from "../shapes/register";
import { json } from "../validate";

export function adminRoutes() {
  return (
    new Hono<Env>()
      .use("*", requireSession(), requireRole("admin"))
      .post("/enrolments", doc("Create a one-time enrolment link"), json(NewEnrolment), async (c) =>
        c.json(await newEnrolmentLink(adminCtx(c), c.req.valid("json"), new URL(c.req.url).origin), 201),
      )
      .get("/persons", doc("People who run the channel"), async (c) =>
        c.json({ persons: await personsWithChannels(c.var.deps.database) }),
      )
      /** With two or more admins, a role that reads reports (or approves) waits for a second admin: 202. */
      .put(
        "/persons/:id/roles",
        doc("Change a person's roles (a new reader waits for a second admin)"),
        json(Roles),
        async (c) => {
          const changed = await changeRoles(adminCtx(c), c.req.param("id"), c.req.valid("json").roles);
          return changed.pending ? c.json(changed, 202) : c.json(changed, 200);
        },
      )
      /** Offboarding: wrapped keys and sessions go; nothing new is ever encrypted to them. */
      .delete("/persons/:id", doc("Offboard a person (refused while they alone hold a case)"), async (c) => {
        await offboard(adminCtx(c), c.req.param("id"));
        return c.body(null, 204);
      })
      .get("/channels", doc("Routing channels and their handlers"), async (c) =>
        c.json({ channels: await channelsWithMembers(c.var.deps.database) }),
      )
      .post("/channels", doc("Create a routing channel"), json(NewChannel), async (c) =>
        c.json(await createChannel(adminCtx(c), c.req.valid("json").name), 201),
      )
      /** Adding a member waits for a second admin once there are two or more (202); removing applies at once. */
      .put(
        "/channels/:id/members",
        doc("Set a channel's handlers (an added one waits for a second admin)"),
        json(Members),
        async (c) => {
          const changed = await setMembers(adminCtx(c), c.req.param("id"), c.req.valid("json").personIds);
          return changed.pending ? c.json(changed, 202) : c.json(changed, 200);
        },
      )
      .get("/audit", doc("The audit log with the result of checking its hash chain"), async (c) =>
        c.json(await checkedAudit(c.var.deps.database)),
      )
  );
}

/** `POST /enrolment/check`, public. */
export function enrolmentCheckRoutes() {
  return new Hono<Env>().post(
    "/enrolment/check",
    doc("What an enrolment link grants (roles, expiry); the code goes in the body, never the URL"),
    rateLimit("enrolment", 30, 15 * 60_000),
    json(EnrolmentCode),
    async (c) => c.json(await checkEnrolmentLink(c.var.deps.database, c.req.valid("json").code, c.var.now)),
  );
}

/** The open enrolment links, mounted at /api/admin. Revoking one ends it: nobody can use it any more. */
export function enrolmentAdminRoutes() {
  return new Hono<Env>()
    .use("/enrolments/*", requireSession(), requireRole("admin"))
    .get(
      "/enrolments",
      doc("Open enrolment links: roles, channels, who made them, when they expire (never the code)"),
      async (c) => c.json(await openEnrolmentLinks(adminCtx(c))),
    )
    .delete("/enrolments/:id", doc("Revoke an open enrolment link"), async (c) => {
      await revokeEnrolmentLink(adminCtx(c), c.req.param("id"));
      return c.body(null, 204);
    });
}

/** Changes waiting for a second admin, mounted at /api/admin. */
export function approvalRoutes() {
  return new Hono<Env>()
    .use("/pending/*", requireSession(), requireRole("admin"))
    .get(
      "/pending",
      doc("Changes waiting for a second admin: new readers, enrolment links, identity approval switched off"),
      async (c) => c.json(await approvals.pendingChanges(adminCtx(c))),
    )
    .post(
      "/pending/:id/approve",
      doc("A second admin approves a waiting change (passphrase key and second factor)"),
      json(Approve),
      async (c) => {
        const confirm = () => requireProof(c, c.req.valid("json").proof);
        return c.json(await approvals.approvePending(adminCtx(c), c.req.param("id"), confirm));
      },
    )
    .post("/pending/:id/reject", doc("Any admin rejects (or withdraws) a waiting change"), async (c) =>
      c.json(await approvals.rejectPending(adminCtx(c), c.req.param("id"))),
    );
}

/** The notices of a change that applied, mounted at /api/me. */
export function noticeMeRoutes() {
  return new Hono<Env>()
    .use("/notices/*", requireSession())
    .get(
      "/notices",
      doc("Notices for this person: who can newly read reports on their channels"),
      async (c) => c.json(await approvals.staffNotices(c.var.deps, c.var.person.id)),
    )
    .delete("/notices/:id", doc("Dismiss a notice"), async (c) => {
      await approvals.dismissStaffNotice(c.var.deps, c.var.person.id, c.req.param("id"));
      return c.body(null, 204);
    });
}

/** The register of reports, mounted at /api/admin; the route names its own guards. */
export function registerRoutes() {
  return new Hono<Env>().post(
    "/register/export",
    doc("The register of reports (Art. 18) as CSV inside an age file, anonymised, no content"),
    requireSession(),
    requireRole("admin"),
    json(Export),
    async (c) => {
      const { recipient } = c.req.valid("json");
      const file = await exportRegister(c.var.deps.database, c.var.person.id, recipient, c.var.now);
      return c.body(file as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/octet-stream",
        "content-disposition": 'attachment; filename="register.csv.age"',
      });
    },
  );
}
