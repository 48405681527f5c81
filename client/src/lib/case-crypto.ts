/**
 * Opening a case in the browser and writing to it. The server hands out the case recipient that new
 * messages are encrypted to; it is accepted only if it belongs to the case identity we unwrapped, so a
 * server cannot swap in a key of its own and read the replies.
 */
import { fromBase64, recipientOf, unwrapIdentity } from "../../../crypto/index";
import { t } from "../i18n";

/** An open case: its identity and the recipient that provably belongs to it. */
export interface OpenCase {
  identity: string;
  recipient: string;
}

export class CaseKeyError extends Error {
  constructor(readonly code: "unwrap-failed" | "recipient-mismatch") {
    super(code === "unwrap-failed" ? t.errors.unwrapFailed : t.errors.recipientMismatch);
    this.name = "CaseKeyError";
  }
}

/** Unwraps a wrapped case (or identity-section) key with our identity and checks the server's recipient. */
export async function openCaseKey(
  myIdentity: string,
  wrappedB64: string,
  serverRecipient: string,
): Promise<OpenCase> {
  let identity: string;
  try {
    identity = await unwrapIdentity(myIdentity, fromBase64(wrappedB64));
  } catch {
    throw new CaseKeyError("unwrap-failed");
  }
  if ((await recipientOf(identity)) !== serverRecipient) throw new CaseKeyError("recipient-mismatch");
  return { identity, recipient: serverRecipient };
}
