/**
 * The admin view: enrolment links, people and roles, routing channels, organisation settings and the
 * audit log. Admin rights give no case key: nothing here decrypts anything.
 */

import { t } from "../i18n";
import { formatInstant } from "../lib/dates";
import { append, h, say } from "../lib/dom";
import type { AdminPerson, Channel, MembersChanged, NewEnrolmentLink } from "../lib/types";
import { auditSection } from "./admin-audit";
import { backupSection } from "./admin-backup";
import { channelRulesSection } from "./admin-channel-rules";
import { noticeSection, transparencySection } from "./admin-notice";
import { pendingNotice, pendingSection } from "./admin-pending";
import { peopleSection } from "./admin-people";
import { questionsEditor } from "./admin-questions";
import { releaseSection } from "./admin-release";
import { settingsSection } from "./admin-settings";
import { type Ctx, mount } from "./context";
import { button, checkbox, errorLine, explain, field, input, section, statusLine } from "./ui";

const ROLES = ["handler", "custodian", "admin"] as const;

function enrolSection(ctx: Ctx, channels: Channel[]): HTMLElement {
  const roleBoxes = ROLES.map((r) =>
    checkbox(`admin-enrol-role-${r}`, t.roles[r] ?? r, {
      "data-testid": "admin-enrol-role",
      "data-role": r,
      checked: r === "handler",
    }),
  );
  const channelBoxes = channels.map((c) =>
    checkbox(`admin-enrol-channel-${c.id}`, c.name, {
      "data-testid": "admin-enrol-channel",
      "data-channel-id": c.id,
    }),
  );
  const submit = button(t.admin.enrolCreate, "admin-enrol-submit", true);
  const result = h("div", { "aria-live": "polite" });
  const error = errorLine("admin-enrol-error");
  const controls = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.admin.enrolTitle),
    h("fieldset", { class: "group checks" }, h("legend", {}, t.admin.roles), ...roleBoxes.map(([el]) => el)),
    channels.length
      ? h(
          "fieldset",
          { class: "group checks" },
          h("legend", {}, t.admin.enrolChannels),
          h("p", { class: "hint" }, t.admin.enrolChannelsHint),
          ...channelBoxes.map(([el]) => el),
        )
      : null,
    submit,
  );
  submit.addEventListener("click", async () => {
    say(error, "");
    const roles = roleBoxes.filter(([, b]) => b.checked).map(([, b]) => b.dataset.role ?? "");
    const channelIds = channelBoxes.filter(([, b]) => b.checked).map(([, b]) => b.dataset.channelId ?? "");
    if (!roles.length) return say(error, t.admin.rolesMissing);
    controls.disabled = true;
    try {
      const { link, expiresAt, pending } = await ctx.call<NewEnrolmentLink>("POST", "/api/admin/enrolments", {
        roles,
        channelIds,
      });
      // Shown once: the server keeps only a hash of the code.
      const linkEl = h("p", { class: "url", "data-testid": "admin-enrol-link" }, link);
      const copy = button(t.report.copy, "admin-enrol-copy");
      const copied = statusLine("admin-enrol-copied");
      copy.addEventListener("click", async () => {
        try {
          await navigator.clipboard.writeText(link);
          say(copied, t.report.copied);
        } catch {
          const range = document.createRange();
          range.selectNodeContents(linkEl);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
          say(copied, t.admin.copyManually);
        }
      });
      result.replaceChildren(
        h(
          "div",
          { class: "box" },
          h("p", {}, t.admin.enrolLinkIntro(formatInstant(expiresAt))),
          pending
            ? h("p", { class: "hint", "data-testid": "admin-enrol-waiting" }, t.approvals.linkWaiting)
            : null,
          linkEl,
          h("div", { class: "actions" }, copy),
          copied,
        ),
      );
    } catch (e) {
      say(error, explain(e));
    } finally {
      controls.disabled = false;
    }
  });
  return section("admin-enrol", t.admin.enrolTitle, h("p", {}, t.admin.enrolIntro), controls, error, result);
}

