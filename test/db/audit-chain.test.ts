import { describe, expect, it } from "vitest";
import { type AuditRow, entryHash, GENESIS_HASH, verifyChain } from "../../db/audit-chain";

function chain(n: number): AuditRow[] {
  const rows: AuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = {
      seq,
      at: `2026-11-27T10:00:0${seq % 10}.000Z`,
      actor: seq % 2 ? "p1" : null,
      action: `a.${seq}`,
      caseId: seq % 3 ? "c1" : null,
      detail: JSON.stringify({ n: seq }),
    };
    const hash = entryHash(fields, prev);
    rows.push({ ...fields, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

function flipOneChar(s: string): string {
  const i = Math.floor(s.length / 2);
  const ch = s[i] === "a" ? "b" : "a";
  return s.slice(0, i) + ch + s.slice(i + 1);
}

describe("audit chain", () => {
  it("accepts an intact chain", () => {
    expect(verifyChain(chain(6))).toEqual({ ok: true, entries: 6 });
  });

  it("names the row when any field of any row changes", () => {
    for (let target = 0; target < 6; target++) {
      for (const field of ["at", "actor", "action", "caseId", "detail", "prevHash", "hash"] as const) {
        const rows = chain(6);
        const row = rows[target]!;
        (row as unknown as Record<string, unknown>)[field] = flipOneChar(String(row[field] ?? "x"));
        const check = verifyChain(rows);
        expect(check.ok, `${field} of row ${target + 1}`).toBe(false);
        if (!check.ok) expect(check.brokenAt).toBe(target + 1);
      }
    }
  });

  it("detects a removed row and a reordered chain", () => {
    const rows = chain(5);
    rows.splice(2, 1);
    const check = verifyChain(rows);
    expect(check).toMatchObject({ ok: false, brokenAt: 4 });
    const swapped = chain(4);
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    expect(verifyChain(swapped).ok).toBe(false);
  });

  it("detects a whole row rewritten with a fresh hash, at the next link", () => {
    const rows = chain(4);
    const forged = { ...rows[1]!, action: "forged" };
    forged.hash = entryHash(forged, forged.prevHash);
    rows[1] = forged;
    expect(verifyChain(rows)).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
