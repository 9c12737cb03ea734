import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { get, texts } from "./helpers";
import { answers } from "../support/answers";
import { analystHeaders, clearResponses, noisy, store } from "./stats-helpers";
import { resetCoverage } from "./counts-fixtures";
import { AGENT_HEADERS } from "./staff-tokens";

const RANGE = "from=2025-11-03&to=2025-11-16";
const dashboard = async (query = RANGE) => get(`/analyst?${query}`, await analystHeaders());

const stored: Record<"ca" | "tx" | "hotline" | "federal" | "small", string[]> = {
  ca: [],
  tx: [],
  hotline: [],
  federal: [],
  small: [],
};

beforeAll(async () => {
  await clearResponses();
  // Every dimension counted over the weeks asked, as after npm run counts:rebuild (installed_on came in questionnaire 3).
  await resetCoverage();
  stored.ca = await store("2025-11-04", 40, answers({ state: "CA" }));
  stored.tx = await store(
    "2025-11-05",
    25,
    answers({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows", "android"], state: "TX" }),
  );
  stored.hotline = await store("2025-11-11", 30, answers({ state: "CA" }), { channel: "hotline" });
  stored.federal = await store("2025-11-12", 4, answers({ respondent: "federal_agency", devices: "50_249", state: "WY" }));
  stored.small = await store("2025-11-13", 12, answers({ respondent: "small_business", devices: "1_9" }));
});

describe("the analyst dashboard", () => {
  it("says in place from which week a chart is counted when that is after the weeks asked, and draws the others", async () => {
    await env.DB.prepare("UPDATE dimension_coverage SET first_week = '2026-12-07' WHERE dim = 'installed_on'").run();
    try {
      const res = await dashboard();
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(texts(html, "caption")).toEqual([
        "Responses over time",
        "By type of respondent",
        "By Kaspersky product",
        "By state or territory",
        "Answers to “Was this useful?” by kind of result and language",
      ]);
      expect(texts(html, "h2")).toContain("Where Kaspersky is or was installed");
      expect(html).toContain("Counted from the week of December 7, 2026. Choose a From date on or after it to see this chart.");
    } finally {
      await resetCoverage();
    }
  });

  it("is for analysts only: 401 without a token, 403 for an agent", async () => {
    expect((await get("/analyst")).status).toBe(401);
    expect((await get("/analyst", AGENT_HEADERS)).status).toBe(403);
  });

  it("draws five charts, each an image with a title and a text alternative, followed by its table", async () => {
    const res = await dashboard();
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(texts(html, "h2")).toEqual([
      "Choose what to count",
      "Responses over time",
      "By type of respondent",
      "By Kaspersky product",
      "Where Kaspersky is or was installed",
      "By state or territory",
      // Not a chart: the "Was this useful?" table (test/integration/feedback.test.ts).
      "Was the result useful?",
    ]);
    const charts = [...html.matchAll(/<svg class="chart"[^>]*role="img" aria-labelledby="([\w-]+)-title \1-desc"/g)];
    expect(charts).toHaveLength(5);
    const households = await noisy([...stored.ca, ...stored.tx, ...stored.hotline]);
    expect(texts(html, "desc")[1]).toBe(
      `Bar chart of responses by type of respondent. Largest: Myself or my household, ${households}. The table below has every count.`,
    );
    expect(texts(html, "caption")).toEqual([
      "Responses over time",
      "By type of respondent",
      "By Kaspersky product",
      "Where Kaspersky is or was installed",
      "By state or territory",
      "Answers to “Was this useful?” by kind of result and language",
    ]);
    expect(html).toContain('<th scope="col">Type of respondent</th><th scope="col">Responses</th>');
    expect(html).toContain(`<th scope="row">Texas</th><td>${await noisy(stored.tx)}</td>`);
  });

  it("shows small counts perturbed like every other, says how counts are protected, and totals the whole weeks shown", async () => {
    const html = await (await dashboard()).text();
    expect(html).toContain(`<th scope="row">Wyoming</th><td>${await noisy(stored.federal)}</td>`);
    expect(html).toContain(`<th scope="row">A federal agency</th><td>${await noisy(stored.federal)}</td>`);
    expect(html).toContain("every count has a little random noise added");
    expect(html).toContain("Showing the weeks from November 3, 2025 to November 16, 2025: Every channel.");
    expect(html).toContain(`Responses in these weeks: ${await noisy(Object.values(stored).flat())}`);
  });

  it("links a CSV download of each table from the stats API, for the same weeks and channel", async () => {
    const html = await (await dashboard(`${RANGE}&channel=hotline`)).text();
    const links = [...html.matchAll(/href="(\/api\/v1\/stats\?[^"]+)" download/g)].map((m) => m[1]!.replaceAll("&amp;", "&"));
    expect(links).toEqual(
      ["week", "respondent_type", "product", "installed_on", "state"].map(
        (d) => `/api/v1/stats?group_by=${d}&from=2025-11-03&to=2025-11-16&format=csv&channel=hotline`,
      ),
    );
    const csv = await get(links[1]!, await analystHeaders());
    expect((await csv.text()).split("\r\n")[0]).toBe("respondent_type,count");
  });

  it("has labelled filters in fieldsets, and re-shows them with an error summary when a date is wrong", async () => {
    const res = await dashboard("from=2025-13-01&to=2025-11-16&channel=web");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(texts(html, "title")[0]).toMatch(/^Error: Counts of responses/);
    expect(html).toContain('<a class="usa-link" href="#from">Enter a real date, for example 2025-03-01</a>');
    expect(html).toContain('<label class="usa-label usa-label--error" for="from">From</label>');
    expect(html).toMatch(
      /<input class="usa-input usa-input--error" id="from" name="from" type="date" value="2025-13-01" aria-describedby="dates-hint from-error"/,
    );
    expect(html).toMatch(/<input class="usa-radio__input" id="channel-web" type="radio" name="channel" value="web" checked/);
    expect(texts(html, "legend")).toEqual(["Dates", "How people made their check"]);
    // Screen readers hear "Error: " before the message by the field, as in the title.
    expect(html).toContain(
      '<span class="usa-error-message" id="from-error"><span class="usa-sr-only">Error: </span>Enter a real date',
    );
  });

  it("ties a channel error to the channel question", async () => {
    const res = await dashboard("channel=fax");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<fieldset class="usa-fieldset usa-form-group usa-form-group--error" aria-describedby="channel-error">/);
    expect(html).toMatch(
      /<span class="usa-error-message" id="channel-error"><span class="usa-sr-only">Error: <\/span>[^<]+<\/span>/,
    );
    expect(html).toContain('href="#channel-all"');
  });

  it("speaks Spanish too", async () => {
    const html = await (await dashboard(`${RANGE}&lang=es`)).text();
    expect(texts(html, "h1")).toEqual(["Recuentos de respuestas"]);
    expect(html).toContain("cada recuento lleva un poco de ruido aleatorio");
  });

  it("writes each of its five answers to the audit log", async () => {
    const before = (await env.DB.prepare("select count(*) as n from audit_log where action = 'stats.queried'").first<{
      n: number;
    }>())!.n;
    await dashboard();
    const { results } = await env.DB.prepare(
      "select detail from audit_log where action = 'stats.queried' order by id desc limit 5",
    ).all<{ detail: string }>();
    expect(before + 5).toBe(
      (await env.DB.prepare("select count(*) as n from audit_log where action = 'stats.queried'").first<{ n: number }>())!.n,
    );
    expect(results.map((r) => JSON.parse(r.detail).dimensions[0]).sort()).toEqual([
      "installed_on",
      "product",
      "respondent_type",
      "state",
      "week",
    ]);
  });
});

describe("the state map's legend", () => {
  it("gives each shade the range of counts it stands for, never '1+' repeated", async () => {
    const html = await (await dashboard()).text();
    const map = html.slice(html.indexOf("chart-state-title"));
    const legend = [...map.matchAll(/<text x="\d+" y="\d+" font-size="14" fill="#1b1b1b">([\d,–]+)<\/text>/g)].map((m) => m[1]);
    expect(legend.length).toBeGreaterThan(2);
    // White is for none: the legend starts at 0, then each shade's range.
    expect(legend[0]).toBe("0");
    expect(legend[1]).toMatch(/^1(–|$)/);
    expect(new Set(legend).size).toBe(legend.length);
    expect(legend.every((l) => !l!.endsWith("+"))).toBe(true);
  });
});
