import { describe, expect, it } from "vitest";
import { NOISE_SD } from "../../../src/stats/cell-key";
import { statsCsv, statsJson } from "../../../src/stats/output";
import { cellKey, type StatsTable } from "../../../src/stats/tabulate";

const query = { dimensions: ["embedded", "channel"] as const, from: "2025-01-06", to: "2025-01-12", channel: null };
const table: StatsTable = {
  query: { ...query, dimensions: [...query.dimensions] },
  values: [
    ["yes", "no"],
    ["web", "api"],
  ],
  cells: new Map([
    [cellKey(["yes", "web"]), 4],
    [cellKey(["yes", "api"]), 20],
    [cellKey(["no", "web"]), 30],
  ]),
  margins: [
    new Map([
      ["yes", 24],
      ["no", 31],
    ]),
    new Map([
      ["web", 33],
      ["api", 20],
    ]),
  ],
  total: 54,
};

describe("writing a stats answer", () => {
  it("as JSON: how counts are protected, a row per combination, subtotals for a cross-tab", () => {
    expect(statsJson(table)).toEqual({
      protection: { method: "cell_key_perturbation", noise_sd: NOISE_SD },
      group_by: ["embedded", "channel"],
      from: "2025-01-06",
      to: "2025-01-12",
      channel: null,
      rows: [
        { embedded: "yes", channel: "web", count: 4 },
        { embedded: "yes", channel: "api", count: 20 },
        { embedded: "no", channel: "web", count: 30 },
        { embedded: "no", channel: "api", count: 0 },
      ],
      total: 54,
      subtotals: {
        embedded: [
          { embedded: "yes", count: 24 },
          { embedded: "no", count: 31 },
        ],
        channel: [
          { channel: "web", count: 33 },
          { channel: "api", count: 20 },
        ],
      },
    });
  });

  it("as CSV: a header row, then the same rows", () => {
    expect(statsCsv(table)).toBe("embedded,channel,count\r\nyes,web,4\r\nyes,api,20\r\nno,web,30\r\nno,api,0\r\n");
  });

  it("gives one row for no dimension, and null for 'not answered'", () => {
    const total = { ...table, query: { ...table.query, dimensions: [] }, values: [], margins: [] };
    expect(statsJson(total).rows).toEqual([{ count: 54 }]);
    const state = {
      ...table,
      query: { ...table.query, dimensions: ["state" as const] },
      values: [[""]],
      cells: new Map([["", 12]]),
      margins: [],
    };
    expect(statsJson(state).rows).toEqual([{ state: null, count: 12 }]);
  });
});
