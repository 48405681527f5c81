/**
 * The notice as admins keep it and the public pages show it: the organisation profile, versions frozen
 * from it and approved (who, when), and the log of each issue as evidence (LAW.md section 9). The
 * public pages render the newest approved version only.
 */

import { fingerprintOf, verifyStatement } from "../../crypto/index";
import type { Database } from "../../db/index";
import { withAudit } from "../../db/queries/audit";
import { randomId } from "../../db/queries/ids";
import {
  approvedNoticeVersion,
  noticeIssuanceInsert,
  noticeIssuancesOf,
  noticeVersion,
  noticeVersionApproval,
  noticeVersionInsert,
  noticeVersionsOf,
  profileUpdate,
} from "../../db/queries/notice";
import { latestRoster } from "../../db/queries/trust";
import type { CaseContext } from "../case/context";
import { receiptKeyInfo } from "../case/receipt";
import { AppError, badRequest, notFound } from "../errors";
import { fromAcceptLanguage } from "../i18n/page-language";
import {
  checkProfile,
  NOTICE_LANGUAGES,
  NoticeError,
  noticeStatus,
  type OrgProfile,
  qrSvg,
  resolveLanguage,
} from "../notice/index";
import { pinnedChannelUrl } from "../notice/pin";

/** The admin acting: the name they approve under goes on the notice. */
interface Admin {
  id: string;
  displayName: string;
}

function checked(profile: OrgProfile): void {
  try {
    checkProfile(profile);
  } catch (e) {
    if (e instanceof NoticeError)
      throw badRequest("invalid_profile", `The organisation profile is not complete: ${e.message}.`);
    throw e;
  }
}

/** The stored profile; one name for the organisation, the settings' name is the profile's. */
export function profileOf(ctx: CaseContext) {
  return { ...(JSON.parse(ctx.settings.profile || "{}") as Partial<OrgProfile>), name: ctx.settings.orgName };
}

/** The profile and the languages a notice can be written in, for the admin's form. */
export function profileView(ctx: CaseContext) {
  return { profile: profileOf(ctx), languages: NOTICE_LANGUAGES };
}

export async function saveProfile(
  ctx: CaseContext,
  admin: Admin,
  profile: OrgProfile,
): Promise<{ profile: OrgProfile }> {
  checked(profile);
  await withAudit(
    ctx.database,
    { actor: admin.id, action: "notice.profile", detail: { profile } },
    ctx.now,
    () => [profileUpdate(ctx.database, JSON.stringify(profile), profile.name, ctx.now)],
  );
  return { profile };
}

/** Versions, the issuance log and when the next issue is due. */
export async function noticeView(ctx: CaseContext) {
  const versions = await noticeVersionsOf(ctx.database);
  const issuances = await noticeIssuancesOf(ctx.database);
  return {
    today: ctx.today,
    status: noticeStatus(issuances, ctx.today),
    versions: versions.map((x) => ({ ...x, profile: JSON.parse(x.profile) as Partial<OrgProfile> })),
    issuances,
  };
}

/** Freezes the current profile as the next version of the notice text, to be approved. */
export async function newNoticeVersion(ctx: CaseContext, admin: Admin): Promise<{ version: number }> {
  checked(JSON.parse(ctx.settings.profile || "{}") as OrgProfile);
  const [last] = await noticeVersionsOf(ctx.database);
  const version = (last?.version ?? 0) + 1;
  await withAudit(
    ctx.database,
    { actor: admin.id, action: "notice.version", detail: { version } },
    ctx.now,
    () => [
      noticeVersionInsert(ctx.database, {
        id: randomId(),
        version,
        profile: ctx.settings.profile,
        createdAt: ctx.now.toISOString(),
        createdBy: admin.id,
      }),
    ],
  );
  return { version };
}

export async function approveNoticeVersion(ctx: CaseContext, admin: Admin, version: number) {
  const row = await noticeVersion(ctx.database, version);
  if (!row) throw notFound("No such notice version.");
  if (row.approvedAt) throw new AppError(409, "approved", "This version is already approved.");
  const approval = { approvedAt: ctx.now.toISOString(), approvedBy: admin.displayName };
  await withAudit(
    ctx.database,
    { actor: admin.id, action: "notice.approved", detail: { version } },
    ctx.now,
    () => [noticeVersionApproval(ctx.database, row.id, approval)],
  );
  return { version, ...approval };
}

/** Evidence that the notice went out: date, text version, channel, audience size. */
export async function recordIssuance(
  ctx: CaseContext,
  admin: Admin,
  input: { issuedOn: string; version: number; channel: string; audienceSize: number },
): Promise<{ id: string }> {
  if (input.issuedOn > ctx.today)
    throw badRequest("future_date", "An issue can be recorded only once it has happened.");
  const row = await noticeVersion(ctx.database, input.version);
  if (!row?.approvedAt) throw badRequest("not_approved", "Only an approved notice version can be issued.");
  const id = randomId();
  await withAudit(
    ctx.database,
    { actor: admin.id, action: "notice.issued", detail: { ...input } },
    ctx.now,
    () => [
      noticeIssuanceInsert(ctx.database, {
        id,
        ...input,
        recordedBy: admin.id,
        recordedAt: ctx.now.toISOString(),
      }),
    ],
  );
  return { id };
}

/**
 * The fingerprint of the channel key that signed the newest roster, if its signature holds. The notice,
 * poster and snippet write it out and pin it in their links; an admin compares it with the one their
 * own browser shows under "My security" before printing.
 */
async function channelFingerprint(database: Database): Promise<string | undefined> {
  const roster = await latestRoster(database);
  if (!roster) return undefined;
  try {
    const { channelKey } = JSON.parse(roster.body) as { channelKey: string };
    verifyStatement("oc-roster-1", channelKey, roster);
    return fingerprintOf(channelKey);
  } catch {
    return undefined;
  }
}

/** What the public pages render in `requested` (or the profile's first language); null before any approval. */
export async function publishedNotice(
  database: Database,
  requested: string | undefined,
  acceptLanguage?: string,
) {
  const version = await approvedNoticeVersion(database);
  if (!version) return null;
  const profile = JSON.parse(version.profile) as OrgProfile;
  // The reader's choice (?lang=) among the notice's languages, else their browser's, else the first.
  const wanted = requested?.toLowerCase();
  const lang = resolveLanguage(
    wanted && profile.languages.includes(wanted)
      ? wanted
      : (fromAcceptLanguage(acceptLanguage, profile.languages) ?? profile.languages[0] ?? "en"),
  );
  const fingerprint = await channelFingerprint(database);
  const opts = {
    qrSvg: await qrSvg(pinnedChannelUrl(profile.channelUrl, fingerprint)),
    fingerprint,
    version: String(version.version),
    approvedBy: version.approvedBy ?? undefined,
    approvedOn: version.approvedAt?.slice(0, 10),
    receiptKey: await receiptKeyInfo(database),
  };
  return { profile, lang, opts };
}
