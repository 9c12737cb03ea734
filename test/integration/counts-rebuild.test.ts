import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../src/db/client";
import { rebuildCounts, rebuildWeek, rebuildableWeeks, type RebuildProgress } from "../../src/db/rebuild";
import { purgeResponsesBefore } from "../../src/db/retention";
import { firstWeekOf, resetCoverage, seedResponses, snapshot, weeksOf } from "./counts-fixtures";
import { clearResponses } from "./stats-helpers";

const run = (sql: string, ...params: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...params)
    .run();

/** Damages the counts the ways a rebuild must repair: a week gone, a count wrong, a stray row, days gone. */
async function corrupt() {
  await run("DELETE FROM weekly_counts WHERE week = '2024-06-24'");
  await run("UPDATE weekly_counts SET responses = responses + 7 WHERE week = '2024-09-16' AND dim_a = 'product'");
  await run(
    "INSERT INTO weekly_counts (week, channel, dim_a, value_a, dim_b, value_b, responses, key_sum) VALUES ('2024-10-07', 'web', 'sector', 'dams', 'state', 'VT', 3, 12345)",
  );
  await run("DELETE FROM daily_counts WHERE day BETWEEN '2024-07-01' AND '2024-07-03'");
  await run("UPDATE daily_counts SET responses = 0 WHERE day = '2024-09-20' AND dim = ''");
}

beforeEach(async () => {
  await clearResponses();
  await resetCoverage();
});

describe("npm run counts:rebuild (src/db/rebuild.ts)", () => {
  it("recomputes the weekly and daily counts exactly as the writes kept them", async () => {
    await seedResponses(400, "2024-12-29");
    const kept = await snapshot();
    expect(kept.weekly.length).toBeGreaterThan(5_000);
    await corrupt();
    expect(await snapshot()).not.toEqual(kept);

    const result = await rebuildCounts(env.DB);
    expect(await snapshot()).toEqual(kept);
    expect(result).toEqual({ firstWeek: "2024-06-17", weeks: 28, responses: 400 });
  });

  it("resumes an interrupted run where it stopped and ends the same", async () => {
    await seedResponses(300, "2024-12-29", 2);
    const kept = await snapshot();
    await run("DELETE FROM weekly_counts");
    await run("DELETE FROM daily_counts");
    let saved: RebuildProgress | undefined;
    const interrupted = rebuildCounts(env.DB, {
      onWeek: (progress) => {
        saved = progress;
        if (progress.nextWeek === "2024-08-05") throw new Error("interrupted");
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted");
    expect(saved).toEqual({ firstWeek: "2024-06-17", nextWeek: "2024-08-05" });
    expect(weeksOf(await snapshot(), "before", "2024-08-05")).toEqual(weeksOf(kept, "before", "2024-08-05"));
    expect(weeksOf(await snapshot(), "from", "2024-08-05").weekly).toEqual([]);

    const weeks: string[] = [];
    let started: unknown;
    const resumed = await rebuildCounts(env.DB, {
      resume: saved!,
      onStart: (r) => {
        started = r;
      },
      onWeek: (p) => void weeks.push(p.nextWeek),
    });
    expect(started).toMatchObject({ from: "2024-08-05", to: "2024-12-23" });
    expect(weeks[0]).toBe("2024-08-12");
    expect(resumed.weeks).toBe(28 - 7);
    expect(await snapshot()).toEqual(kept);
  });

  it("leaves alone every week whose responses may have been purged, the oldest stored week included", async () => {
    await seedResponses(400, "2024-12-29", 3);
    // The purge keeps responses from Wednesday 2024-09-04 on: the week of 2024-09-02 is partial.
    await purgeResponsesBefore(database(env.DB), "2024-09-04");
    const kept = await snapshot();
    expect(await rebuildableWeeks(env.DB)).toEqual({ from: "2024-09-09", to: "2024-12-23" });
    await run(
      "UPDATE weekly_counts SET responses = responses + 5 WHERE week IN ('2024-08-05', '2024-09-02', '2024-09-16') AND dim_a = ''",
    );
    const damaged = await snapshot();
    expect(weeksOf(damaged, "before", "2024-09-09")).not.toEqual(weeksOf(kept, "before", "2024-09-09"));
    expect(weeksOf(damaged, "from", "2024-09-09")).not.toEqual(weeksOf(kept, "from", "2024-09-09"));

    await rebuildCounts(env.DB);
    const after = await snapshot();
    expect(weeksOf(after, "before", "2024-09-09")).toEqual(weeksOf(damaged, "before", "2024-09-09"));
    expect(weeksOf(after, "from", "2024-09-09")).toEqual(weeksOf(kept, "from", "2024-09-09"));
    // Asked for such a week anyway (as if the purge reached it mid-run), the batch refuses and changes nothing.
    await expect(rebuildWeek(env.DB, "2024-09-02")).rejects.toThrow("may hold purged responses");
    expect(await snapshot()).toEqual(after);
  });

  it("counts every week again in several statements when a week holds more than one chunk", async () => {
    await seedResponses(200, "2024-07-14", 4);
    const kept = await snapshot();
    await run("DELETE FROM weekly_counts");
    await run("DELETE FROM daily_counts");
    let counted = 0;
    for (const week of ["2024-06-17", "2024-06-24", "2024-07-01", "2024-07-08"]) counted += await rebuildWeek(env.DB, week, 7);
    expect(counted).toBe(200);
    expect(await snapshot()).toEqual(kept);
  });

  it("lowers each counted dimension's first week to the first week it recounted, never raising one", async () => {
    await seedResponses(100, "2024-12-29", 5);
    await run("UPDATE dimension_coverage SET first_week = '2026-12-07' WHERE dim = 'product'");
    await run("DELETE FROM dimension_coverage WHERE dim = 'state'");
    await rebuildCounts(env.DB);
    expect(await firstWeekOf("product")).toBe("2024-06-17");
    expect(await firstWeekOf("state")).toBe("2024-06-17");
    await purgeResponsesBefore(database(env.DB), "2024-09-04");
    await rebuildCounts(env.DB);
    expect(await firstWeekOf("product")).toBe("2024-06-17");
  });
});
