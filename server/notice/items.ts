/**
 * The content of the annual notice to workers, as structured sections that the
 * HTML, poster, snippet and text renderers share. The sections cover every item
 * that shared/LAW.md section 9 lists: the internal channel (Directive (EU)
 * 2019/1937 Art. 9), external channels (Art. 9(1)(g), 10, 11) including the AI
 * Office's tool (AI Act Art. 87), non-retaliation (Art. 19, Code of Practice
 * Measure 8.3), conditions for protection (Art. 6, 15), confidentiality (Art.
 * 16-18), support (Art. 20) and who is covered (Art. 4).
 *
 * All text returned here is plain and unescaped; renderers escape it.
 */
import {
  type AuthorityDirectory,
  type AuthorityEntry,
  aiOfficeTool,
  countryName,
  entryLabel,
  euBodies,
  euOversight,
  localized,
  nationalChannels,
  supportBodies,
} from "./directory";
import { type MessageKey, message, resolveLanguage } from "./i18n";
import {
  acknowledgesInWorkingDays,
  EXTERNAL_FIRST_CONDITIONS,
  feedbackDays,
  feedbackFromReceipt,
} from "./national";
import { pinnedChannelUrl, withPin } from "./pin";
import { checkProfile, type OrgProfile } from "./profile";

/**
 * The closed set of notice items, in reading order. Each appears as exactly one
 * section; tests check that every renderer shows all of them.
 */
export const REQUIRED_NOTICE_ITEMS = [
  "what-can-be-reported",
  "internal-channel",
  "oral-and-meeting",
  "handler",
  "anonymous-inbox",
  "deadlines",
  "no-internal-first",
  "external-national",
  "external-eu",
  "non-retaliation",
  "retaliation-list",
  "report-retaliation",
  "protection-conditions",
  "public-disclosure",
  "confidentiality",
  "support",
  "who-is-covered",
  "protection-policy",
] as const;

/** One of `REQUIRED_NOTICE_ITEMS`. */
export type NoticeItemId = (typeof REQUIRED_NOTICE_ITEMS)[number];

/** A link to an authority or body, straight to its own site. */
export interface NoticeLink {
  label: string;
  href: string;
  /** What the body handles, in plain words. */
  detail?: string;
  /** Carried over from the directory: the entry still needs checking before a release. */
  verify?: boolean;
}

/** A piece of section content. Text is plain; https URLs inside it are shown as links. */
export type NoticeBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; style: "bullet" | "alpha"; items: string[] }
  | { kind: "links"; items: NoticeLink[] }
  | { kind: "subsection"; heading: string; blocks: NoticeBlock[] }
  | { kind: "qr"; href: string; label: string };

/** One item of the notice. */
export interface NoticeSection {
  id: NoticeItemId;
  heading: string;
  blocks: NoticeBlock[];
}

/** Letters (a)-(o) of Art. 19, in order. */
const ART_19 = "abcdefghijklmno".split("") as readonly string[];

const COVERED = [
  "worker",
  "selfEmployed",
  "shareholder",
  "volunteer",
  "contractor",
  "former",
  "applicant",
  "connected",
  "entities",
] as const;

function languageNames(codes: readonly string[], lang: string): string {
  return codes
    .map((code) => {
      try {
        return new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code;
      } catch {
        return code;
      }
    })
    .join(", ");
}

