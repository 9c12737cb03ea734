import { describe, expect, it } from "vitest";
import { statsCsv, statsJson } from "../../../src/stats/output";
import { cellKey, type StatsTable } from "../../../src/stats/tabulate";

const query = { dimensions: ["embedded", "channel"] as const, from: "2025-01-06", to: "2025-01-12", channel: null };
const table: StatsTable = {
  query: { ...query, dimensions: [...query.dimensions] },
  values: [["yes", "no"], ["web", "api"]],
  cells: new Map([
    [cellKey(["yes", "web"]), { count: 4, hidden: true }],
    [cellKey(["yes", "api"]), { count: 20, hidden: true }],
    [cellKey(["no", "web"]), { count: 30, hidden: false }],
  ]),
  margins: [
    new Map([["yes", { count: 24, hidden: false }], ["no", { count: 30, hidden: false }]]),
    new Map([["web", { count: 34, hidden: false }], ["api", { count: 20, hidden: false }]]),
  ],
  total: { count: 54, hidden: false },
};

describe("writing a stats answer", () => {
  it("as JSON: a row per combination, hidden counts null and marked, subtotals for a cross-tab", () => {
    expect(statsJson(table)).toEqual({
      k: 11,
      group_by: ["embedded", "channel"],
      from: "2025-01-06",
      to: "2025-01-12",
      channel: null,
      rows: [
        { embedded: "yes", channel: "web", count: null, suppressed: true },
        { embedded: "yes", channel: "api", count: null, suppressed: true },
        { embedded: "no", channel: "web", count: 30, suppressed: false },
        { embedded: "no", channel: "api", count: 0, suppressed: false },
      ],
      total: 54,
      subtotals: {
        embedded: [{ embedded: "yes", count: 24, suppressed: false }, { embedded: "no", count: 30, suppressed: false }],
        channel: [{ channel: "web", count: 34, suppressed: false }, { channel: "api", count: 20, suppressed: false }],
      },
    });
  });

  it("as CSV: a header row, then the same rows, hidden counts empty", () => {
    expect(statsCsv(table)).toBe(
      "embedded,channel,count,suppressed\r\nyes,web,,true\r\nyes,api,,true\r\nno,web,30,false\r\nno,api,0,false\r\n",
    );
  });

  it("gives one row for no dimension, and null for 'not answered'", () => {
    const total = { ...table, query: { ...table.query, dimensions: [] }, values: [], margins: [] };
    expect(statsJson(total).rows).toEqual([{ count: 54, suppressed: false }]);
    const state = { ...table, query: { ...table.query, dimensions: ["state" as const] }, values: [[""]], cells: new Map([["", { count: 12, hidden: false }]]), margins: [] };
    expect(statsJson(state).rows).toEqual([{ state: null, count: 12, suppressed: false }]);
  });
});
