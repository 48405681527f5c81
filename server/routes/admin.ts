/**
 * The admin's side: enrolment links, people and their roles, routing channels, offboarding and the
 * audit log. An admin configures the channel but cannot read reports: admin rights give no case key.
 */
import { Hono } from "hono";
import { checkedAudit } from "../../db/queries/audit";
import { channelsWithMembers, personsWithChannels } from "../../db/queries/persons";
import { changeRoles, createChannel, newEnrolmentLink, offboard, setMembers } from "../admin/people";
import type { Env } from "../context";
import { adminCtx } from "../middleware/request-context";
import { requireRole, requireSession } from "../middleware/session";
import { doc } from "../openapi";
import { Members, NewChannel, NewEnrolment, Roles } from "../shapes/admin";
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
