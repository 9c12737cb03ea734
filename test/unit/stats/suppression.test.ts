import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalOrder, type DimensionName } from "../../../src/stats/dimensions";
import { isSmall, protect } from "../../../src/stats/protect";
import { oneWayTable, totalOf } from "../../../src/stats/tables";
import { weekTables } from "../../../src/stats/week-tables";
import { countsOf, fakeResponse, isMultiple } from "./fake-responses";
import { Span } from "./linear";

const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 3, arbitrary: fc.integer({ min: 11, max: 80 }) },
);
/** 0 to 150 responses: few enough for small counts, enough for large ones next to them. */
const responses = fc.integer({ min: 0, max: 150 }).chain((n) => fc.array(fakeResponse, { minLength: n, maxLength: n }));
const DIMS: DimensionName[] = ["respondent_type", "sector", "uses_kaspersky", "product", "platform", "channel", "outcome", "embedded"];
const pair = fc.uniqueArray(fc.constantFrom(...DIMS), { minLength: 2, maxLength: 2 }).map((p) => canonicalOrder(p) as [DimensionName, DimensionName]);

/** A published cross-tab with its margins and total, as variables: value, whether shown. */
function published(tables: ReturnType<typeof weekTables>, a: DimensionName, b: DimensionName) {
  const cross = tables.twoWay(a, b);
  const rows = tables.oneWay(a);
  const cols = tables.oneWay(b);
  const total = tables.total();
  const m = cross.rows.length;
  const n = cross.cols.length;
  const values = [...cross.counts, ...rows.counts, ...cols.counts, total.value];
  const hidden = [...cross.hidden, ...rows.hidden, ...cols.hidden, total.hidden];
  // Counts whose status the parent question's table decides ("not asked"), and margins.
  const tied = [...cross.tied, ...rows.counts.map(() => true), ...cols.counts.map(() => true), true];
  const rowTotal = (i: number) => m * n + i;
  const colTotal = (j: number) => m * n + m + j;
  const grand = m * n + m + n;
  // "total = sum of parts" wherever every response falls in exactly one part.
  const relations: { total: number; parts: number[] }[] = [];
  if (!isMultiple(b)) for (let i = 0; i < m; i++) relations.push({ total: rowTotal(i), parts: Array.from({ length: n }, (_, j) => i * n + j) });
  if (!isMultiple(a)) for (let j = 0; j < n; j++) relations.push({ total: colTotal(j), parts: Array.from({ length: m }, (_, i) => i * n + j) });
  if (!isMultiple(a)) relations.push({ total: grand, parts: Array.from({ length: m }, (_, i) => rowTotal(i)) });
  if (!isMultiple(b)) relations.push({ total: grand, parts: Array.from({ length: n }, (_, j) => colTotal(j)) });
  return { values, hidden, tied, relations };
}

describe("small-cell suppression of one table", () => {
  it("never shows a count from 1 to 10, and leaves no single hidden count to subtract out of a total", () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 12 }), fc.boolean(), (cells, additive) => {
        const total = additive ? cells.reduce((s, c) => s + c, 0) : Math.max(0, ...cells) + 5;
        const table = oneWayTable(cells, totalOf(total), { additive });
        const { hidden } = protect(table);
        cells.forEach((c, i) => expect(isSmall(c) && !hidden[i]).toBe(false));
        if (!additive || hidden[cells.length]) return;
        const hiddenCells = cells.filter((_, i) => hidden[i]);
        // total − shown = sum of the hidden: one hidden count would be recovered; 1–10 would be a small group.
        expect(hiddenCells.length).not.toBe(1);
        expect(isSmall(hiddenCells.reduce((s, c) => s + c, 0))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("hides a small grand total, and then every count it contains", () => {
    const table = oneWayTable([3, 0, 4], totalOf(7), { additive: true });
    expect(protect(table).hidden).toEqual([true, false, true, true]);
  });
});

describe("a cross-tab with its margins and total, attacked by subtraction", () => {
  it("yields no hidden count by repeatedly subtracting shown counts from totals and subtotals", () => {
    fc.assert(
      fc.property(responses, pair, (list, [a, b]) => {
        const { values, hidden, tied, relations } = published(weekTables("2025-01-06", countsOf(list)), a, b);
        values.forEach((v, i) => expect(isSmall(v) && !hidden[i], `count ${i} = ${v} shown`).toBe(false));
        const known = hidden.map((h) => !h);
        for (const { total, parts } of relations) {
          const unknown = [total, ...parts].filter((i) => !known[i]);
          // With one unknown left, subtraction gives it away: this must never happen to a hidden count.
          expect(unknown.length, `${a} × ${b}: count ${unknown[0]} (${values[unknown[0]!]}) recovered by subtraction`).not.toBe(1);
        }
        // Where the table decides what to hide, the hidden parts of a shown total never add up to 1–10.
        // (Parts tied to another table, like a "not asked" column, are that table's to protect: see README.)
        for (const { total, parts } of relations) {
          if (!known[total] || parts.every((p) => known[p] || tied[p])) continue;
          const rest = values[total]! - parts.filter((p) => known[p]).reduce((s, p) => s + values[p]!, 0);
          expect(isSmall(rest), `${a} × ${b}: hidden parts of a shown total add up to ${rest}`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves every hidden count free to move: no combination of the table's relations pins one down", () => {
    fc.assert(
      fc.property(responses, pair, (list, [a, b]) => {
        const { values, hidden, relations } = published(weekTables("2025-01-06", countsOf(list)), a, b);
        const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
        const column = new Map(unknowns.map((v, k) => [v, k]));
        const span = new Span(unknowns.length);
        for (const { total, parts } of relations) {
          const row = new Array<number>(unknowns.length).fill(0);
          for (const p of parts) if (column.has(p)) row[column.get(p)!] = 1;
          if (column.has(total)) row[column.get(total)!] = -1;
          span.add(row);
        }
        for (const [v, k] of column) {
          const unit = new Array<number>(unknowns.length).fill(0);
          unit[k] = 1;
          expect(span.contains(unit), `${a} × ${b}: hidden count ${v} (${values[v]}) is pinned down`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
