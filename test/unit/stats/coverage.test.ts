import { describe, expect, it } from "vitest";
import { checkCoverage } from "../../../src/stats/coverage";
import type { StatsQuery } from "../../../src/stats/tabulate";

const FIRST_WEEKS = new Map([
  ["product", "2025-01-06"],
  ["state", "2025-03-03"],
  ["respondent_type", "2024-06-17"],
  ["locale", "2024-06-17"],
]);
const query = (dimensions: StatsQuery["dimensions"], from = "2024-06-17"): StatsQuery => ({
  dimensions,
  from,
  to: "2025-06-29",
  channel: null,
});

describe("checking a stats query against each dimension's first week", () => {
  it("moves a default from to the latest first week of the dimensions asked", () => {
    expect(checkCoverage(query(["product", "state"]), false, FIRST_WEEKS)).toEqual({
      ok: true,
      query: query(["product", "state"], "2025-03-03"),
    });
    expect(checkCoverage(query(["product", "week"]), false, FIRST_WEEKS)).toEqual({
      ok: true,
      query: query(["product", "week"], "2025-01-06"),
    });
  });

  it("refuses an explicit from before a first week, naming each dimension counted later", () => {
    const checked = checkCoverage(query(["product", "state"], "2025-02-03"), true, FIRST_WEEKS);
    expect(checked).toEqual({
      ok: false,
      problems: [
        {
          parameter: "from",
          code: "not_yet_counted",
          message: "state is counted from the week of 2025-03-03; ask from 2025-03-03 or later, or run npm run counts:rebuild",
        },
      ],
    });
    expect(checkCoverage(query(["product", "state"], "2025-03-03"), true, FIRST_WEEKS).ok).toBe(true);
  });

  it("leaves alone dimensions counted from the start, the channel and time", () => {
    for (const dimensions of [[], ["channel"], ["day"], ["respondent_type", "locale"]] as StatsQuery["dimensions"][]) {
      expect(checkCoverage(query(dimensions), true, FIRST_WEEKS)).toEqual({ ok: true, query: query(dimensions) });
    }
  });
});
