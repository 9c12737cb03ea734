/**
 * @module
 * How useful the published counts are at real volumes (issue 11), on the seed
 * mix (scripts/seed-data.ts):
 *
 *   npm run stats:utility [-- --responses 20000,1000000]
 *
 * For each size it seeds its own local D1 (.wrangler/utility, emptied first),
 * reads the true counts from weekly_counts, asks the real stats API (wrangler
 * dev, over HTTP) for every one-way table and every two-way table over the
 * default range, and prints: the share of rows shown (a number, not hidden),
 * and for one-way rows of at least 50 and two-way cells of at least 100 the
 * share within 10% of the truth, the mean and the worst relative error. Figures,
 * not a test: it prints and exits.
 */
import { parseArgs } from "node:util";
import { apiValue, freshState, seed, statsApp, storedDimensions, withDb } from "./lib/seeded-stats.ts";

const STATE = ".wrangler/utility";
const { values } = parseArgs({ options: { responses: { type: "string", default: "20000,1000000" } } });
const sizes = values.responses!.split(",").map(Number);

interface Row {
  dims: string[];
  values: string[];
  truth: number;
}

type Summary = { label: string; rows: number; shown: number; within: number; mean: number; worst: number };
function summarise(label: string, pairs: { truth: number; shown: number | null }[], floor: number): Summary {
  const big = pairs.filter((p) => p.truth >= floor);
  const errors = big.map((p) => (p.shown === null ? Infinity : Math.abs(p.shown - p.truth) / p.truth));
  const finite = errors.filter(Number.isFinite);
  return {
    label,
    rows: big.length,
    shown: big.filter((p) => p.shown !== null).length,
    within: errors.filter((e) => e <= 0.1).length,
    mean: finite.reduce((a, b) => a + b, 0) / Math.max(1, finite.length),
    worst: Math.max(0, ...errors),
  };
}

const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
await freshState(STATE);
let stored = 0;
for (const size of sizes) {
  console.error(`\nSeeding up to ${size.toLocaleString("en-US")} responses…`);
  await seed({ count: size - stored, persistTo: STATE, seedNumber: 1 });
  stored = size;
  const { dims, truths } = await withDb(STATE, async (db) => {
    const dims = await storedDimensions(db);
    const { results } = await db
      .prepare(
        "select dim_a, value_a, dim_b, value_b, sum(responses) as n from weekly_counts where dim_a <> '' group by 1, 2, 3, 4",
      )
      .all<{ dim_a: string; value_a: string; dim_b: string; value_b: string; n: number }>();
    const truths: Row[] = results.map((r) =>
      r.dim_b
        ? { dims: [r.dim_a, r.dim_b], values: [r.value_a, r.value_b], truth: r.n }
        : { dims: [r.dim_a], values: [r.value_a], truth: r.n },
    );
    return { dims, truths };
  });
  const { app, ask } = await statsApp(STATE);
  try {
    const oneWay: { truth: number; shown: number | null }[] = [];
    const twoWay: { truth: number; shown: number | null }[] = [];
    for (const dim of dims) {
      const answer = await ask({ group_by: dim });
      for (const t of truths.filter((t) => t.dims.length === 1 && t.dims[0] === dim)) {
        const row = answer.rows.find((r) => r[dim] === apiValue(t.values[0]!));
        oneWay.push({ truth: t.truth, shown: (row?.count as number | null | undefined) ?? null });
      }
    }
    const pairs = [...new Set(truths.filter((t) => t.dims.length === 2).map((t) => t.dims.join(",")))];
    for (const pair of pairs) {
      const [a, b] = pair.split(",") as [string, string];
      const answer = await ask({ group_by: pair });
      for (const t of truths.filter((t) => t.dims.join(",") === pair)) {
        const row = answer.rows.find((r) => r[a] === apiValue(t.values[0]!) && r[b] === apiValue(t.values[1]!));
        twoWay.push({ truth: t.truth, shown: (row?.count as number | null | undefined) ?? null });
      }
    }
    const all = [...oneWay, ...twoWay].filter((p) => p.truth > 0);
    console.log(`\n${size.toLocaleString("en-US")} responses, default range (every complete week), every channel:`);
    console.log(
      `  rows with any response shown: ${pct(all.filter((p) => p.shown !== null).length / all.length)} of ${all.length.toLocaleString("en-US")} (one-way and two-way)`,
    );
    for (const s of [summarise("one-way rows >= 50", oneWay, 50), summarise("two-way cells >= 100", twoWay, 100)]) {
      console.log(
        `  ${s.label.padEnd(22)} ${String(s.rows).padStart(6)} rows, shown ${pct(s.shown / Math.max(1, s.rows))}, within 10% ${pct(s.within / Math.max(1, s.rows))}, mean error ${pct(s.mean)}, worst ${pct(s.worst)}`,
      );
    }
  } finally {
    await app.stop();
  }
}
console.log(
  "\nBefore (complementary suppression, issue 11): at 20,000 responses every respondent type but household, every product but one," +
    " 4 of 5 platforms and every state were hidden over the default range; at 1 million, 'federal agency' stayed hidden over all time.",
);
