/**
 * Free text staff write about a case (a legal hold's justification, an identity-access reason, a
 * disclosure's legal basis and recipient) is encrypted here to the case key, like a message, so the
 * server holds only ciphertext and it goes with the case when it is shredded (issue 11).
 */
import { decryptJson, encryptJson, fromBase64, toBase64 } from "../../../crypto/index";
import { t } from "../i18n";
import type { OpenCase } from "../lib/case-crypto";
import { asMessage } from "../lib/types";

/** Encrypts `text` to the case (the same format as a thread message). */
export async function sealStaffText(open: OpenCase, text: string): Promise<string> {
  return toBase64(await encryptJson([open.recipient], { v: 1, text }));
}

/** The text of a sealed note; texts from before encryption are shown as they are. */
export async function openStaffText(open: OpenCase, stored: string): Promise<string> {
  try {
    return (
      asMessage(await decryptJson<unknown>([open.identity], fromBase64(stored)))?.text ?? t.errors.unsupported
    );
  } catch {
    // Recorded before the server required ciphertext: plain text of that time, or undecryptable.
    return /^[A-Za-z0-9+/=]{200,}$/.test(stored) ? t.errors.undecryptable : stored;
  }
}
