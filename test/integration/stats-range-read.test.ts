/**
 * What a stats answer with an explicit `from` reads (src/db/stats.ts): its
 * cumulative counts need every week since the first counted, but D1 adds them
 * up into two buckets (before `from`, and `from` to `to`), so the Worker gets
 * a row per value, not per week and value, and the answer is the one every
 * week's counts give.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../src/db/client";
import { readSlices } from "../../src/db/stats";
import { STATS_START } from "../../src/stats/calendar";
import { slicesFor } from "../../src/stats/slices";
import { tabulate, type StatsQuery } from "../../src/stats/tabulate";
import { groupByWeek } from "../../src/stats/week-counts";
import { answers } from "../support/answers";
import { clearResponses, store } from "./stats-helpers";

beforeEach(clearResponses);

const RANGE: StatsQuery = { dimensions: ["embedded"], from: "2025-05-19", to: "2025-06-01", channel: null };

describe("a range's cumulative counts", () => {
  it("arrive in two buckets, before `from` and `from` to `to`, and give the answer every week's counts give", async () => {
    // Five weeks, two of them before `from`, one after `to`.
    await store("2025-05-06", 7, answers({ embedded: "yes" }));
    await store("2025-05-13", 5);
    await store("2025-05-20", 9, answers({ embedded: "yes" }), { channel: "hotline" });
    await store("2025-05-27", 4);
    await store("2025-06-03", 6, answers({ embedded: "yes" }));
    const db = database(env.DB);
    const slices = slicesFor(RANGE.dimensions);

    const { rows } = await readSlices(db, slices, RANGE);
    const weeks = new Set(rows.flat().map((r) => r.week));
    expect([...weeks].sort()).toEqual([STATS_START, RANGE.from]);

    // The same answer as from every week's own counts (a time slice reads week by week).
    const { rows: byWeek } = await readSlices(
      db,
      slices.map((s) => [...s, "week"] as const),
      { ...RANGE, from: STATS_START, dimensions: ["embedded", "week"] },
    );
    const perWeek = groupByWeek(
      slices,
      byWeek.map((slice) => slice.map((r) => ({ ...r, values: r.values.slice(0, -1) }))),
    );
    expect(new Set([...perWeek.keys()]).size).toBe(5 - 1);
    const expected = tabulate(RANGE, perWeek);
    const got = tabulate(RANGE, groupByWeek(slices, rows));
    expect(got).toEqual(expected);
    expect(got.cells.size).toBeGreaterThan(0);
  });
});
