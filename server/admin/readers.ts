/**
 * Who may make whom a reader (issue 11, "Admin powers"). Once there are two or more admins, a change
 * that gives someone a role (handler, custodian, or admin, who could approve the next one), adds a
 * channel member, opens an enrolment link, or switches off second-person approval for identity
 * access (Art. 16) waits for a second admin. With one admin it applies at once. Pure rules only.
 */
import type { Role } from "../../db/queries/persons";

/** Roles that read reports, or approve the next person who will. */
export const GATED_ROLES: readonly Role[] = ["admin", "handler", "custodian"];
export const READER_ROLES: readonly Role[] = ["handler", "custodian"];

/** The roles a change adds that need a second admin. */
export function addedGatedRoles(from: readonly string[], to: readonly string[]): Role[] {
  return GATED_ROLES.filter((r) => to.includes(r) && !from.includes(r));
}

/** True when the change gives a role that reads reports (handlers of the channel are then told). */
export function addsReading(from: readonly string[], to: readonly string[]): boolean {
  return READER_ROLES.some((r) => to.includes(r) && !from.includes(r));
}

export const isReader = (roles: readonly string[]): boolean => READER_ROLES.some((r) => roles.includes(r));

/** Members the new list adds to the current one. */
export function addedMembers(current: readonly string[], next: readonly string[]): string[] {
  return [...new Set(next)].filter((id) => !current.includes(id));
}

/** A second admin is needed once there are two or more admins. */
export const needsSecondAdmin = (admins: number): boolean => admins >= 2;

/** Switching second-person approval off weakens Art. 16; switching it on never needs a second admin. */
export const weakensIdentityApproval = (current: boolean, next: boolean | undefined): boolean =>
  current && next === false;

/** The content-free mail to a handler of the channel: no name, no channel, no case. */
export function newReaderMail(publicUrl?: string) {
  const where = publicUrl
    ? `${publicUrl.replace(/\/$/, "")}/handler.html`
    : "the handlers' page of the reporting channel";
  return {
    subject: "Reporting channel: a new person can read reports",
    text: [
      "Hello,",
      "",
      "A new person can now read reports on your channel. Open the app to see who:",
      where,
      "",
      "If you did not expect this, tell the other admins and your organisation's compliance contact.",
      "",
    ].join("\n"),
  };
}
