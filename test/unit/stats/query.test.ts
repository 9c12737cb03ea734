import { describe, expect, it } from "vitest";
import { parseStatsQuery } from "../../../src/stats/query";

const TODAY = "2026-11-19"; // a Thursday: the last complete week ended on Sunday 2026-11-15
const parse = (params: Record<string, string>) =>
  parseStatsQuery(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, [v]])), TODAY);

describe("reading the stats parameters", () => {
  it("defaults to every complete week since counting began, every channel, no dimension", () => {
    expect(parse({})).toEqual({
      ok: true,
      format: undefined,
      fromGiven: false,
      query: { dimensions: [], from: "2024-06-17", to: "2026-11-15", channel: null },
    });
  });

  it("snaps dates outwards to whole weeks, Monday to Sunday", () => {
    expect(parse({ from: "2025-03-05", to: "2025-03-05" })).toMatchObject({
      ok: true,
      fromGiven: true,
      query: { from: "2025-03-03", to: "2025-03-09" },
    });
  });

  it("keeps to the weeks that are counted: none before June 2024, none still going on", () => {
    expect(parse({ from: "2023-01-01", to: "2027-01-01" })).toMatchObject({
      ok: true,
      query: { from: "2024-06-17", to: "2026-11-15" },
    });
    const current = parse({ from: "2026-11-16" });
    expect(current).toMatchObject({ ok: false, problems: [{ parameter: "from", code: "no_complete_week" }] });
  });

  it("takes one or two dimensions, in the order asked, a channel and a format", () => {
    expect(parse({ group_by: "state, product", channel: "hotline", format: "csv" })).toMatchObject({
      ok: true,
      format: "csv",
      query: { dimensions: ["state", "product"], channel: "hotline" },
    });
  });

  it("says what is wrong with each bad parameter at once", () => {
    const parsed = parse({ group_by: "state,colour,day", from: "2025-02-29", channel: "email" });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.code)).toEqual([
      "unknown_dimension",
      "too_many_dimensions",
      "not_a_date",
      "unknown_channel",
    ]);
  });

  it("refuses a parameter given twice, and one it does not know", () => {
    const parsed = parseStatsQuery({ group_by: ["state", "day"], colour: ["red"] }, TODAY);
    expect(parsed).toMatchObject({
      ok: false,
      problems: [{ code: "repeated_parameter" }, { code: "unknown_parameter", parameter: "colour" }],
    });
    expect(parseStatsQuery({ lang: ["es"] }, TODAY, ["lang"]).ok).toBe(true);
  });
});
