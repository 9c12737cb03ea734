/**
 * @module
 * One-way and two-way tables of counts as linear tables (./protect.ts): which
 * relations hold (a total is the sum of its parts only where each response
 * falls in exactly one part, so not across a multiple-choice question) and the
 * graph they make. Also the test other tables use to ask "can the published
 * counts of this table pin down this sum of its cells?".
 */
import { cycleBasis } from "./graph";
import { edgesOf, isSmall, sumIsKnown, type Fixed, type LinearTable } from "./protect";

export interface Margin {
  readonly values: readonly number[];
  readonly hidden: readonly boolean[];
}

export interface Total {
  readonly value: number;
  readonly hidden: boolean;
}

/** The grand total is hidden exactly when it is small, in every table of a week. */
export function totalOf(value: number): Total {
  return { value, hidden: isSmall(value) };
}

const fixedTotal = (total: Total): Fixed => (total.hidden ? "hidden" : "shown");
const fixedMargin = (margin: Margin, i: number): Fixed => (margin.hidden[i] ? "hidden" : "shown");

/**
 * Cells 0…n-1, then the total. When `additive` (single choice) one relation
 * holds, total = sum of cells; otherwise there is none and each count stands alone.
 */
export function oneWayTable(
  cells: readonly number[],
  total: Total,
  options: { additive: boolean; fixed?: readonly (Fixed | undefined)[]; groups?: readonly (readonly number[])[] },
): LinearTable {
  const relation = 0;
  const free = 1;
  const end = options.additive ? relation : free;
  const variables = [
    ...cells.map((value, i) => ({ value, ends: [end, free] as const, ...(options.fixed?.[i] && { fixed: options.fixed[i] }) })),
    { value: total.value, ends: [end, free] as const, fixed: fixedTotal(total) },
  ];
  const relations = options.additive ? [{ total: cells.length, members: cells.map((_, i) => i) }] : [];
  return { nodeCount: 2, free, variables, relations, groups: options.groups ?? [] };
}

/**
 * Interior cells row by row (index i * cols + j), then the row totals, the
 * column totals and the grand total. The margins come fixed from the one-way
 * tables, so a cross-tab never shows a subtotal its one-way table hides, nor
 * hides one it shows.
 *
 * Nodes: row i is i, column j is rows + j, "total = sum of row totals" is
 * rows + cols, "total = sum of column totals" is rows + cols + 1, free is the last.
 */
export function twoWayTable(
  cells: readonly number[],
  rowTotals: Margin,
  colTotals: Margin,
  total: Total,
  options: { rowsAdditive: boolean; colsAdditive: boolean; fixed?: readonly (Fixed | undefined)[]; groups?: readonly (readonly number[])[] },
): LinearTable {
  const rows = rowTotals.values.length;
  const cols = colTotals.values.length;
  const sumOfRows = rows + cols;
  const sumOfCols = rows + cols + 1;
  const free = rows + cols + 2;
  const { rowsAdditive, colsAdditive } = options;
  const rowNode = (i: number) => (rowsAdditive ? i : free);
  const colNode = (j: number) => (colsAdditive ? rows + j : free);
  const variables = [
    ...cells.map((value, k) => ({
      value,
      ends: [rowNode(Math.floor(k / cols)), colNode(k % cols)] as const,
      ...(options.fixed?.[k] && { fixed: options.fixed[k] }),
    })),
    ...rowTotals.values.map((value, i) => ({ value, ends: [rowNode(i), colsAdditive ? sumOfRows : free] as const, fixed: fixedMargin(rowTotals, i) })),
    ...colTotals.values.map((value, j) => ({ value, ends: [colNode(j), rowsAdditive ? sumOfCols : free] as const, fixed: fixedMargin(colTotals, j) })),
    { value: total.value, ends: [rowsAdditive ? sumOfCols : free, colsAdditive ? sumOfRows : free] as const, fixed: fixedTotal(total) },
  ];
  const rowTotal = (i: number) => rows * cols + i;
  const colTotal = (j: number) => rows * cols + rows + j;
  const grand = rows * cols + rows + cols;
  const relations = [
    ...(rowsAdditive ? Array.from({ length: rows }, (_, i) => ({ total: rowTotal(i), members: Array.from({ length: cols }, (_, j) => i * cols + j) })) : []),
    ...(colsAdditive ? Array.from({ length: cols }, (_, j) => ({ total: colTotal(j), members: Array.from({ length: rows }, (_, i) => i * cols + j) })) : []),
    ...(colsAdditive ? [{ total: grand, members: Array.from({ length: rows }, (_, i) => rowTotal(i)) }] : []),
    ...(rowsAdditive ? [{ total: grand, members: Array.from({ length: cols }, (_, j) => colTotal(j)) }] : []),
  ];
  return { nodeCount: rows + cols + 3, free, variables, relations, groups: options.groups ?? [] };
}

/**
 * A suppressed table, able to answer whether the sum of some of its cells can
 * be worked out from what it shows: the sum moves with some cycle of hidden
 * counts unless, on every cycle, its cells' signed changes cancel out.
 */
export class Suppressed {
  private cycles?: ReturnType<typeof cycleBasis>;

  constructor(
    readonly table: LinearTable,
    readonly hidden: readonly boolean[],
  ) {}

  /** Whether the sum of these cells (variable indices; not margins) is pinned down by the shown counts. */
  sumIsKnown(cells: readonly number[]): boolean {
    this.cycles ??= cycleBasis(this.table.nodeCount, edgesOf(this.table), (i) => this.hidden[i]!, this.table.free);
    return sumIsKnown(this.table, this.hidden, cells, this.cycles);
  }
}
