/**
 * The annual notice to workers (shared/LAW.md section 9): its content, its
 * renderers (HTML page, A4 poster, intranet snippet, e-mail text), the QR
 * code of the internal channel, and the 12-month issue schedule. Pure: no
 * clock, no database, no Node-only APIs.
 */
export {
  AI_OFFICE_TOOL_ID,
  type AuthorityDirectory,
  type AuthorityEntry,
  type AuthorityRole,
  aiOfficeTool,
  type CountryInfo,
  countryName,
  DIRECTORY,
  EU_MEMBER_STATES,
  entryLabel,
  euBodies,
  type LocalizedText,
  localized,
  type MemberState,
  nationalChannels,
  parseDirectory,
  supportBodies,
  unverifiedEntries,
} from "./directory";
export { NoticeError, type NoticeErrorCode } from "./errors";
export { type ExternalChannelsSource, externalChannels } from "./external";
export {
  assertInlineSvg,
  escapeHtml,
  type NoticeRenderOptions,
  renderNoticeHtml,
  renderSnippetHtml,
} from "./html";
export {
  type Catalog,
  catalog,
  MESSAGE_KEYS,
  type MessageKey,
  message,
  missingKeys,
  NOTICE_LANGUAGES,
  resolveLanguage,
  unknownKeys,
} from "./i18n";
export {
  type NoticeBlock,
  type NoticeItemId,
  type NoticeLink,
  type NoticeSection,
  noticeItems,
  REQUIRED_NOTICE_ITEMS,
} from "./items";
export { POSTER_MAX_COUNTRIES, renderPosterHtml } from "./poster";
export { checkProfile, isHttpsUrl, type OrgProfile } from "./profile";
export { qrSvg } from "./qr";
export {
  addMonths,
  NOTICE_INTERVAL_MONTHS,
  NOTICE_REMINDER_MONTHS,
  type NoticeStatus,
  noticeStatus,
} from "./schedule";
export { renderNoticeText } from "./text";
