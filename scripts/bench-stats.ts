/**
 * @module
 * Measures the stats API at several sizes of data and prints p50/p95 per size:
 *
 *   npm run bench:stats [-- --sizes 10000,100000,1000000 --runs 20 --rounds 4 --reuse]
 *
 * Each size has its own local D1 (.wrangler/bench/<size>, emptied and seeded
 * by scripts/seed.ts; `--reuse` keeps one that already holds exactly that many
 * responses), never the one `npm start` uses. It starts `wrangler dev` on every
 * size at once and times, end to end over HTTP with an analyst token, a count
 * by each dimension and a cross-tab over all weeks and a few counts over an
 * explicit range (`from`), each query `--runs` times in all after two warm-up
 * calls a round, the sizes taking turns round by round, so a shared machine's
 * drifting speed weighs on every size alike. Figures, not a test: it prints
 * and exits.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startApp } from "../test/e2e/app-server.ts";
import { ensureDevKeys, signStaffToken } from "./dev-keys.mjs";
import { freshState, seed, withDb } from "./lib/seeded-stats.ts";

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
/**
 * Explicit ranges (`from`): a count over them is the difference of two cumulative counts, which still
 * scan every week since the first counted (src/db/stats.ts adds them up in D1). In the headline.
 */
const RANGED = [
  "respondent_type&from=2025-06-02&to=2025-08-31",
  "state&from=2025-06-02&to=2025-08-31",
  "product&from=2025-06-02",
  "respondent_type,product&from=2025-06-02&to=2025-08-31",
];

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000,1000000" },
    runs: { type: "string", default: "20" },
    rounds: { type: "string", default: "4" },
    reuse: { type: "boolean", default: false },
  },
});
const sizes = values.sizes!.split(",").map(Number);
const runs = Number(values.runs);
const rounds = Math.max(1, Number(values.rounds));

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Times each query `times` times (after two warm-up calls), into `perQuery`. */
async function measure(baseUrl: string, token: string, times: number, perQuery: Map<string, number[]>) {
  for (const groupBy of [...QUERIES, ...RANGED, ...EXTRA]) {
    const url = `${baseUrl}/api/v1/stats?group_by=${groupBy}`;
    const list = perQuery.get(groupBy) ?? [];
    perQuery.set(groupBy, list);
    for (let i = 0; i < times + 2; i++) {
      const started = performance.now();
      const res = await fetch(url, { headers: { "Cf-Access-Jwt-Assertion": token } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
      if (i >= 2) list.push(performance.now() - started);
    }
  }
}

const { privateJwk, audience } = await ensureDevKeys({ log: () => {} });
const token = await signStaffToken({ privateJwk, role: "analyst", audience });

// Each size in its own D1 (.wrangler/bench/<size>), seeded from empty; --reuse keeps one that already holds that many.
const stateOf = (size: number) => join(STATE, String(size));
for (const size of sizes) {
  const state = stateOf(size);
  if (values.reuse && existsSync(state)) {
    const stored = await withDb(state, async (db) => {
      const { results } = await db.prepare("select count(*) as n from responses").all<{ n: number }>();
      return results[0]?.n;
    });
    if (stored === size) {
      console.error(`Reusing ${state}: ${size.toLocaleString("en-US")} responses.`);
      continue;
    }
  }
  await freshState(state);
  console.error(`\nSeeding ${size.toLocaleString("en-US")} responses into ${state}…`);
  await seed({ count: size, persistTo: state, seedNumber: 1 });
}

// Every size's app runs at once and they are measured in turns, `rounds` times, so a machine
// that slows down or speeds up during the run (it is shared) weighs on every size alike.
// Started one after another: each picks a free port, and two picking at once could pick the same one.
const apps: Awaited<ReturnType<typeof startApp>>[] = [];
const perSize = sizes.map(() => new Map<string, number[]>());
try {
  for (const size of sizes) apps.push(await startApp({ persistTo: stateOf(size), migrate: false }));
  for (let round = 0; round < rounds; round++) {
    console.error(`Round ${round + 1} of ${rounds}…`);
    for (const [i, app] of apps.entries()) await measure(app.baseUrl, token, Math.ceil(runs / rounds), perSize[i]!);
  }
} finally {
  await Promise.all(apps.map((app) => app.stop()));
}
const results = sizes.map((size, i) => {
  const perQuery = perSize[i]!;
  for (const list of perQuery.values()) list.sort((a, b) => a - b);
  const all = [...QUERIES, ...RANGED].flatMap((q) => perQuery.get(q)!).sort((a, b) => a - b);
  return { size, p50: percentile(all, 50), p95: percentile(all, 95), perQuery };
});

const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
console.log(
  `\nStats API, end to end over HTTP (wrangler dev, local D1), ${runs} runs of each of ${QUERIES.length} queries over all weeks and ${RANGED.length} over a range, sizes in turns over ${rounds} rounds:\n`,
);
console.log(`${"responses".padStart(10)} ${"p50".padStart(10)} ${"p95".padStart(10)}`);
for (const r of results) console.log(`${r.size.toLocaleString("en-US").padStart(10)} ${ms(r.p50)} ${ms(r.p95)}`);
console.log(
  `\np95 per query (ms): ${["query".padEnd(56), ...results.map((r) => r.size.toLocaleString("en-US").padStart(10))].join(" ")}`,
);
for (const q of [...QUERIES, ...RANGED, ...EXTRA]) {
  const label = EXTRA.includes(q) ? `${q} *` : q;
  console.log(
    `                    ${[label.padEnd(56), ...results.map((r) => percentile(r.perQuery.get(q)!, 95).toFixed(1).padStart(10))].join(" ")}`,
  );
}
console.log("                    * the largest cross-tab, not in the headline figures");
const [first, last] = [results[0], results.at(-1)];
if (first && last && first !== last)
  console.log(
    `\np95 at ${last.size.toLocaleString("en-US")} is ${(last.p95 / first.p95).toFixed(2)} × p95 at ${first.size.toLocaleString("en-US")} (goal: at most 2).`,
  );
