/**
 * @module
 * Suppression of one week's tables. A week is the unit every answer is built
 * from (./tabulate.ts), so each week's one-way and two-way tables are
 * suppressed here, on that week's counts alone.
 *
 * Tables of one week agree with one another:
 * - the grand total is hidden in all of them or in none;
 * - a cross-tab's margins are the one-way tables, as published;
 * - a "not asked" cell of a linked dimension (sector, product, outcome) is the
 *   sum of some of its parent's cells (for sector: every respondent type but
 *   critical infrastructure), which the parent's table may already let anyone
 *   work out. It is shown when it can be worked out that way, and hidden and
 *   protected like any hidden count when it cannot, so neither table gives the
 *   other's hidden counts away; and the parent's tables protect such a sum as
 *   a group when it is from 1 to 10, since the child's table publishes it as
 *   one count.
 */
import { addDays, daysBetween } from "./calendar";
import { DIMENSIONS, NOT_ASKED, canonicalOrder, isTimeDimension, timeKey, type DimensionName } from "./dimensions";
import { isSmall, protect, type Fixed } from "./protect";
import { KEY_SEPARATOR } from "./slices";
import { Suppressed, oneWayTable, totalOf, twoWayTable, type Total } from "./tables";

/** One week's counts by slice: a slice is a list of dimensions in canonical order ([] is the total). */
export interface WeekCounts {
  /** How many responses have each combination of values, keyed by `cellKey` (absent: none). */
  slice(dimensions: readonly DimensionName[]): ReadonlyMap<string, number>;
  /** The values of a dimension this week's responses have, to catch ones the questionnaire no longer lists. */
  seen(dimension: DimensionName): readonly string[];
}

/** A suppressed table's cells, in order: count, whether hidden, whether another table decides it. */
interface SuppressedCells {
  readonly counts: readonly number[];
  readonly hidden: readonly boolean[];
  /** Cells whose status another table decides (a linked "not asked" cell). */
  readonly tied: readonly boolean[];
  readonly suppressed: Suppressed;
}

export interface OneWay extends SuppressedCells {
  readonly values: readonly string[];
}

/** Rows are the first dimension's values, columns the second's; cells row by row. */
export interface TwoWay extends SuppressedCells {
  readonly dimensions: readonly [DimensionName, DimensionName];
  readonly rows: readonly string[];
  readonly cols: readonly string[];
}

export interface WeekTables {
  total(): Total;
  oneWay(dimension: DimensionName): OneWay;
  /** The cross-tab of two dimensions, given in canonical order. */
  twoWay(first: DimensionName, second: DimensionName): TwoWay;
}

/** The dimensions asked only for some of this one's values (respondent_type: sector). */
const CHILDREN = new Map<DimensionName, DimensionName[]>();
for (const d of Object.values(DIMENSIONS)) if (d.link) CHILDREN.set(d.link.parent, [...(CHILDREN.get(d.link.parent) ?? []), d.name]);
const childrenOf = (parent: DimensionName): readonly DimensionName[] => CHILDREN.get(parent) ?? [];

