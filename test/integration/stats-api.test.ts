import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { optionIds } from "../../src/check/questionnaire";
import { get } from "./helpers";
import { answers } from "../support/answers";
import { askStats, clearResponses, noisy, stats, store, type StatsBody } from "./stats-helpers";
import { AGENT_HEADERS } from "./staff-tokens";

const SMALL_BUSINESS = answers({ respondent: "small_business", devices: "10_49" });

beforeEach(clearResponses);

describe("the stats API", () => {
  it("answers analysts only: 401 without a token, 403 to an agent", async () => {
    const anonymous = await get("/api/v1/stats");
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { status: 401 } });
    expect((await get("/api/v1/stats", AGENT_HEADERS)).status).toBe(403);
    expect((await askStats({})).status).toBe(200);
  });

  it.each([
    [{ group_by: "colour" }, "group_by", 'Unknown dimension "colour"'],
    [{ group_by: "state,product,platform" }, "group_by", "at most two dimensions"],
    [{ group_by: "state,state" }, "group_by", "same dimension twice"],
    [{ from: "2025-02-30" }, "from", "real date"],
    [{ to: "yesterday" }, "to", "real date"],
    [{ from: "2025-06-01", to: "2025-05-01" }, "from", "is after to"],
    [{ channel: "fax" }, "channel", "channel must be one of web, hotline, api"],
    [{ format: "xml" }, "format", "json or csv"],
    [{ groupby: "state" }, "groupby", 'Unknown parameter "groupby"'],
    [{ from: "2020-01-01", to: "2020-02-01" }, "to", "No complete week"],
  ])("refuses %j with a 400 that says what is wrong", async (params, parameter, message) => {
    const res = await askStats(params as Record<string, string>);
    expect(res.status).toBe(400);
    const body = await res.json<{ error: { message: string; problems: { parameter: string; message: string }[] } }>();
    expect(body.error.message).toContain(message);
    expect(body.error.problems).toContainEqual(expect.objectContaining({ parameter }));
  });

  it("counts whole weeks, each count its responses' own fixed noisy count, small ones included", async () => {
    const household = await store("2025-03-04", 30); // a Tuesday
    const small = await store("2025-03-06", 12, SMALL_BUSINESS);
    const federal = await store("2025-03-09", 3, answers({ respondent: "federal_agency", devices: "50_249" })); // the Sunday
    const body = await stats({ group_by: "respondent_type", from: "2025-03-05", to: "2025-03-05" });
    expect(body).toMatchObject({
      protection: { method: "cell_key_perturbation", noise_sd: 2 },
      group_by: ["respondent_type"],
      from: "2025-03-03",
      to: "2025-03-09",
      channel: null,
    });
    expect(body.total).toBe(await noisy([...household, ...small, ...federal]));
    const count = (type: string) => body.rows.find((r) => r.respondent_type === type);
    expect(count("federal_agency")).toEqual({ respondent_type: "federal_agency", count: await noisy(federal) });
    expect(count("small_business")).toEqual({ respondent_type: "small_business", count: await noisy(small) });
    expect(count("household")).toEqual({ respondent_type: "household", count: await noisy(household) });
    // Nobody: zero, exactly.
    expect(count("sltt_government")).toEqual({ respondent_type: "sltt_government", count: 0 });
    // Asked again, the same numbers: the noise is fixed, so repeating a question gives nothing to average.
    expect(await stats({ group_by: "respondent_type", from: "2025-03-05", to: "2025-03-05" })).toEqual(body);
  });

  it("answers a range as the difference of two cumulative counts, so no range is a fresh look at a week", async () => {
    await store("2025-04-07", 40);
    await store("2025-04-14", 40);
    const second = await store("2025-04-15", 4, answers({ embedded: "yes" }));
    const first = await store("2025-04-08", 15, answers({ embedded: "yes" }));
    const yes = (body: StatsBody) => body.rows.find((r) => r.embedded === "yes")!.count;
    // From the first week counted: one cumulative count.
    expect(yes(await stats({ group_by: "embedded", from: "2025-04-07", to: "2025-04-20" }))).toBe(
      await noisy([...first, ...second]),
    );
    expect(yes(await stats({ group_by: "embedded", from: "2025-04-07", to: "2025-04-13" }))).toBe(await noisy(first));
    // The second week alone: the same two cumulative counts, subtracted (never below zero).
    const secondWeek = await stats({ group_by: "embedded", from: "2025-04-14", to: "2025-04-20" });
    expect(yes(secondWeek)).toBe(Math.max(0, (await noisy([...first, ...second])) - (await noisy(first))));
    // By week, each week is its own cell.
    const byWeek = await stats({ group_by: "embedded,week", from: "2025-04-07", to: "2025-04-20" });
    expect(byWeek.rows.find((r) => r.embedded === "yes" && r.week === "2025-04-14")!.count).toBe(await noisy(second));
  });

  it("leaves out the current week until it is over", async () => {
    const body = await stats({});
    const today = new Date().toISOString().slice(0, 10);
    expect(body.to < today).toBe(true);
    expect(new Date(`${body.to}T00:00:00Z`).getUTCDay()).toBe(0);
    expect(body.from).toBe("2024-06-17");
  });

  it("cross-tabulates two dimensions, with subtotals that match the one-way answers", async () => {
    await store("2025-05-05", 25, answers({ ultraav: "yes" }));
    await store("2025-05-06", 14);
    await store("2025-05-07", 13, SMALL_BUSINESS);
    const pair = await store("2025-05-08", 2, answers({ respondent: "small_business", devices: "10_49", ultraav: "yes" }));
    const range = { from: "2025-05-05", to: "2025-05-11" };
    const cross = await stats({ group_by: "ultraav,respondent_type", ...range });
    expect(Object.keys(cross.rows[0]!)).toEqual(["ultraav", "respondent_type", "count"]);
    expect(cross.rows).toHaveLength(optionIds("ultraav").length * optionIds("respondent").length);
    for (const d of ["ultraav", "respondent_type"]) {
      const oneWay = await stats({ group_by: d, ...range });
      expect(cross.subtotals![d]).toEqual(oneWay.rows);
    }
    expect(cross.rows.find((r) => r.ultraav === "yes" && r.respondent_type === "small_business")).toMatchObject({
      count: await noisy(pair),
    });
  });

  it("gives the same set of people the same number whichever way it is asked: a channel filter, a channel row, a cell", async () => {
    const web = await store("2025-06-02", 20);
    const hotline = await store("2025-06-03", 15, answers(), { channel: "hotline", outcome: "guided_removal" });
    const range = { from: "2025-06-02", to: "2025-06-08" };
    const filtered = await stats({ group_by: "outcome", ...range, channel: "hotline" });
    expect(filtered.total).toBe(await noisy(hotline));
    expect(filtered.rows.find((r) => r.outcome === "guided_removal")).toMatchObject({ count: await noisy(hotline) });
    const byChannel = await stats({ group_by: "channel", ...range });
    expect(byChannel.rows).toEqual([
      { channel: "web", count: await noisy(web) },
      { channel: "hotline", count: await noisy(hotline) },
      { channel: "api", count: 0 },
      { channel: "ivr", count: 0 },
    ]);
    const pair = await stats({ group_by: "channel,outcome", ...range });
    expect(pair.rows.find((r) => r.channel === "hotline" && r.outcome === "guided_removal")!.count).toBe(await noisy(hotline));
  });

  it("counts by day, week and month: a month cut by the range is the sum of its weeks' parts", async () => {
    const june = await store("2025-06-30", 12); // Monday; the week runs into July
    const july = await store("2025-07-02", 11);
    const byDay = await stats({ group_by: "day", from: "2025-06-30", to: "2025-07-06" });
    expect(byDay.rows.map((r) => r.day)).toEqual([
      "2025-06-30",
      "2025-07-01",
      "2025-07-02",
      "2025-07-03",
      "2025-07-04",
      "2025-07-05",
      "2025-07-06",
    ]);
    expect(byDay.rows[0]).toMatchObject({ count: await noisy(june) });
    const byMonth = await stats({ group_by: "month", from: "2025-06-30", to: "2025-07-06" });
    expect(byMonth.rows).toEqual([
      { month: "2025-06", count: await noisy(june) },
      { month: "2025-07", count: await noisy(july) },
    ]);
    const byWeek = await stats({ group_by: "week", from: "2025-06-30", to: "2025-07-06" });
    expect(byWeek.rows).toEqual([{ week: "2025-06-30", count: await noisy([...june, ...july]) }]);
  });

  it("counts a whole month in the range as one cell", async () => {
    const march = [...(await store("2025-03-03", 7)), ...(await store("2025-03-20", 9))];
    await store("2025-04-01", 5);
    const byMonth = await stats({ group_by: "month", from: "2025-02-24", to: "2025-04-06" });
    expect(byMonth.rows.find((r) => r.month === "2025-03")!.count).toBe(await noisy(march));
  });

  it("writes CSV with a header row, for format=csv or Accept: text/csv", async () => {
    const no = await store("2025-07-07", 12);
    const params = { group_by: "uses_kaspersky", from: "2025-07-07", to: "2025-07-13" };
    for (const res of [await askStats({ ...params, format: "csv" }), await askStats(params, { Accept: "text/csv" })]) {
      expect(res.headers.get("content-type")).toContain("text/csv");
      expect(res.headers.get("content-disposition")).toContain(
        'filename="responses-uses_kaspersky-2025-07-07-to-2025-07-13.csv"',
      );
      expect(await res.text()).toBe(`uses_kaspersky,count\r\nyes,0\r\nnot_sure,0\r\nremoved,0\r\nno,${await noisy(no)}\r\n`);
    }
  });

  it("writes every answer to the audit log: who and what was asked", async () => {
    const [reference] = await store("2025-08-04", 5);
    await stats({ group_by: "state,channel", from: "2025-08-04", to: "2025-08-10", channel: "web" });
    const entry = await env.DB.prepare(
      "select staff, role, action, detail from audit_log where action = 'stats.queried' order by id desc limit 1",
    ).first<Record<string, string>>();
    expect(entry).toMatchObject({ staff: "analyst@localhost.test", role: "analyst", action: "stats.queried" });
    expect(JSON.parse(entry!.detail!)).toEqual({
      dimensions: ["state", "channel"],
      from: "2025-08-04",
      to: "2025-08-10",
      channel: "web",
    });
    expect(entry!.detail).not.toContain(reference);
  });
});