function entryLink(dir: AuthorityDirectory, entry: AuthorityEntry, lang: string): NoticeLink {
  const link: NoticeLink = {
    label: entryLabel(dir, entry, lang),
    href: entry.url,
    detail: localized(entry.scope, lang),
  };
  if (entry.verify) link.verify = true;
  return link;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * The notice for `profile` in `lang` (any tag; unknown languages fall back to
 * English), with external channels and support bodies from `directory` for
 * every country where the organisation has workers. Returns one section per
 * `REQUIRED_NOTICE_ITEMS` id, in that order. With the channel key's
 * `fingerprint`, links into the channel carry it as `#pin=` and the channel
 * section writes it out. Throws `NoticeError` for an invalid profile.
 */
/** The case inbox on the channel's site (the client's fixed `/inbox.html`), with the pin if any. */
function inboxUrl(channelUrl: string, fingerprint?: string): string {
  return withPin(new URL("/inbox.html", channelUrl).href, fingerprint);
}

export function noticeItems(
  profile: OrgProfile,
  directory: AuthorityDirectory,
  lang: string,
  fingerprint?: string,
): NoticeSection[] {
  checkProfile(profile);
  const l = resolveLanguage(lang);
  const channelUrl = pinnedChannelUrl(profile.channelUrl, fingerprint);
  const vars: Record<string, string> = {
    org: profile.name,
    channelUrl,
    policyUrl: profile.policyUrl,
    handlerName: profile.impartialFunction.name,
    handlerContact: profile.impartialFunction.contact,
    oralChannel: profile.oralChannel ?? "",
    languages: languageNames(profile.languages, l),
  };
  const t = (key: MessageKey, extra: Record<string, string> = {}) => message(l, key, { ...vars, ...extra });
  const p = (key: MessageKey, extra?: Record<string, string>): NoticeBlock => ({
    kind: "paragraph",
    text: t(key, extra),
  });
  const countries = unique(profile.countries);

  const national: NoticeBlock[] = countries.map((country) => {
    const entries = nationalChannels(directory, country);
    const notes = unique(entries.flatMap((e) => (e.note ? [localized(e.note, l)] : [])));
    const blocks: NoticeBlock[] =
      entries.length === 0
        ? [p("external.none")]
        : [
            { kind: "links", items: entries.map((e) => entryLink(directory, e, l)) },
            ...notes.map((text): NoticeBlock => ({ kind: "paragraph", text })),
          ];
    return {
      kind: "subsection",
      heading: t("external.country", { country: countryName(directory, country, l) }),
      blocks,
    };
  });

  const tool = aiOfficeTool(directory);
  const toolLinks: NoticeLink[] = [];
  if (tool) {
    toolLinks.push({ label: t("eu.aiOfficeInfo"), href: tool.url, ...(tool.verify ? { verify: true } : {}) });
    if (tool.portalUrl) {
      toolLinks.push({
        label: t("eu.aiOfficePortal"),
        href: tool.portalUrl,
        ...(tool.portalVerify ? { verify: true } : {}),
      });
    }
  }
  const otherEu = euBodies(directory).filter((e) => e !== tool);
  const oversight = euOversight(directory);
  const named = (country: string) => ({ country: countryName(directory, country, l) });
  const where = (test: (country: string) => boolean, key: MessageKey) =>
    countries.filter(test).map((country) => p(key, named(country)));
  const laws: NoticeBlock = {
    kind: "list",
    style: "bullet",
    items: countries.map((country) =>
      t("notice.nationalLaw", { ...named(country), law: directory.countries[country]?.law ?? country }),
    ),
  };

  const support: NoticeBlock[] = countries.map((country) => {
    const name = countryName(directory, country, l);
    const bodies = supportBodies(directory, country);
    return {
      kind: "subsection",
      heading: name,
      blocks:
        bodies.length === 0
          ? [p("support.none", { country: name })]
          : [{ kind: "links", items: bodies.map((e) => entryLink(directory, e, l)) }],
    };
  });

  const sections: Record<NoticeItemId, Omit<NoticeSection, "id">> = {
    "what-can-be-reported": {
      heading: t("what.heading"),
      blocks: [
        p("notice.laws"),
        laws,
        p("what.union"),
        p("what.aiAct"),
        p("what.systemic"),
        p("what.national"),
      ],
    },
    "internal-channel": {
      heading: t("channel.heading"),
      blocks: [
        p("channel.address"),
        { kind: "qr", href: channelUrl, label: t("channel.qrLabel") },
        ...(fingerprint ? [p("channel.fingerprint", { fingerprint })] : []),
        p("channel.encryption"),
        p("channel.devices"),
        p("channel.languages"),
      ],
    },
    "oral-and-meeting": {
      heading: t("oral.heading"),
      blocks: [p(profile.oralChannel ? "oral.phone" : "oral.noPhone"), p("oral.meeting"), p("oral.records")],
    },
    handler: {
      heading: t("handler.heading"),
      blocks: [p("handler.who"), p("handler.contact"), p("handler.access")],
    },
    "anonymous-inbox": {
      heading: t("inbox.heading"),
      blocks: [
        p("inbox.anonymous"),
        p("inbox.token"),
        // The sentence about the inbox links to the inbox itself, not to the report form.
        p("inbox.use", { channelUrl: inboxUrl(profile.channelUrl, fingerprint) }),
        p("inbox.receipt"),
      ],
    },
    deadlines: {
      heading: t("deadlines.heading"),
      blocks: [
        p("deadlines.ack"),
        ...where(acknowledgesInWorkingDays, "deadlines.ackWorkingDays"),
        p("deadlines.feedback"),
        ...where(feedbackFromReceipt, "deadlines.feedbackFromReceipt"),
        ...countries.flatMap((country) => {
          const days = feedbackDays(country);
          return days === undefined
            ? []
            : [p("deadlines.feedbackDays", { ...named(country), days: String(days) })];
        }),
        p("deadlines.equal"),
        p("deadlines.questions"),
      ],
    },
    "no-internal-first": {
      heading: t("internalFirst.heading"),
      blocks: [
        p("internalFirst.never"),
        ...countries
          .filter((country) => EXTERNAL_FIRST_CONDITIONS[country] !== undefined)
          .map((country) =>
            p("internalFirst.conditions", {
              ...named(country),
              law: EXTERNAL_FIRST_CONDITIONS[country] ?? "",
            }),
          ),
        p("internalFirst.welcome"),
      ],
    },
    "external-national": {
      heading: t("external.heading"),
      blocks: [p("external.intro"), ...national, p("external.privacy")],
    },
    "external-eu": {
      heading: t("eu.heading"),
      blocks: [
        p("eu.aiOffice"),
        { kind: "links", items: toolLinks },
        p("eu.others"),
        { kind: "links", items: otherEu.map((e) => entryLink(directory, e, l)) },
        ...(oversight.length
          ? [
              p("eu.oversight"),
              { kind: "links", items: oversight.map((e) => entryLink(directory, e, l)) } as NoticeBlock,
            ]
          : []),
      ],
    },
    "non-retaliation": {
      heading: t("nonRetaliation.heading"),
      blocks: [
        p("nonRetaliation.promise"),
        p("nonRetaliation.systemic"),
        // Measure 8.3 lists indicators, not duties: "in line with", and only for a signatory.
        ...(profile.codeOfPracticeSignatory ? [p("nonRetaliation.code")] : []),
        p("nonRetaliation.noWaiver"),
      ],
    },
    "retaliation-list": {
      heading: t("retaliation.heading"),
      blocks: [
        p("retaliation.intro"),
        {
          kind: "list",
          style: "alpha",
          items: ART_19.map((letter) => t(`retaliation.${letter}` as MessageKey)),
        },
      ],
    },
    "report-retaliation": {
      heading: t("reportRetaliation.heading"),
      blocks: [p("reportRetaliation.how"), p("reportRetaliation.evidence"), p("reportRetaliation.remedies")],
    },
    "protection-conditions": {
      heading: t("conditions.heading"),
      blocks: [
        p("conditions.grounds"),
        p("conditions.channels"),
        p("conditions.mistake"),
        p("conditions.anonymous"),
      ],
    },
    "public-disclosure": {
      heading: t("disclosure.heading"),
      blocks: [
        p("disclosure.intro"),
        {
          kind: "list",
          style: "bullet",
          items: [t("disclosure.noAction"), t("disclosure.danger"), t("disclosure.futile")],
        },
      ],
    },
    confidentiality: {
      heading: t("confidentiality.heading"),
      blocks: [
        p("confidentiality.identity"),
        p("confidentiality.exception"),
        p("confidentiality.concerned"),
        p("confidentiality.gdpr"),
        profile.retentionText
          ? { kind: "paragraph", text: profile.retentionText }
          : p("confidentiality.retention"),
      ],
    },
    support: {
      heading: t("support.heading"),
      blocks: [p("support.intro"), ...support],
    },
    "who-is-covered": {
      heading: t("covered.heading"),
      blocks: [
        p("covered.intro"),
        { kind: "list", style: "bullet", items: COVERED.map((k) => t(`covered.${k}` as MessageKey)) },
      ],
    },
    "protection-policy": {
      heading: t("policy.heading"),
      blocks: [p("policy.where")],
    },
  };

  return REQUIRED_NOTICE_ITEMS.map((id) => ({ id, ...sections[id] }));
}
