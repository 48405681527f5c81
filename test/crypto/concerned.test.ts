import { describe, expect, it } from "vitest";
import {
  CryptoError,
  decryptJson,
  encryptJson,
  handlerSigningKey,
  newCaseIdentity,
  newHandlerIdentity,
  openConcernedText,
  openPersonConcerned,
  openSignedConcernedText,
  openSignedPersonConcerned,
  sealConcernedText,
  sealPersonConcerned,
  sealSignedConcernedText,
  sealSignedPersonConcerned,
} from "../../crypto/index";

const where = { caseId: "case000000000000000000001", recordId: "rec0000000000000000000001" };

describe("persons concerned (oc-person-concerned-1, oc-concerned-text-1)", () => {
  it("round-trips a record and a text with the notes key", async () => {
    const notes = await newCaseIdentity();
    const record = await sealPersonConcerned(notes.recipient, {
      ...where,
      author: "p1",
      name: "N",
      role: "R",
    });
    expect(await openPersonConcerned(notes.identity, where, record)).toEqual({
      ...where,
      author: "p1",
      name: "N",
      role: "R",
    });
    const reason = await sealConcernedText(notes.recipient, {
      ...where,
      author: "p1",
      field: "deferral-reason",
      text: "evidence at risk",
    });
    expect(
      (await openConcernedText(notes.identity, { ...where, field: "deferral-reason" }, reason)).text,
    ).toBe("evidence at risk");
  });

  it("refuses another case, record, field or version, and another key", async () => {
    const notes = await newCaseIdentity();
    const other = await newCaseIdentity();
    const record = await sealPersonConcerned(notes.recipient, {
      ...where,
      author: "p1",
      name: "N",
      role: "R",
    });
    const text = await sealConcernedText(notes.recipient, {
      ...where,
      author: "p1",
      field: "disclosure-basis",
      text: "t",
    });
    const refused = [
      openPersonConcerned(notes.identity, { ...where, caseId: "case000000000000000000002" }, record),
      openPersonConcerned(notes.identity, { ...where, recordId: "rec0000000000000000000002" }, record),
      openPersonConcerned(other.identity, where, record),
      openPersonConcerned(notes.identity, where, text),
      openConcernedText(notes.identity, { ...where, field: "disclosure-recipient" }, text),
      openConcernedText(notes.identity, { ...where, field: "disclosure-basis" }, record),
      openPersonConcerned(
        notes.identity,
        where,
        await encryptJson([notes.recipient], {
          version: "oc-person-concerned-2",
          ...where,
          author: "p",
          name: "N",
          role: "R",
        }),
      ),
      openConcernedText(
        notes.identity,
        { ...where, field: "disclosure-basis" },
        await encryptJson([notes.recipient], {
          version: "oc-concerned-text-1",
          ...where,
          author: "p",
          field: "other",
          text: "t",
        }),
      ),
    ];
    for (const attempt of refused) await expect(attempt).rejects.toBeInstanceOf(CryptoError);
  });
});

