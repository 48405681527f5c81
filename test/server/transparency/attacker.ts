import { type Cell, isSuppressed } from "../../../server/transparency/suppress";

/**
 * An independent check, by exhaustive search: every assignment of the hidden
 * rows that is consistent with what is published (shown rows, "<5" means 0-4,
 * "*" means at least 5 and, since it was the smallest row still shown when
 * hidden, at most the smallest row shown now, and the rows add up to the total
 * when the total is known; `cap` bounds the search and should be the total). Returns, per hidden row, the set of values it can
 * take. A set of one value means the row was recovered.
 */
export function possibleValues(
  total: number | null,
  rows: readonly Cell[],
  cap: number,
): Map<number, Set<number>> {
  if (total === null) return boxesOnly(rows);
  const shown = rows.flatMap((c) => (isSuppressed(c) ? [] : [c.value]));
  const shownSum = shown.reduce((a, b) => a + b, 0);
  const minShown = shown.length > 0 ? Math.min(...shown) : cap;
  const hidden = rows.flatMap((c, i) => (isSuppressed(c) ? [{ i, display: c.display }] : []));
  const result = new Map<number, Set<number>>(hidden.map((h) => [h.i, new Set<number>()]));
  const values: number[] = [];
  const search = (k: number, sum: number) => {
    if (k === hidden.length) {
      if (shownSum + sum !== total) return;
      for (const [j, h] of hidden.entries()) result.get(h.i)?.add(values[j] as number);
      return;
    }
    const h = hidden[k] as { display: string };
    const [lo, hi] = h.display === "<5" ? [0, 4] : [5, Math.min(minShown, cap)];
    for (let v = lo; v <= hi; v++) {
      if (shownSum + sum + v > total) break;
      values[k] = v;
      search(k + 1, sum + v);
    }
  };
  search(0, 0);
  return result;
}

/** Hidden rows whose value the exhaustive search pins down. */
export function recovered(total: number | null, rows: readonly Cell[], cap: number): number[] {
  return [...possibleValues(total, rows, cap)].flatMap(([i, set]) => (set.size === 1 ? [i] : []));
}

/** Without a known total, each hidden row is only known to lie in its box: "<5" is 0-4, "*" is 5 up to the smallest row shown. */
function boxesOnly(rows: readonly Cell[]): Map<number, Set<number>> {
  const shown = rows.flatMap((c) => (isSuppressed(c) ? [] : [c.value]));
  const out = new Map<number, Set<number>>();
  rows.forEach((c, i) => {
    if (!isSuppressed(c)) return;
    const [lo, hi] =
      c.display === "<5" ? [0, 4] : [5, shown.length > 0 ? Math.min(...shown) : Number.POSITIVE_INFINITY];
    out.set(i, new Set(lo === hi ? [lo] : [lo, lo + 1]));
  });
  return out;
}