/** The suppressed tables of the week starting on Monday `week`, computed as asked and kept. */
export function weekTables(week: string, counts: WeekCounts): WeekTables {
  const ones = new Map<DimensionName, OneWay>();
  const twos = new Map<string, TwoWay>();
  const total = totalOf(counts.slice([]).get("") ?? 0);

  const valuesOf = (name: DimensionName): string[] => {
    if (isTimeDimension(name)) return [...new Set(daysBetween(week, addDays(week, 6)).map((day) => timeKey(name, day)))];
    const listed = DIMENSIONS[name].values;
    return [...listed, ...counts.seen(name).filter((v) => !listed.includes(v)).sort()];
  };
  const notAskedValues = (child: DimensionName): string[] => {
    const link = DIMENSIONS[child].link!;
    return oneWay(link.parent).values.filter((v) => !link.askedWhen.includes(v));
  };
  // A shown count is never small; were a parent's sum small it would not be derivable (defensive).
  const status = (known: boolean, value: number): Fixed => (known && !isSmall(value) ? "shown" : "hidden");

  /** Whether the responses with `dimension` = `value` and `other` in `others` can be counted from published tables. */
  const knownSum = (dimension: DimensionName, value: string, other: DimensionName, others: readonly string[]): boolean => {
    if (dimension === other) {
      const one = oneWay(dimension);
      const i = one.values.indexOf(value);
      return !others.includes(value) || i < 0 || !one.hidden[i];
    }
    const [first, second] = canonicalOrder([dimension, other]) as [DimensionName, DimensionName];
    const table = twoWay(first, second);
    const asRow = first === dimension;
    const at = (asRow ? table.rows : table.cols).indexOf(value);
    if (at < 0) return true;
    const cells = others.flatMap((o) => {
      const oi = (asRow ? table.cols : table.rows).indexOf(o);
      if (oi < 0) return [];
      return [asRow ? at * table.cols.length + oi : oi * table.cols.length + at];
    });
    return table.suppressed.sumIsKnown(cells);
  };

  /** Whether the responses asked neither linked question can be counted from their parents' table. */
  const knownBlock = (parentA: DimensionName, valuesA: readonly string[], parentB: DimensionName, valuesB: readonly string[]) => {
    if (parentA === parentB) {
      const one = oneWay(parentA);
      return one.suppressed.sumIsKnown(one.values.flatMap((v, i) => (valuesA.includes(v) && valuesB.includes(v) ? [i] : [])));
    }
    const [first, second] = canonicalOrder([parentA, parentB]) as [DimensionName, DimensionName];
    const table = twoWay(first, second);
    const [inRows, inCols] = first === parentA ? [valuesA, valuesB] : [valuesB, valuesA];
    const cells = table.rows.flatMap((r, i) => (inRows.includes(r) ? table.cols.flatMap((c, j) => (inCols.includes(c) ? [i * table.cols.length + j] : [])) : []));
    return table.suppressed.sumIsKnown(cells);
  };

  function oneWay(name: DimensionName): OneWay {
    const kept = ones.get(name);
    if (kept) return kept;
    const dimension = DIMENSIONS[name];
    const values = valuesOf(name);
    const byValue = counts.slice([name]);
    const cells = values.map((v) => byValue.get(v) ?? 0);
    const fixed: (Fixed | undefined)[] = values.map(() => undefined);
    const notAsked = dimension.link ? values.indexOf(NOT_ASKED) : -1;
    if (dimension.link && notAsked >= 0) {
      const parent = oneWay(dimension.link.parent);
      const others = notAskedValues(name);
      const cellsOfOthers = parent.values.flatMap((v, i) => (others.includes(v) ? [i] : []));
      fixed[notAsked] = status(parent.suppressed.sumIsKnown(cellsOfOthers), cells[notAsked]!);
    }
    // Each child's "not asked" count is a sum of this table's cells.
    const groups = childrenOf(name).map((child) => {
      const askedWhen = DIMENSIONS[child].link!.askedWhen;
      return values.flatMap((v, i) => (askedWhen.includes(v) ? [] : [i]));
    });
    const table = oneWayTable(cells, total, { additive: !dimension.multiple, fixed, groups });
    const { hidden } = protect(table);
    const tied = fixed.map((f) => f !== undefined);
    const result = { values, counts: cells, hidden: hidden.slice(0, values.length), tied, suppressed: new Suppressed(table, hidden) };
    ones.set(name, result);
    return result;
  }

  function twoWay(a: DimensionName, b: DimensionName): TwoWay {
    const key = `${a},${b}`;
    const kept = twos.get(key);
    if (kept) return kept;
    const rowsTable = oneWay(a);
    const colsTable = oneWay(b);
    const rows = rowsTable.values;
    const cols = colsTable.values;
    const byPair = counts.slice([a, b]);
    const cells = rows.flatMap((r) => cols.map((c) => byPair.get(r + KEY_SEPARATOR + c) ?? 0));
    const fixed: (Fixed | undefined)[] = cells.map(() => undefined);
    const at = (i: number, j: number) => i * cols.length + j;
    const linkA = DIMENSIONS[a].link;
    const linkB = DIMENSIONS[b].link;
    const nullRow = linkA ? rows.indexOf(NOT_ASKED) : -1;
    const nullCol = linkB ? cols.indexOf(NOT_ASKED) : -1;
    if (linkB && nullCol >= 0) {
      const others = notAskedValues(b);
      rows.forEach((r, i) => {
        if (i !== nullRow) fixed[at(i, nullCol)] = status(knownSum(a, r, linkB.parent, others), cells[at(i, nullCol)]!);
      });
    }
    if (linkA && nullRow >= 0) {
      const others = notAskedValues(a);
      cols.forEach((c, j) => {
        if (j !== nullCol) fixed[at(nullRow, j)] = status(knownSum(b, c, linkA.parent, others), cells[at(nullRow, j)]!);
      });
    }
    if (linkA && linkB && nullRow >= 0 && nullCol >= 0) {
      const othersA = notAskedValues(a);
      const othersB = notAskedValues(b);
      // Three tables count these responses; any one that lets them be worked out is enough.
      const known =
        knownSum(a, NOT_ASKED, linkB.parent, othersB) ||
        knownSum(b, NOT_ASKED, linkA.parent, othersA) ||
        knownBlock(linkA.parent, othersA, linkB.parent, othersB);
      fixed[at(nullRow, nullCol)] = status(known, cells[at(nullRow, nullCol)]!);
    }
    // Sums of cells that a child's cross-tab publishes as its "not asked" cells.
    const notAskedOf = (child: DimensionName) => {
      const askedWhen = DIMENSIONS[child].link!.askedWhen;
      return (value: string) => !askedWhen.includes(value);
    };
    const groups: number[][] = [];
    for (const child of childrenOf(b).filter((ch) => ch !== a)) {
      const inSum = notAskedOf(child);
      rows.forEach((_, i) => groups.push(cols.flatMap((c, j) => (inSum(c) ? [at(i, j)] : []))));
    }
    for (const child of childrenOf(a).filter((ch) => ch !== b)) {
      const inSum = notAskedOf(child);
      cols.forEach((_, j) => groups.push(rows.flatMap((r, i) => (inSum(r) ? [at(i, j)] : []))));
    }
    for (const childA of childrenOf(a).filter((ch) => ch !== b)) {
      for (const childB of childrenOf(b).filter((ch) => ch !== a && ch !== childA)) {
        const [inA, inB] = [notAskedOf(childA), notAskedOf(childB)];
        groups.push(rows.flatMap((r, i) => (inA(r) ? cols.flatMap((c, j) => (inB(c) ? [at(i, j)] : [])) : [])));
      }
    }
    const margins = (one: OneWay) => ({ values: one.counts, hidden: one.hidden });
    const table = twoWayTable(cells, margins(rowsTable), margins(colsTable), total, {
      rowsAdditive: !DIMENSIONS[b].multiple,
      colsAdditive: !DIMENSIONS[a].multiple,
      fixed,
      groups,
    });
    const { hidden } = protect(table);
    const result: TwoWay = {
      dimensions: [a, b],
      rows,
      cols,
      counts: cells,
      hidden: hidden.slice(0, cells.length),
      tied: fixed.map((f) => f !== undefined),
      suppressed: new Suppressed(table, hidden),
    };
    twos.set(key, result);
    return result;
  }

  return { total: () => total, oneWay, twoWay };
}
