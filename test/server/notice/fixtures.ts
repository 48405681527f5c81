import { NOTICE_LANGUAGES } from "../../../server/notice/i18n";
import type { OrgProfile } from "../../../server/notice/profile";

/** A profile with workers in several countries, including one with a national caveat (PT). */
export const PROFILE: OrgProfile = {
  name: "Frontier Models GmbH",
  countries: ["DE", "FR", "NL", "IE", "ES", "IT", "PT"],
  languages: ["en", "de", "fr"],
  channelUrl: "https://report.frontier.example/",
  policyUrl: "https://frontier.example/whistleblowing-policy",
  impartialFunction: { name: "Integrity Office", contact: "integrity@frontier.example" },
  oralChannel: "+49 30 1234 5678 (voice messages, Mon–Fri)",
};

/** A small static QR-like svg so that renderer tests do not depend on the qrcode package. */
export const SVG =
  '<svg role="img" aria-label="QR" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><title>QR</title><path d="M0 0h1v1H0z"/></svg>';

export const OPTS = {
  qrSvg: SVG,
  version: "2026.1",
  approvedBy: "Management Board",
  approvedOn: "2026-11-27",
};

/** Every language with a catalog: a new catalog is tested by every renderer test at once. */
export const LANGS = NOTICE_LANGUAGES;
