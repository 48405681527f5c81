/**
 * Opening a case inbox from a case token: the token is turned into keys in this browser and only the
 * login key derived from it is sent. Used by the inbox page and by the report page right after sending,
 * so the person goes on to their inbox without typing the token they have just saved.
 */
import {
  deriveReporterKeys,
  fingerprintOf,
  openRoster,
  type Roster,
  reporterSigningKey,
  type SignedStatement,
  toBase64,
} from "../../../crypto/index";
import { api } from "../lib/api";
import { type OpenCase, openCaseKey } from "../lib/case-crypto";
import type { Signer, ThreadKeys } from "../lib/signed-thread";
import type { InboxAnswer } from "../lib/types";

/** An unlocked inbox: the login key, the case key and the token's signing key, in this page's memory only. */
export interface Session {
  loginKey: Uint8Array;
  open: OpenCase;
  signer: Signer;
}

/**
 * The keys the inbox verifies entries with: the person's own, and the handlers' from the signed roster,
 * accepted only under the channel key that the person's own signed report names (the key their browser
 * checked when they sent it), so a server cannot swap in a roster of its own.
 */
export function inboxKeys(session: Session): ThreadKeys {
  return {
    reporter: session.signer.key.publicKey,
    roster: async (channelKey): Promise<Roster | null> => {
      if (!channelKey) return null;
      const statement = await api<SignedStatement>("reporter", "GET", "/api/roster");
      return openRoster(
        { body: statement.body, signature: statement.signature },
        { pin: fingerprintOf(channelKey), now: new Date() },
      );
    },
  };
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
  const signer: Signer = { author: "reporter", key: reporterSigningKey(canonicalToken) };
  return { session: { loginKey: keys.loginKey, open, signer }, answer };
}
