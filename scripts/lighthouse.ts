/**
 * Lighthouse over the public pages: starts the app (test/e2e/app-server.ts:
 * `wrangler dev` on a free port of 127.0.0.1 with its own temporary D1),
 * creates a check through the API, then audits the first question page and that
 * result page in Debian's Chromium (/usr/bin/chromium) as a phone on a slow
 * network (Lighthouse's default mobile emulation and simulated throttling).
 * Prints a table of the accessibility and performance scores with LCP, TBT and
 * CLS, and exits non-zero, saying why, when a page scores below the goals
 * (accessibility 100, performance 98) or loaded anything from another origin.
 *
 * Run with the project's Node 22, which strips the types: `node scripts/lighthouse.ts`
 * (after `npm run build:css`). Only erasable TypeScript here.
 */
import { launch, type LaunchedChrome } from "chrome-launcher";
import lighthouse, { type Flags, type Result } from "lighthouse";
import { startApp, type RunningApp } from "../test/e2e/app-server.ts";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../test/e2e/chromium.ts";
import { EVERY_STEP } from "../test/e2e/fixtures.ts";

const GOALS = { accessibility: 100, performance: 98 } as const;

interface Row {
  readonly page: string;
  readonly accessibility: number;
  readonly performance: number;
  readonly lcp: string;
  readonly tbt: string;
  readonly cls: string;
  readonly problems: readonly string[];
}

/** Creates a check through the JSON API; the address of its result page. */
async function createResult(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/checks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: EVERY_STEP, lang: "en" }),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/checks answered ${response.status}: ${await response.text()}`);
  const { reference } = (await response.json()) as { reference: string };
  return `/result/${reference}`;
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const shown = (lhr: Result, audit: string) => lhr.audits[audit]?.displayValue ?? "?";

/** What went wrong on one page: missed goals, failed accessibility audits, requests to other origins. */
function problemsOf(lhr: Result, origin: string): string[] {
  const problems: string[] = [];
  for (const [category, goal] of Object.entries(GOALS)) {
    const got = score(lhr, category);
    if (got < goal) problems.push(`${category} ${got} is below ${goal}`);
  }
  for (const ref of lhr.categories.accessibility?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id];
    if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
      problems.push(`accessibility audit failed: ${ref.id} (${audit.title})`);
  }
  if (lhr.runtimeError) problems.push(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const requests = (lhr.audits["network-requests"]?.details as { items?: { url: string }[] } | undefined)?.items ?? [];
  if (requests.length === 0) problems.push("Lighthouse saw no network requests at all");
  for (const { url } of requests) {
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:")) problems.push(`requested something from elsewhere: ${url}`);
  }
  return problems;
}

async function audit(chrome: LaunchedChrome, baseUrl: string, path: string): Promise<Row> {
  const flags: Flags = {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["accessibility", "performance"],
    // Mobile emulation and simulated slow-4G throttling are Lighthouse's defaults; said here so it stays so.
    formFactor: "mobile",
    throttlingMethod: "simulate",
  };
  const result = await lighthouse(`${baseUrl}${path}`, flags);
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { lhr } = result;
  return {
    page: path,
    accessibility: score(lhr, "accessibility"),
    performance: score(lhr, "performance"),
    lcp: shown(lhr, "largest-contentful-paint"),
    tbt: shown(lhr, "total-blocking-time"),
    cls: shown(lhr, "cumulative-layout-shift"),
    problems: problemsOf(lhr, baseUrl),
  };
}

function table(rows: readonly Row[]): string {
  const header = ["page", "accessibility", "performance", "LCP", "TBT", "CLS"];
  const cells = rows.map((r) => [r.page, String(r.accessibility), String(r.performance), r.lcp, r.tbt, r.cls]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [
    line(header),
    ...cells.map(line),
    `goals: accessibility ${GOALS.accessibility}, performance >= ${GOALS.performance}`,
  ].join("\n");
}

let app: RunningApp | undefined;
let chrome: LaunchedChrome | undefined;
let failed = false;
try {
  app = await startApp();
  const pages = ["/check/respondent", await createResult(app.baseUrl)];
  chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_FLAGS], logLevel: "error" });
  const rows: Row[] = [];
  for (const path of pages) rows.push(await audit(chrome, app.baseUrl, path));
  console.log(table(rows));
  for (const row of rows) {
    for (const problem of row.problems) {
      failed = true;
      console.error(`MISSED ${row.page}: ${problem}`);
    }
  }
  if (!failed) console.log("Every page meets the goals.");
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  chrome?.kill();
  await app?.stop();
}
process.exit(failed ? 1 : 0);
