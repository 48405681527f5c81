import { describe, expect, it } from "vitest";
import {
  CryptoError,
  encryptJson,
  newCaseIdentity,
  openConcernedText,
  openPersonConcerned,
  sealConcernedText,
  sealPersonConcerned,
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
