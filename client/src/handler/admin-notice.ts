/**
 * The admin's annual notice (profile, versions with approval, issuance log, when the next issue is due)
 * and the transparency report (preview, publish). Server: server/routes/notice.ts.
 */
import languageList from "../../../content/languages.json";
import { t } from "../i18n";
import { dayEl, formatInstant } from "../lib/dates";
import { h, say } from "../lib/dom";
import type { NoticeView, Profile, ProfileView } from "../lib/types";
import type { Ctx } from "./context";
import { button, errorLine, explain, field, input, section, statusLine } from "./ui";
import { clearFieldErrors, type FieldHelp, fieldErrorText } from "./validation";

/** The notice section's strings (the staff catalog is set before this module runs). */
const n = t.adminNotice;

const STATE: Record<string, string> = {
  "never-issued": n.stateNever,
  ok: n.stateOk,
  reminder: n.stateReminder,
  overdue: n.stateOverdue,
};

function statusBlock(v: NoticeView): HTMLElement {
  const s = v.status;
  return h(
    "dl",
    { class: "dates", "data-testid": "notice-status", "data-state": s.state },
    h("dt", {}, "Status"),
    h(
      "dd",
      {},
      h("strong", { class: s.state === "overdue" ? "badge overdue" : "badge" }, STATE[s.state] ?? s.state),
    ),
    h("dt", {}, n.lastIssued),
    h("dd", { "data-testid": "notice-last-issued" }, s.lastIssuedOn ? dayEl(s.lastIssuedOn) : "—"),
    h("dt", {}, n.dueOn),
    h("dd", { "data-testid": "notice-due-on" }, s.dueOn ? dayEl(s.dueOn) : "—"),
    h("dt", {}, n.remindFrom),
    h("dd", {}, s.remindFrom ?? "—"),
  );
}

/** Languages whose reporter catalog is still a machine draft (content/languages.json). */
const DRAFT = new Set(languageList.languages.filter((l) => l.status !== "reviewed").map((l) => l.code));

function profileForm(ctx: Ctx, profile: Profile, languages: readonly string[]): HTMLElement {
  const name = input("notice-name", { maxlength: 120, value: profile.name ?? "" });
  const countries = input("notice-countries", {
    value: (profile.countries ?? []).join(", "),
    spellcheck: "false",
  });
  const langBoxes = languages.map((l) =>
    h(
      "label",
      { class: "confirm" },
      h("input", {
        type: "checkbox",
        value: l,
        "data-testid": "notice-language",
        checked: (profile.languages ?? ["en"]).includes(l),
      }),
      ` ${l.toUpperCase()}`,
      DRAFT.has(l) ? h("small", { class: "hint" }, ` (${n.draftLanguage})`) : "",
    ),
  );
  // Warns as soon as a draft language is ticked, before anything is saved or published.
  const draftWarning = h("p", { class: "box warn", role: "status", "data-testid": "notice-draft-warning" });
  const showDraftWarning = (): void => {
    const drafts = langBoxes
      .map((l) => l.querySelector("input")!)
      .filter((b) => b.checked && DRAFT.has(b.value))
      .map((b) => b.value.toUpperCase());
    draftWarning.hidden = drafts.length === 0;
    draftWarning.textContent = drafts.length ? n.draftWarning(drafts.join(", ")) : "";
  };
  for (const l of langBoxes) l.querySelector("input")!.addEventListener("change", showDraftWarning);
  showDraftWarning();
  const channelUrl = input("notice-channel-url", {
    type: "url",
    value: profile.channelUrl ?? `${location.origin}/report.html`,
  });
  const policyUrl = input("notice-policy-url", { type: "url", value: profile.policyUrl ?? "" });
  const impName = input("notice-impartial-name", { value: profile.impartialFunction?.name ?? "" });
  const impContact = input("notice-impartial-contact", { value: profile.impartialFunction?.contact ?? "" });
  const oral = input("notice-oral", { value: profile.oralChannel ?? "" });
  const save = button(n.saveProfile, "notice-save-profile", true);
  const ok = statusLine("notice-profile-saved");
  const error = errorLine("notice-profile-error");
  const v = t.validation;
  const help: Record<string, FieldHelp> = {
    name: { control: name, label: n.name, fix: v.profileName },
    countries: { control: countries, label: n.countries, fix: v.profileCountries },
    languages: {
      control: langBoxes[0]?.querySelector("input") ?? countries,
      label: n.languages,
      fix: v.profileLanguages,
    },
    channelUrl: { control: channelUrl, label: n.channelUrl, fix: v.profileUrl },
    policyUrl: { control: policyUrl, label: n.policyUrl, fix: v.profileUrl },
    "impartialFunction.name": { control: impName, label: n.impartialName, fix: v.profileImpartialName },
    "impartialFunction.contact": {
      control: impContact,
      label: n.impartialContact,
      fix: v.profileImpartialContact,
    },
    oralChannel: { control: oral, label: n.oralChannel, fix: v.profileOral },
  };
  save.addEventListener("click", async () => {
    say(error, "");
    const body: Profile & { countries: string[]; languages: string[] } = {
      name: name.value.trim(),
      countries: countries.value
        .split(/[\s,;]+/)
        .map((c) => c.trim().toUpperCase())
        .filter(Boolean),
      languages: langBoxes
        .map((l) => l.querySelector("input")!)
        .filter((b) => b.checked)
        .map((b) => b.value),
      channelUrl: channelUrl.value.trim(),
      policyUrl: policyUrl.value.trim(),
      impartialFunction: { name: impName.value.trim(), contact: impContact.value.trim() },
    };
    if (oral.value.trim()) body.oralChannel = oral.value.trim();
    clearFieldErrors(help);
    try {
      await ctx.call("PUT", "/api/admin/profile", body);
      say(ok, n.profileSaved);
    } catch (e) {
      say(ok, "");
      say(error, fieldErrorText(e, help) ?? explain(e));
    }
  });
  return h(
    "div",
    {},
    h("h4", {}, n.profileTitle),
    field("notice-name", n.name, name),
    field("notice-countries", n.countries, countries),
    h("fieldset", { class: "group checks" }, h("legend", {}, n.languages), ...langBoxes, draftWarning),
    field("notice-channel-url", n.channelUrl, channelUrl),
    field("notice-policy-url", n.policyUrl, policyUrl),
    field("notice-impartial-name", n.impartialName, impName),
    field("notice-impartial-contact", n.impartialContact, impContact),
    field("notice-oral", n.oralChannel, oral),
    save,
    ok,
    error,
  );
}

