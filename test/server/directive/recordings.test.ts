import { describe, expect, it } from "vitest";
import { recordingFate } from "../../../server/directive/recordings";

describe("recordingFate: a voice recording once its transcript is agreed", () => {
  it.each([
    ["DE", true, true, /HinSchG §11\(4\) sentence 2/],
    ["DE", null, true, /HinSchG/],
    ["FR", false, true, /Art\. 18\(2\)/],
    ["EU", null, true, /consent/],
    ["EU", true, false, /Art\. 18\(2\)\(a\)/],
    ["IT", true, false, /kept/],
  ] as const)("%s, consent %s: deleted %s", (jurisdiction, consent, deleted, basis) => {
    const fate = recordingFate(jurisdiction, consent);
    expect(fate.delete).toBe(deleted);
    expect(fate.basis).toMatch(basis);
  });
});