function channelsSection(ctx: Ctx, channels: Channel[], persons: AdminPerson[]): HTMLElement {
  const error = errorLine("admin-channels-error");
  const list = h("div");
  const receivers = persons.filter((p) => p.roles.includes("handler") || p.roles.includes("custodian"));
  for (const c of channels) {
    const boxes = receivers.map((p) =>
      checkbox(`admin-channel-${c.id}-${p.id}`, p.displayName, {
        "data-testid": "admin-channel-member",
        "data-person-id": p.id,
        checked: c.members.includes(p.id),
      }),
    );
    const save = button(t.admin.membersSave, "admin-channel-save");
    const group = h(
      "fieldset",
      { class: "group checks", "data-testid": "admin-channel", "data-channel-id": c.id },
      h("legend", {}, c.name),
      ...boxes.map(([el]) => el),
      save,
      questionsEditor(ctx, c),
    );
    save.addEventListener("click", async () => {
      say(error, "");
      group.disabled = true;
      try {
        const personIds = boxes.filter(([, b]) => b.checked).map(([, b]) => b.dataset.personId ?? "");
        const answer = await ctx.call<MembersChanged>(
          "PUT",
          `/api/admin/channels/${encodeURIComponent(c.id)}/members`,
          { personIds },
        );
        ctx.showAdmin(pendingNotice(answer, t.admin.membersSaved(c.name)));
      } catch (e) {
        say(error, explain(e));
        group.disabled = false;
      }
    });
    append(list, group);
  }
  const name = input("admin-channel-name", { maxlength: 60 });
  const create = button(t.admin.channelCreate, "admin-channel-create");
  const form = h(
    "fieldset",
    { class: "plain" },
    h("legend", { class: "visually-hidden" }, t.admin.channelCreate),
    field("admin-channel-name", t.admin.channelName, name, t.admin.channelNameHint),
    create,
  );
  create.addEventListener("click", async () => {
    say(error, "");
    const value = name.value.trim();
    if (!value) return say(error, t.admin.channelNameMissing);
    form.disabled = true;
    try {
      await ctx.call("POST", "/api/admin/channels", { name: value });
      ctx.showAdmin(t.admin.channelCreated(value));
    } catch (e) {
      say(error, explain(e));
      form.disabled = false;
    }
  });
  return section(
    "admin-channels",
    t.admin.channelsTitle,
    h("p", {}, t.admin.channelsIntro),
    list,
    form,
    error,
  );
}

/** The admin console's sections, each at its own address (`handler.html#/admin/<section>`). */
export const ADMIN_SECTIONS = ["people", "channels", "settings", "notice", "transparency", "audit"] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

/** The section an address names, or null when it names none. */
export function adminSectionOf(hash: string): AdminSection | null {
  const m = /^#\/admin\/([a-z]+)$/.exec(hash);
  return ADMIN_SECTIONS.find((s) => s === m?.[1]) ?? null;
}

/** The address of a section; following the link is what moves between sections (back and forward too). */
export const adminAddress = (section: AdminSection): string => `#/admin/${section}`;

function sectionNav(current: AdminSection): HTMLElement {
  return h(
    "nav",
    { class: "admin-nav", "aria-label": t.admin.sectionsLabel, "data-testid": "admin-nav" },
    h(
      "ul",
      {},
      ...ADMIN_SECTIONS.map((s) =>
        h(
          "li",
          {},
          h(
            "a",
            {
              href: adminAddress(s),
              "data-testid": `admin-nav-${s}`,
              "aria-current": s === current ? "page" : undefined,
            },
            t.admin.sections[s],
          ),
        ),
      ),
    ),
  );
}

async function sectionNodes(ctx: Ctx, section: AdminSection): Promise<HTMLElement[]> {
  switch (section) {
    case "people":
    case "channels": {
      const [{ persons }, { channels }] = await Promise.all([
        ctx.call<{ persons: AdminPerson[] }>("GET", "/api/admin/persons"),
        ctx.call<{ channels: Channel[] }>("GET", "/api/admin/channels"),
      ]);
      return section === "people"
        ? [
            await pendingSection(ctx, persons, channels),
            enrolSection(ctx, channels),
            peopleSection(ctx, persons, channels),
          ]
        : [channelsSection(ctx, channels, persons), await channelRulesSection(ctx)];
    }
    case "settings":
      return Promise.all([settingsSection(ctx), backupSection(ctx), releaseSection(ctx)]);
    case "notice":
      return [await noticeSection(ctx)];
    case "transparency":
      return [transparencySection(ctx)];
    case "audit": {
      const { persons } = await ctx.call<{ persons: AdminPerson[] }>("GET", "/api/admin/persons");
      return [await auditSection(ctx, persons)];
    }
  }
}

/** One section of the console, with the list of all sections before it. */
export async function renderAdmin(ctx: Ctx, notice = "", section: AdminSection = "people"): Promise<void> {
  const nodes = await sectionNodes(ctx, section);
  // The address moved on while this section loaded (a quick click, back): the newer section shows.
  if (adminSectionOf(location.hash) !== section) return;
  mount(
    ctx.app,
    h("h2", { tabindex: "-1" }, `${t.admin.title}: ${t.admin.sections[section]}`),
    sectionNav(section),
    h("p", { class: "status", role: "status", "aria-live": "polite", "data-testid": "admin-status" }, notice),
    h("div", { "data-testid": "admin-view", "data-section": section }, ...nodes),
  );
}