/** The profile's languages whose catalogs are still machine drafts, as the warnings name them. */
function draftLanguages(profile: Profile): string[] {
  return (profile.languages ?? []).filter((l) => DRAFT.has(l)).map((l) => l.toUpperCase());
}

function versionsBlock(ctx: Ctx, v: NoticeView, drafts: readonly string[]): HTMLElement {
  const error = errorLine("notice-version-error");
  // Approving is what publishes a version: the warning stands next to the button, not only in the form.
  const draftWarning = drafts.length
    ? h(
        "p",
        { class: "box warn", role: "status", "data-testid": "notice-approve-draft-warning" },
        n.draftWarning(drafts.join(", ")),
      )
    : null;
  const make = button(n.newVersion, "notice-new-version");
  make.addEventListener("click", async () => {
    say(error, "");
    try {
      await ctx.call("POST", "/api/admin/notice/versions");
      ctx.showAdmin();
    } catch (e) {
      say(error, explain(e));
    }
  });
  const rows = v.versions.map((ver) => {
    const approve = button(n.approve, "notice-approve");
    approve.dataset.version = String(ver.version);
    approve.addEventListener("click", async () => {
      try {
        await ctx.call("POST", `/api/admin/notice/versions/${ver.version}/approve`);
        ctx.showAdmin();
      } catch (e) {
        say(error, explain(e));
      }
    });
    return h(
      "li",
      {
        "data-testid": "notice-version",
        "data-version": ver.version,
        "data-approved": ver.approvedAt ? "true" : "false",
      },
      `${n.version} ${ver.version} — `,
      ver.approvedAt ? n.approvedBy(ver.approvedBy ?? "?", formatInstant(ver.approvedAt)) : n.notApproved,
      ver.approvedAt ? null : approve,
    );
  });
  const links = h(
    "p",
    {},
    `${n.previewLinks} `,
    h("a", { href: "/notice", target: "_blank", rel: "noreferrer" }, n.pageLink),
    " · ",
    h("a", { href: "/notice/poster", target: "_blank", rel: "noreferrer" }, n.posterLink),
    " · ",
    h("a", { href: "/notice/snippet.html", target: "_blank", rel: "noreferrer" }, n.snippetLink),
    " · ",
    h("a", { href: "/notice.txt", target: "_blank", rel: "noreferrer" }, n.textLink),
  );
  const pending = v.versions.some((ver) => !ver.approvedAt);
  return h(
    "div",
    {},
    h("h4", {}, n.versionsTitle),
    pending ? draftWarning : null,
    h("ul", {}, ...rows),
    make,
    links,
    error,
  );
}

