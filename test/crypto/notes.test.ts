/**
 * Signed internal notes (crypto/notes.ts, SPEC.md "Internal notes"): a note opens only with the notes
 * key, verifies only with its author's signing key, and an unsigned or forged one is refused as
 * `bad-signature`, never returned as a colleague's note.
 */
import { describe, expect, it } from "vitest";
import {
  CryptoError,
  handlerSigningKey,
  newCaseIdentity,
  newHandlerIdentity,
  openSignedNote,
  sealNote,
  sealSignedNote,
} from "../../crypto/index";

describe("signed notes", () => {
  it("open with the notes key and verify with the author's signing key", async () => {
    const notes = await newCaseIdentity();
    const alice = handlerSigningKey((await newHandlerIdentity()).identity);
    const sealed = await sealSignedNote(notes.recipient, alice, {
      caseId: "case1",
      author: "alice",
      text: "hi",
    });
    const keyOf = (a: string) => (a === "alice" ? alice.publicKey : null);
    expect(await openSignedNote(notes.identity, "case1", sealed, keyOf)).toEqual({
      caseId: "case1",
      author: "alice",
      text: "hi",
    });
  });

  it("refuses an unsigned note, a note signed by another key, an unknown author and another case", async () => {
    const notes = await newCaseIdentity();
    const alice = handlerSigningKey((await newHandlerIdentity()).identity);
    const mallory = handlerSigningKey((await newHandlerIdentity()).identity);
    const keyOf = (a: string) => (a === "alice" ? alice.publicKey : null);
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => "opened",
        (e: unknown) => (e instanceof CryptoError ? e.code : "other"),
      );
    const unsigned = await sealNote(notes.recipient, { caseId: "case1", author: "alice", text: "x" });
    expect(await code(openSignedNote(notes.identity, "case1", unsigned, keyOf))).toBe("bad-signature");
    const forged = await sealSignedNote(notes.recipient, mallory, {
      caseId: "case1",
      author: "alice",
      text: "x",
    });
    expect(await code(openSignedNote(notes.identity, "case1", forged, keyOf))).toBe("bad-signature");
    const stranger = await sealSignedNote(notes.recipient, mallory, {
      caseId: "case1",
      author: "eve",
      text: "x",
    });
    expect(await code(openSignedNote(notes.identity, "case1", stranger, keyOf))).toBe("bad-signature");
    const moved = await sealSignedNote(notes.recipient, alice, {
      caseId: "case2",
      author: "alice",
      text: "x",
    });
    expect(await code(openSignedNote(notes.identity, "case1", moved, keyOf))).toBe("decrypt-failed");
    const other = await newCaseIdentity();
    expect(await code(openSignedNote(other.identity, "case1", moved, keyOf))).toBe("decrypt-failed");
  });
});
