/**
 * Small-count suppression for published statistics about reports. A count
 * below 5 could point to a person, so it is shown as "<5" (primary
 * suppression). Because breakdown rows add up to the published total, one
 * hidden row could be worked out by subtraction; so further rows are hidden
 * as "*" (complementary suppression), and as a last resort the total, until
 * no hidden cell can be recovered exactly by someone who knows these rules.
 */

/** Counts below this are never shown. */
export const SMALL_COUNT_THRESHOLD = 5;

/**
 * A published number. "<5": the count, or the number of cases behind a share
 * or median, is below 5. "*": withheld so that a small count elsewhere cannot
 * be worked out by subtraction (the hidden count itself is 5 or more).
 */
export type Cell = { value: number } | { suppressed: true; display: "<5" | "*" };

/** True when `cell` is withheld. */
export function isSuppressed(cell: Cell): cell is { suppressed: true; display: "<5" | "*" } {
  return "suppressed" in cell;
}

/** A count cell with primary suppression only. */
export function countCell(n: number): Cell {
  return n < SMALL_COUNT_THRESHOLD ? { suppressed: true, display: "<5" } : { value: n };
}

/** What a reader can infer about a cell from how it is published: [min, max]. */
function bounds(cells: readonly Cell[], i: number): [number, number] {
  const cell = cells[i] as Cell;
  if (!isSuppressed(cell)) return [cell.value, cell.value];
  if (cell.display === "<5") return [0, SMALL_COUNT_THRESHOLD - 1];
  // "*" rows were picked as the smallest row still shown, so none exceeds a row shown now.
  const shown = cells.filter((c) => !isSuppressed(c)).map((c) => (c as { value: number }).value);
  return [SMALL_COUNT_THRESHOLD, shown.length > 0 ? Math.min(...shown) : Number.POSITIVE_INFINITY];
}

/**
 * Indices of the withheld rows whose exact value a reader can recover, given
 * the rows as published and the total if the reader knows it (`null`
 * otherwise). With a known total the hidden rows' sum is known, and each
 * hidden row is confined to [max(lo, S − Σ other hi), min(hi, S − Σ other lo)],
 * which is exact for one sum constraint; a row is recovered when that interval
 * is a single number.
 */
export function recoverableRows(total: number | null, rows: readonly Cell[]): number[] {
  const hidden = rows.flatMap((c, i) => (isSuppressed(c) ? [i] : []));
  const b = rows.map((_, i) => bounds(rows, i));
  const out: number[] = [];
  for (const i of hidden) {
    let [lo, hi] = b[i] as [number, number];
    if (total !== null) {
      const shownSum = rows.reduce((s, c) => s + (isSuppressed(c) ? 0 : c.value), 0);
      const rest = total - shownSum;
      let othersLo = 0;
      let othersHi = 0;
      for (const j of hidden) {
        if (j === i) continue;
        const [l, h] = b[j] as [number, number];
        othersLo += l;
        othersHi += h;
      }
      lo = Math.max(lo, rest - othersHi);
      hi = Math.min(hi, rest - othersLo);
    }
    if (lo === hi) out.push(i);
  }
  return out;
}

/** The published total and breakdowns after suppression. */
export interface ProtectedTables {
  total: Cell;
  breakdowns: Cell[][];
}

/**
 * Suppresses a total and breakdowns of it (each breakdown's rows must add up
 * to `total`): primary suppression of every count below 5, then
 * complementary suppression until `recoverableRows` finds nothing in any
 * breakdown. The total counts as known to a reader while it is shown or
 * while any breakdown shows all its rows.
 */
export function protectTables(total: number, breakdowns: readonly (readonly number[])[]): ProtectedTables {
  for (const rows of breakdowns) {
    if (rows.reduce((a, b) => a + b, 0) !== total)
      throw new RangeError("breakdown does not add up to the total");
  }
  const cells: Cell[][] = breakdowns.map((rows) => rows.map(countCell));
  let totalCell = countCell(total);
  const allShown = (row: readonly Cell[]) => row.every((c) => !isSuppressed(c));
  const hideSmallestShown = (b: number) => {
    const row = cells[b] as Cell[];
    let pick = -1;
    row.forEach((c, i) => {
      if (!isSuppressed(c) && (pick < 0 || c.value < (row[pick] as { value: number }).value)) pick = i;
    });
    row[pick] = { suppressed: true, display: "*" };
  };

  for (;;) {
    const known = !isSuppressed(totalCell) || cells.some(allShown) ? total : null;
    const leaking = cells.findIndex((row) => recoverableRows(known, row).length > 0);
    if (leaking < 0) break;
    if ((cells[leaking] as Cell[]).some((c) => !isSuppressed(c))) {
      hideSmallestShown(leaking);
    } else if (!isSuppressed(totalCell)) {
      totalCell = { suppressed: true, display: "*" };
    } else {
      // The total is hidden but a fully shown breakdown still gives it away.
      cells.forEach((row, b) => {
        if (allShown(row)) hideSmallestShown(b);
      });
    }
  }
  return { total: totalCell, breakdowns: cells };
}

/**
 * A share in percent, rounded to a whole number. Withheld as "<5" when fewer
 * than 5 cases are behind it, and as "*" when the cases counted or not counted
 * number 1 to 4, because with the base known that small count could be worked
 * out. 0 % and 100 % stay visible: they point to no one.
 */
export function shareCell(numerator: number, base: number): Cell {
  if (base < SMALL_COUNT_THRESHOLD) return { suppressed: true, display: "<5" };
  const small = (n: number) => n > 0 && n < SMALL_COUNT_THRESHOLD;
  if (small(numerator) || small(base - numerator)) return { suppressed: true, display: "*" };
  return { value: Math.round((100 * numerator) / base) };
}

/** The median of `values`, withheld as "<5" when there are fewer than 5. */
export function medianCell(values: readonly number[]): Cell {
  if (values.length < SMALL_COUNT_THRESHOLD) return { suppressed: true, display: "<5" };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { value: median };
}