describe("signed persons concerned (oc-person-concerned-2, oc-concerned-text-2)", () => {
  const code = async (p: Promise<unknown>) =>
    p.then(
      () => "opened",
      (e: unknown) => (e instanceof CryptoError ? e.code : "other"),
    );

  it("open with the notes key and verify with the author's signing key", async () => {
    const notes = await newCaseIdentity();
    const alice = handlerSigningKey((await newHandlerIdentity()).identity);
    const keyOf = (a: string) => (a === "alice" ? alice.publicKey : null);
    const person = { ...where, author: "alice", name: "N", role: "R" };
    const record = await sealSignedPersonConcerned(notes.recipient, alice, person);
    expect(await openSignedPersonConcerned(notes.identity, where, record, keyOf)).toEqual(person);
    const reason = { ...where, author: "alice", field: "deferral-reason" as const, text: "evidence at risk" };
    const text = await sealSignedConcernedText(notes.recipient, alice, reason);
    expect(
      await openSignedConcernedText(notes.identity, { ...where, field: "deferral-reason" }, text, keyOf),
    ).toEqual(reason);
  });

  it("refuse unsigned, forged and unknown authors as bad-signature; another case, record or field as decrypt-failed", async () => {
    const notes = await newCaseIdentity();
    const alice = handlerSigningKey((await newHandlerIdentity()).identity);
    const mallory = handlerSigningKey((await newHandlerIdentity()).identity);
    const keyOf = (a: string) => (a === "alice" ? alice.publicKey : null);
    const person = { ...where, author: "alice", name: "N", role: "R" };
    const text = { ...where, author: "alice", field: "disclosure-basis" as const, text: "t" };
    const onBasis = { ...where, field: "disclosure-basis" as const };
    // The server knows the notes recipient: it can seal an unsigned record, or sign with a key of its own.
    const unsigned = await sealPersonConcerned(notes.recipient, person);
    expect(await code(openSignedPersonConcerned(notes.identity, where, unsigned, keyOf))).toBe(
      "bad-signature",
    );
    const forged = await sealSignedPersonConcerned(notes.recipient, mallory, person);
    expect(await code(openSignedPersonConcerned(notes.identity, where, forged, keyOf))).toBe("bad-signature");
    const stranger = await sealSignedPersonConcerned(notes.recipient, mallory, { ...person, author: "eve" });
    expect(await code(openSignedPersonConcerned(notes.identity, where, stranger, keyOf))).toBe(
      "bad-signature",
    );
    const unsignedText = await sealConcernedText(notes.recipient, text);
    expect(await code(openSignedConcernedText(notes.identity, onBasis, unsignedText, keyOf))).toBe(
      "bad-signature",
    );
    const forgedText = await sealSignedConcernedText(notes.recipient, mallory, text);
    expect(await code(openSignedConcernedText(notes.identity, onBasis, forgedText, keyOf))).toBe(
      "bad-signature",
    );
    // A signature over another body does not verify: a changed name under alice's signature.
    const genuine = await sealSignedPersonConcerned(notes.recipient, alice, person);
    const opened = await decryptJson<{ version: string; body: string; signature: string }>(
      [notes.identity],
      genuine,
    );
    const altered = await encryptJson([notes.recipient], {
      ...opened,
      body: opened.body.replace('"name":"N"', '"name":"M"'),
    });
    expect(await code(openSignedPersonConcerned(notes.identity, where, altered, keyOf))).toBe(
      "bad-signature",
    );
    // A record and a text are not interchangeable, even signed by the same person.
    const signedText = await sealSignedConcernedText(notes.recipient, alice, text);
    expect(await code(openSignedPersonConcerned(notes.identity, where, signedText, keyOf))).toBe(
      "bad-signature",
    );
    expect(await code(openSignedConcernedText(notes.identity, onBasis, genuine, keyOf))).toBe(
      "bad-signature",
    );
    // Signed, but for another case, record or field.
    const other = { caseId: "case000000000000000000002", recordId: "rec0000000000000000000002" };
    expect(
      await code(
        openSignedPersonConcerned(notes.identity, { ...where, caseId: other.caseId }, genuine, keyOf),
      ),
    ).toBe("decrypt-failed");
    expect(
      await code(
        openSignedPersonConcerned(notes.identity, { ...where, recordId: other.recordId }, genuine, keyOf),
      ),
    ).toBe("decrypt-failed");
    expect(
      await code(
        openSignedConcernedText(
          notes.identity,
          { ...where, field: "disclosure-recipient" },
          signedText,
          keyOf,
        ),
      ),
    ).toBe("decrypt-failed");
    // Another key does not open it at all.
    const stray = await newCaseIdentity();
    expect(await code(openSignedPersonConcerned(stray.identity, where, genuine, keyOf))).toBe(
      "decrypt-failed",
    );
  });
});