function issuanceBlock(ctx: Ctx, v: NoticeView): HTMLElement {
  const approved = v.versions.filter((x) => x.approvedAt);
  const issuedOn = input("notice-issued-on", { type: "date", value: v.today, max: v.today });
  const version = h(
    "select",
    { id: "notice-issue-version", "data-testid": "notice-issue-version" },
    ...approved.map((x) => h("option", { value: x.version }, `${n.version} ${x.version}`)),
  );
  const channel = input("notice-issue-channel", { maxlength: 100 });
  const audience = input("notice-issue-audience", { type: "number", min: 1, step: 1, inputmode: "numeric" });
  const record = button(n.record, "notice-issue-record", true);
  const error = errorLine("notice-issue-error");
  record.addEventListener("click", async () => {
    say(error, "");
    try {
      await ctx.call("POST", "/api/admin/notice/issuances", {
        issuedOn: issuedOn.value,
        version: Number(version.value),
        channel: channel.value.trim(),
        audienceSize: Number(audience.value),
      });
      ctx.showAdmin(n.recorded);
    } catch (e) {
      say(error, explain(e));
    }
  });
  const log = v.issuances.length
    ? h(
        "table",
        { "data-testid": "notice-log" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, n.issuedOn),
            h("th", {}, n.version),
            h("th", {}, n.channel),
            h("th", {}, n.audience),
          ),
        ),
        h(
          "tbody",
          {},
          ...v.issuances.map((i) =>
            h(
              "tr",
              { "data-testid": "notice-log-row" },
              h("td", {}, dayEl(i.issuedOn)),
              h("td", {}, String(i.version)),
              h("td", {}, i.channel),
              h("td", {}, String(i.audienceSize)),
            ),
          ),
        ),
      )
    : h("p", {}, n.logEmpty);
  return h(
    "div",
    {},
    h("h4", {}, n.issueTitle),
    approved.length
      ? h(
          "div",
          {},
          field("notice-issued-on", n.issuedOn, issuedOn),
          field("notice-issue-version", n.version, version),
          field("notice-issue-channel", n.channel, channel),
          field("notice-issue-audience", n.audience, audience),
          record,
        )
      : h("p", {}, n.notApproved),
    error,
    h("h4", {}, n.logTitle),
    log,
  );
}

export async function noticeSection(ctx: Ctx): Promise<HTMLElement> {
  const [view, { profile, languages }] = await Promise.all([
    ctx.call<NoticeView>("GET", "/api/admin/notice"),
    ctx.call<ProfileView>("GET", "/api/admin/profile"),
  ]);
  return section(
    "admin-notice",
    n.noticeTitle,
    h("p", {}, n.noticeIntro),
    statusBlock(view),
    profileForm(ctx, profile, languages),
    versionsBlock(ctx, view, draftLanguages(profile)),
    issuanceBlock(ctx, view),
  );
}

export function transparencySection(ctx: Ctx): HTMLElement {
  const year = new Date().getFullYear() - 1;
  const from = input("transparency-from", { type: "date", value: `${year}-01-01` });
  const to = input("transparency-to", { type: "date", value: `${year}-12-31` });
  // The preview is the public page itself, rendered by the server for this period and not published.
  const preview = h(
    "a",
    { target: "_blank", rel: "noreferrer", class: "button", "data-testid": "transparency-preview" },
    n.previewFigures,
  );
  const setPreview = (): void => {
    const q = new URLSearchParams({ from: from.value, to: to.value });
    preview.setAttribute("href", `/api/admin/transparency/preview.html?${q}`);
  };
  setPreview();
  from.addEventListener("change", setPreview);
  to.addEventListener("change", setPreview);
  const publish = button(n.publish, "transparency-publish", true);
  const ok = statusLine("transparency-published");
  const error = errorLine("transparency-error");
  const yes = button(n.publishYes, "transparency-publish-confirm", true);
  const no = button(n.publishNo, "transparency-publish-cancel");
  const question = h("p", { "data-testid": "transparency-publish-question" });
  const confirm = h(
    "div",
    { class: "box warn", role: "group", hidden: true },
    question,
    h("div", { class: "actions" }, yes, no),
  );
  publish.addEventListener("click", () => {
    say(error, "");
    say(ok, "");
    question.textContent = n.publishQuestion(from.value, to.value);
    confirm.hidden = false;
    yes.focus();
  });
  no.addEventListener("click", () => {
    confirm.hidden = true;
    publish.focus();
  });
  yes.addEventListener("click", async () => {
    confirm.hidden = true;
    try {
      await ctx.call("POST", "/api/admin/transparency", { from: from.value, to: to.value });
      say(ok, n.published);
    } catch (e) {
      say(error, explain(e));
    }
  });
  return section(
    "admin-transparency",
    n.transparencyTitle,
    h("p", {}, n.transparencyIntro),
    field("transparency-from", n.from, from),
    field("transparency-to", n.to, to),
    h("div", { class: "actions" }, preview, publish),
    confirm,
    ok,
    error,
    h("p", {}, h("a", { href: "/transparency", target: "_blank", rel: "noreferrer" }, n.publicLink)),
  );
}
