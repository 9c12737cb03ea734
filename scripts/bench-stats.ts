/**
 * @module
 * Measures the stats API at several sizes of data and prints p50/p95 per size:
 *
 *   npm run bench:stats [-- --sizes 10000,100000,1000000 --runs 20]
 *
 * Works in its own local D1 (.wrangler/bench, emptied first), never the one
 * `npm start` uses. For each size it adds responses (scripts/seed.ts) up to
 * that size, starts `wrangler dev` on it, and times, end to end over HTTP with
 * an analyst token, a count by each dimension and a cross-tab over all weeks,
 * each query `--runs` times after two warm-up calls. Figures, not a test: it
 * prints and exits.
 */
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { runToEnd, startApp } from "../test/e2e/app-server.ts";
import { ensureDevKeys, signStaffToken } from "./dev-keys.mjs";
import { seed } from "./seed.ts";

const STATE = ".wrangler/bench";
/** Each dimension and a typical cross-tab: the headline p50/p95. */
const QUERIES = [
  "respondent_type",
  "sector",
  "state",
  "product",
  "installed_on",
  "uses_kaspersky",
  "ultraav",
  "embedded",
  "channel",
  "locale",
  "outcome",
  "day",
  "week",
  "month",
  "respondent_type,product",
];
/** The largest cross-tab (59 states × 14 products, and its parent table): timed and shown, not in the headline. */
const EXTRA = ["state,product"];

const { values } = parseArgs({
  options: { sizes: { type: "string", default: "10000,100000,1000000" }, runs: { type: "string", default: "20" } },
});
const sizes = values.sizes!.split(",").map(Number);
const runs = Number(values.runs);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function measure(baseUrl: string, token: string) {
  const perQuery = new Map<string, number[]>();
  for (const groupBy of [...QUERIES, ...EXTRA]) {
    const url = `${baseUrl}/api/v1/stats?group_by=${groupBy}`;
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const started = performance.now();
      const res = await fetch(url, { headers: { "Cf-Access-Jwt-Assertion": token } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      if (i >= 2) times.push(performance.now() - started);
    }
    perQuery.set(
      groupBy,
      times.sort((a, b) => a - b),
    );
  }
  return perQuery;
}

rmSync(STATE, { recursive: true, force: true });
await runToEnd(["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", STATE]);
const { privateJwk, audience } = await ensureDevKeys({ log: () => {} });
const token = await signStaffToken({ privateJwk, role: "analyst", audience });

const results: { size: number; p50: number; p95: number; perQuery: Map<string, number[]> }[] = [];
let stored = 0;
for (const size of sizes) {
  console.error(`\nSeeding up to ${size.toLocaleString("en-US")} responses…`);
  await seed({ count: size - stored, persistTo: STATE, seedNumber: 1 });
  stored = size;
  // The seeded D1 is kept between sizes: startApp neither migrates it again nor removes it.
  const app = await startApp({ persistTo: STATE, migrate: false });
  try {
    const perQuery = await measure(app.baseUrl, token);
    const all = QUERIES.flatMap((q) => perQuery.get(q)!).sort((a, b) => a - b);
    results.push({ size, p50: percentile(all, 50), p95: percentile(all, 95), perQuery });
  } finally {
    await app.stop();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
console.log(
  `\nStats API, end to end over HTTP (wrangler dev, local D1), all weeks, ${runs} runs of each of ${QUERIES.length} queries:\n`,
);
console.log(`${"responses".padStart(10)} ${"p50".padStart(10)} ${"p95".padStart(10)}`);
for (const r of results) console.log(`${r.size.toLocaleString("en-US").padStart(10)} ${ms(r.p50)} ${ms(r.p95)}`);
console.log(
  `\np95 per query (ms): ${["query".padEnd(24), ...results.map((r) => r.size.toLocaleString("en-US").padStart(10))].join(" ")}`,
);
for (const q of [...QUERIES, ...EXTRA]) {
  const label = EXTRA.includes(q) ? `${q} *` : q;
  console.log(
    `                    ${[label.padEnd(24), ...results.map((r) => percentile(r.perQuery.get(q)!, 95).toFixed(1).padStart(10))].join(" ")}`,
  );
}
console.log("                    * the largest cross-tab, not in the headline figures");
const [first, last] = [results[0], results.at(-1)];
if (first && last && first !== last)
  console.log(
    `\np95 at ${last.size.toLocaleString("en-US")} is ${(last.p95 / first.p95).toFixed(2)} × p95 at ${first.size.toLocaleString("en-US")} (goal: at most 2).`,
  );
