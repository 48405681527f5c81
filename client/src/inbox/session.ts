/**
 * Opening a case inbox from a case token: the token is turned into keys in this browser and only the
 * login key derived from it is sent. Used by the inbox page and by the report page right after sending,
 * so the person goes on to their inbox without typing the token they have just saved.
 */
import { deriveReporterKeys, toBase64 } from "../../../crypto/index";
import { api } from "../lib/api";
import { type OpenCase, openCaseKey } from "../lib/case-crypto";
import type { InboxAnswer } from "../lib/types";

/** An unlocked inbox: the login key and the case key, in this page's memory only. */
export interface Session {
  loginKey: Uint8Array;
  open: OpenCase;
}

export async function fetchInbox(loginKey: Uint8Array): Promise<InboxAnswer> {
  return api<InboxAnswer>(
    "reporter",
    "POST",
    "/api/inbox",
    { loginKey: toBase64(loginKey) },
    { pow: "inbox" },
  );
}

/** Derives the keys from a canonical token, fetches the case and opens its key. */
export async function openInbox(canonicalToken: string): Promise<{ session: Session; answer: InboxAnswer }> {
  const keys = await deriveReporterKeys(canonicalToken);
  const answer = await fetchInbox(keys.loginKey);
  const open = await openCaseKey(keys.identity, answer.reporterKey, answer.caseRecipient);
  return { session: { loginKey: keys.loginKey, open }, answer };
}
