// Every public page, HTML plus CSS, must arrive in the first round trip on a slow
// phone: at most 14 KB gzipped, no script, nothing fetched from another origin.
// `npm run weight` runs just this file; the table it prints is the measurement.
import { afterAll, describe, expect, it } from "vitest";
import { EVERY_STEP } from "../e2e/fixtures";
import { Browser, get, hiddenFields, location } from "./helpers";

const BUDGET_BYTES = 14 * 1024;

async function gzipped(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

const measured: { page: string; html: number; css: number; total: number }[] = [];

/** A browser that has answered up to the check-your-answers page, and that page's hidden fields (the one-time code and its signature). */
async function completedCheck() {
  const browser = new Browser();
  const everything = EVERY_STEP;
  for (const [question, value] of Object.entries(everything)) await browser.post(`/check/${question}`, { [question]: value });
  const summary = await (await browser.get("/check/answers")).text();
  return { browser, fields: hiddenFields(summary) };
}

describe("page weight", async () => {
  const { browser, fields } = await completedCheck();
  const reference = fields.reference!;
  const summaryHtml = await (await browser.get("/check/answers")).text();
  const statesHtml = await (await browser.get("/check/state")).text();
  const submitted = await browser.post("/check/answers", fields);
  expect(location(submitted)).toBe(`/result/${reference}`);

  // The heaviest page of each kind: the longest result, the longest question, every page type.
  const pages: [string, () => Promise<string>][] = [
    ["start", async () => (await get("/")).text()],
    ["question (radios)", async () => (await get("/check/respondent")).text()],
    ["question (error)", async () => (await new Browser().post("/check/respondent", {})).text()],
    ["question (select, 57 states)", async () => statesHtml],
    ["check your answers", async () => summaryHtml],
    ["result, every step (en)", async () => (await get(`/result/${reference}?lang=en`)).text()],
    ["result, every step (es)", async () => (await get(`/result/${reference}?lang=es`)).text()],
    ["not sure", async () => (await get("/check/not-sure")).text()],
    ["reference not found", async () => (await get("/result/ZZZZZZZZ")).text()],
    ["page not found", async () => (await get("/nowhere")).text()],
    ["help and contact", async () => (await get("/help")).text()],
    ["privacy notice", async () => (await get("/privacy")).text()],
    ["accessibility statement", async () => (await get("/accessibility")).text()],
  ];

  it.each(pages)("%s is within 14 KB with its stylesheet, with no script and nothing from elsewhere", async (page, load) => {
    const html = await load();
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(stylesheets).toHaveLength(1);
    const sheet = await get(stylesheets[0]!);
    // The stylesheet itself (a static file, public/), not a page in its place.
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get("content-type")).toContain("text/css");
    const css = await sheet.text();
    expect(css.length).toBeGreaterThan(1000);
    const sizes = { html: await gzipped(html), css: await gzipped(css) };
    measured.push({ page, ...sizes, total: sizes.html + sizes.css });
    expect(sizes.html + sizes.css).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(html).not.toMatch(/<script/i);
    // Only navigation links may point elsewhere; nothing the page loads by itself may.
    expect(html).not.toMatch(/<(link|img|iframe|source|video|audio)[^>]+(src|href)="(https?:)?\/\//i);
    expect(css).not.toMatch(/url\("?(https?:)?\/\//i);
  });

  afterAll(() => {
    const rows = measured.map(
      (m) => `${m.page.padEnd(30)} ${String(m.html).padStart(6)} ${String(m.css).padStart(6)} ${String(m.total).padStart(6)}`,
    );
    console.log(["page (bytes gzipped)             html    css  total", ...rows, `budget ${BUDGET_BYTES}`].join("\n"));
  });
});
