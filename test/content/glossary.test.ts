/** content/glossary/: the Directive's own terms in each official language, each with its article. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import languages from "../../content/languages.json";

const CONCEPTS: Record<string, string> = {
  reportingPerson: "Art. 5(7)",
  facilitator: "Art. 5(8)",
  personConcerned: "Art. 5(10)",
  retaliation: "Art. 5(11)",
  followUp: "Art. 5(12)",
  feedback: "Art. 5(13)",
};

interface Glossary {
  language: string;
  terms: { concept: string; article: string; term: string; checked: boolean; checkedAgainst?: string }[];
}

const read = (code: string): Glossary =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../content/glossary/${code}.json`), "utf8"));

describe("glossary of the Directive's terms", () => {
  for (const { code } of languages.languages) {
    it(`${code}: names each defined term with its article, and says whether it was checked`, () => {
      const g = read(code);
      expect(g.language).toBe(code);
      expect(Object.fromEntries(g.terms.map((t) => [t.concept, t.article]))).toEqual(CONCEPTS);
      for (const t of g.terms) {
        expect(t.term.trim()).not.toBe("");
        expect(typeof t.checked).toBe("boolean");
        if (t.checked) expect(t.checkedAgainst).toBeTruthy();
      }
    });
  }
});
