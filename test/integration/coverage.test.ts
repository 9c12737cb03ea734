import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { utcDay } from "../../src/check/dates";
import { database } from "../../src/db/client";
import { mondayAfter, readCoverage, registerDimensions } from "../../src/db/coverage";
import worker from "../../src/index";
import { FACT_DIMENSIONS } from "../../src/db/aggregate-sql";
import { firstWeekOf, resetCoverage } from "./counts-fixtures";
import { get, texts } from "./helpers";
import { analystHeaders, askStats, clearResponses, store } from "./stats-helpers";

const run = (sql: string, ...params: unknown[]) =>
  env.DB.prepare(sql)
    .bind(...params)
    .run();
const today = () => utcDay(new Date());

beforeEach(async () => {
  await clearResponses();
  await resetCoverage();
});
afterEach(resetCoverage);

describe("the first week each counted dimension is counted from (src/db/coverage.ts)", () => {
  it("is 2024-06-17 for every dimension counted when migration 0006 ran", async () => {
    const coverage = await readCoverage(database(env.DB));
    expect(Object.fromEntries(coverage)).toEqual(Object.fromEntries(FACT_DIMENSIONS.map((d) => [d, "2024-06-17"])));
    expect(FACT_DIMENSIONS).toEqual(
      expect.arrayContaining(["respondent_type", "product", "installed_on", "state", "locale", "outcome"]),
    );
  });

  it("registers a dimension without a row for the Monday after today, and leaves rows already there", async () => {
    expect(mondayAfter("2026-12-02")).toBe("2026-12-07");
    expect(mondayAfter("2026-12-07")).toBe("2026-12-14");
    await run("DELETE FROM dimension_coverage WHERE dim = 'product'");
    await registerDimensions(database(env.DB), ["product", "state"], "2026-12-02");
    expect(await firstWeekOf("product")).toBe("2026-12-07");
    expect(await firstWeekOf("state")).toBe("2024-06-17");
  });

  it("gets a row from the daily cron for a dimension the counts hold but no migration seeded", async () => {
    await run("DELETE FROM dimension_coverage WHERE dim = 'installed_on'");
    const ctx = createExecutionContext();
    await worker.scheduled(
      createScheduledController({ scheduledTime: new Date("2025-10-07T03:17:00Z"), cron: "17 3 * * *" }),
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(await firstWeekOf("installed_on")).toBe("2025-10-13");
    expect(await firstWeekOf("product")).toBe("2024-06-17");
  });
});

describe("stats for a dimension counted from a later week", () => {
  it("registers it when first asked, refuses an earlier explicit from with a 400 naming it and its week, and moves a default from", async () => {
    await store("2024-07-02", 12);
    await run("DELETE FROM dimension_coverage WHERE dim = 'product'");
    const week = mondayAfter(today());
    const refused = await askStats({ group_by: "respondent_type,product", from: "2024-07-01" });
    expect(refused.status).toBe(400);
    const message = `product is counted from the week of ${week}; ask from ${week} or later, or run npm run counts:rebuild`;
    expect(await refused.json()).toEqual({
      error: { status: 400, message, problems: [{ parameter: "from", code: "not_yet_counted", message }] },
    });
    expect(await firstWeekOf("product")).toBe(week);

    const defaulted = await askStats({ group_by: "product" });
    expect(defaulted.status).toBe(200);
    const body = await defaulted.json<{ from: string; total: number | null }>();
    // No complete week is counted yet: the answer starts at the first week and holds no count, not zeros for earlier weeks.
    expect(body.from).toBe(week);
    expect(body.total).toBe(0);
    // Its own first week is not complete yet: refused as any range without a complete week is.
    expect(await (await askStats({ group_by: "product", from: week, to: week })).json()).toMatchObject({
      error: { problems: [{ code: "no_complete_week" }] },
    });
  });

  it("answers as before for dimensions counted all along, and for the total, channel and time", async () => {
    await store("2024-07-02", 12);
    await run("UPDATE dimension_coverage SET first_week = '2024-09-02' WHERE dim = 'state'");
    for (const group_by of ["", "channel", "week", "respondent_type"]) {
      expect((await askStats({ group_by, from: "2024-07-01", to: "2024-07-07" })).status).toBe(200);
    }
    const moved = await askStats({ group_by: "state,week", to: "2024-09-15" });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ from: "2024-09-02", to: "2024-09-15" });
    expect((await askStats({ group_by: "state", from: "2024-09-04", to: "2024-09-15" })).status).toBe(200);
  });

  it("is said in place of its chart on the dashboard, whose other charts still cover the weeks asked", async () => {
    await store("2024-07-02", 12);
    await run("UPDATE dimension_coverage SET first_week = '2024-09-02' WHERE dim = 'state'");
    const headers = await analystHeaders();
    for (const query of ["from=2024-07-01&to=2024-09-29", "to=2024-09-29"]) {
      const res = await get(`/analyst?${query}`, headers);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain("Counted from the week of September 2, 2024. Choose a From date on or after it to see this chart.");
      expect(texts(html, "caption")).not.toContain("By state or territory");
      // The other charts keep the weeks asked: their CSV links start at the from date, not at state's first week.
      expect(html).toContain(`group_by=respondent_type&amp;from=${query.startsWith("from") ? "2024-07-01" : "2024-06-17"}`);
    }
  });
});
