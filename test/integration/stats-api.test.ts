import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { optionIds } from "../../src/check/questionnaire";
import { get } from "./helpers";
import { answers } from "../support/answers";
import { askStats, clearResponses, stats, store } from "./stats-helpers";
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

  it("counts whole weeks, hides counts from 1 to 10 and whatever would give them away", async () => {
    await store("2025-03-04", 30); // a Tuesday
    await store("2025-03-06", 12, SMALL_BUSINESS);
    await store("2025-03-09", 3, answers({ respondent: "federal_agency", devices: "50_249" })); // the Sunday
    const body = await stats({ group_by: "respondent_type", from: "2025-03-05", to: "2025-03-05" });
    expect(body).toMatchObject({ k: 11, group_by: ["respondent_type"], from: "2025-03-03", to: "2025-03-09", channel: null, total: 45 });
    const count = (type: string) => body.rows.find((r) => r.respondent_type === type);
    expect(count("federal_agency")).toEqual({ respondent_type: "federal_agency", count: null, suppressed: true });
    // 45 − 30 − 12 would give the 3 away, so the smallest other count is hidden too.
    expect(count("small_business")).toEqual({ respondent_type: "small_business", count: null, suppressed: true });
    expect(count("household")).toEqual({ respondent_type: "household", count: 30, suppressed: false });
    expect(count("sltt_government")).toEqual({ respondent_type: "sltt_government", count: 0, suppressed: false });
  });

  it("shows a count over several weeks only where every week shows it", async () => {
    await store("2025-04-07", 40);
    await store("2025-04-14", 40);
    await store("2025-04-15", 4, answers({ embedded: "yes" }));
    await store("2025-04-08", 15, answers({ embedded: "yes" }));
    const twoWeeks = await stats({ group_by: "embedded", from: "2025-04-07", to: "2025-04-20" });
    // 19 in all, but the second week's 4 would come out by subtracting the first week's answer.
    expect(twoWeeks.rows.find((r) => r.embedded === "yes")).toMatchObject({ count: null, suppressed: true });
    const firstWeek = await stats({ group_by: "embedded", from: "2025-04-07", to: "2025-04-13" });
    expect(firstWeek.rows.find((r) => r.embedded === "yes")).toMatchObject({ count: 15, suppressed: false });
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
    await store("2025-05-08", 2, answers({ respondent: "small_business", devices: "10_49", ultraav: "yes" }));
    const range = { from: "2025-05-05", to: "2025-05-11" };
    const cross = await stats({ group_by: "ultraav,respondent_type", ...range });
    expect(Object.keys(cross.rows[0]!)).toEqual(["ultraav", "respondent_type", "count", "suppressed"]);
    expect(cross.rows).toHaveLength(optionIds("ultraav").length * optionIds("respondent").length);
    for (const d of ["ultraav", "respondent_type"]) {
      const oneWay = await stats({ group_by: d, ...range });
      expect(cross.subtotals![d]).toEqual(oneWay.rows);
    }
    expect(cross.rows.find((r) => r.ultraav === "yes" && r.respondent_type === "small_business")).toMatchObject({ count: null, suppressed: true });
  });

  it("filters by channel, and counts by channel", async () => {
    await store("2025-06-02", 20);
    await store("2025-06-03", 15, answers(), { channel: "hotline", outcome: "guided_removal" });
    const hotline = await stats({ group_by: "outcome", from: "2025-06-02", to: "2025-06-08", channel: "hotline" });
    expect(hotline.total).toBe(15);
    expect(hotline.rows.find((r) => r.outcome === "guided_removal")).toMatchObject({ count: 15 });
    const byChannel = await stats({ group_by: "channel", from: "2025-06-02", to: "2025-06-08" });
    expect(byChannel.rows).toEqual([
      { channel: "web", count: 20, suppressed: false },
      { channel: "hotline", count: 15, suppressed: false },
      { channel: "api", count: 0, suppressed: false },
    ]);
  });

  it("counts by day, week and month", async () => {
    await store("2025-06-30", 12); // Monday; the week runs into July
    await store("2025-07-02", 11);
    const byDay = await stats({ group_by: "day", from: "2025-06-30", to: "2025-07-06" });
    expect(byDay.rows.map((r) => r.day)).toEqual(["2025-06-30", "2025-07-01", "2025-07-02", "2025-07-03", "2025-07-04", "2025-07-05", "2025-07-06"]);
    expect(byDay.rows[0]).toMatchObject({ count: 12 });
    const byMonth = await stats({ group_by: "month", from: "2025-06-30", to: "2025-07-06" });
    expect(byMonth.rows).toEqual([
      { month: "2025-06", count: 12, suppressed: false },
      { month: "2025-07", count: 11, suppressed: false },
    ]);
    const byWeek = await stats({ group_by: "week", from: "2025-06-30", to: "2025-07-06" });
    expect(byWeek.rows).toEqual([{ week: "2025-06-30", count: 23, suppressed: false }]);
  });

  it("writes CSV with a header row, for format=csv or Accept: text/csv", async () => {
    await store("2025-07-07", 12);
    const params = { group_by: "uses_kaspersky", from: "2025-07-07", to: "2025-07-13" };
    for (const res of [await askStats({ ...params, format: "csv" }), await askStats(params, { Accept: "text/csv" })]) {
      expect(res.headers.get("content-type")).toContain("text/csv");
      expect(res.headers.get("content-disposition")).toContain('filename="responses-uses_kaspersky-2025-07-07-to-2025-07-13.csv"');
      expect(await res.text()).toBe("uses_kaspersky,count,suppressed\r\nyes,0,false\r\nnot_sure,0,false\r\nremoved,0,false\r\nno,12,false\r\n");
    }
  });

  it("writes every answer to the audit log: who, what was asked, whether anything was hidden", async () => {
    const [reference] = await store("2025-08-04", 5);
    await stats({ group_by: "state,channel", from: "2025-08-04", to: "2025-08-10", channel: "web" });
    const entry = await env.DB.prepare("select staff, role, action, detail from audit_log where action = 'stats.queried' order by id desc limit 1").first<Record<string, string>>();
    expect(entry).toMatchObject({ staff: "analyst@localhost.test", role: "analyst", action: "stats.queried" });
    expect(JSON.parse(entry!.detail!)).toEqual({ dimensions: ["state", "channel"], from: "2025-08-04", to: "2025-08-10", channel: "web", suppressed: true });
    expect(entry!.detail).not.toContain(reference);
  });
});
