/**
 * @module
 * The attack suite's seeded run (issue 11): what an analyst who knows the
 * method can recover from the real stats API about small counts.
 *
 *   npm run attack [-- --responses 20000 --dimensions respondent_type,sector,state,product]
 *
 * Seeds its own local D1 (.wrangler/attack, emptied first), reads the true
 * weekly counts from weekly_counts, starts the app and asks, for each
 * dimension: its counts by week (every channel and each channel filter), and
 * its cumulative count to every week. For every (value, week) holding 1 to 10
 * real respondents it then attacks with
 * - subtraction: the all-channel cell minus the other channels (the red team's
 *   attack on suppression), and a week as the difference of two cumulative counts;
 * - bounds: every look intersected, each within ±(its number of noisy terms ×
 *   NOISE_BOUND), at least 1 when shown above 0: a count is recovered when one
 *   whole number is left;
 * - averaging: the looks weighted by their precision, rounded.
 * Prints what each recovered, and exits 1 if any count was recovered for certain.
 * The same attacks on every answer of small random worlds run in `npm test`
 * (test/unit/stats/attack.test.ts).
 */
import { parseArgs } from "node:util";
import { NOISE_BOUND } from "../src/stats/cell-key.ts";
import { freshState, seed, statsApp, withDb } from "./lib/seeded-stats.ts";

const STATE = ".wrangler/attack";
const CHANNELS = ["web", "hotline", "api"] as const;
const { values } = parseArgs({
  options: {
    responses: { type: "string", default: "20000" },
    dimensions: { type: "string", default: "respondent_type,sector,state,product" },
  },
});
const size = Number(values.responses);
const dims = values.dimensions!.split(",");

await freshState(STATE);
console.error(`Seeding ${size.toLocaleString("en-US")} responses…`);
await seed({ count: size, persistTo: STATE, seedNumber: 1 });
type Truth = { dim: string; value: string; week: string; channel: string; n: number };
const truth = await withDb(STATE, async (db) => {
  const list = dims.map((d) => `'${d}'`).join(", ");
  const { results } = await db
    .prepare(
      `select dim_a as dim, value_a as value, week, channel, sum(responses) as n from weekly_counts where dim_b = '' and dim_a in (${list}) group by 1, 2, 3, 4`,
    )
    .all<Truth>();
  return results;
});
const key = (dim: string, value: string, week: string) => `${dim}|${value}|${week}`;
const trueAll = new Map<string, number>();
const trueBy = new Map<string, number>();
for (const t of truth) {
  trueAll.set(key(t.dim, t.value, t.week), (trueAll.get(key(t.dim, t.value, t.week)) ?? 0) + t.n);
  trueBy.set(`${key(t.dim, t.value, t.week)}|${t.channel}`, t.n);
}

const { app, ask } = await statsApp(STATE);
const report = {
  small: 0,
  certain: 0,
  averagedRight: 0,
  oneLookRight: 0,
  smallChannel: 0,
  channelSubtractionRight: 0,
  channelCertain: 0,
};
try {
  for (const dim of dims) {
    const weekly = new Map<string, Map<string, number>>();
    for (const channel of ["all", ...CHANNELS]) {
      const answer = await ask({ group_by: `${dim},week`, ...(channel !== "all" && { channel }) });
      const cells = new Map<string, number>();
      for (const row of answer.rows) cells.set(`${row[dim] ?? ""}|${row.week}`, row.count as number);
      weekly.set(channel, cells);
    }
    const weeks = [...new Set([...weekly.get("all")!.keys()].map((k) => k.split("|")[1]!))].sort();
    // Cumulative counts to the end of every week (the API's default from is the first week counted).
    const cumulative = new Map<string, Map<string, number>>();
    for (const week of weeks) {
      const sunday = new Date(Date.parse(`${week}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
      const answer = await ask({ group_by: dim, to: sunday });
      cumulative.set(week, new Map(answer.rows.map((r) => [String(r[dim] ?? ""), r.count as number])));
    }
    for (const [cell, shown] of weekly.get("all")!) {
      const [value, week] = cell.split("|") as [string, string];
      const n = trueAll.get(key(dim, value, week)) ?? 0;
      const i = weeks.indexOf(week);
      const prefix = cumulative.get(week)!.get(value) ?? 0;
      const before = i > 0 ? (cumulative.get(weeks[i - 1]!)!.get(value) ?? 0) : 0;
      const channelSum = CHANNELS.reduce((s, c) => s + (weekly.get(c)!.get(cell) ?? 0), 0);
      // Each look and how many noisy terms it carries.
      const looks = [
        { value: shown, terms: 1 },
        { value: prefix - before, terms: i > 0 ? 2 : 1 },
        { value: channelSum, terms: 3 },
      ];
      let low = shown > 0 ? 1 : 0;
      let high = Infinity;
      for (const look of looks) {
        low = Math.max(low, Math.ceil(look.value - look.terms * NOISE_BOUND));
        high = Math.min(high, Math.floor(look.value + look.terms * NOISE_BOUND));
      }
      if (shown === 0) high = Math.min(high, NOISE_BOUND);
      if (n >= 1 && n <= 10) {
        report.small++;
        if (low === high) report.certain++;
        const averaged = looks.reduce((s, l) => s + l.value / l.terms, 0) / looks.reduce((s, l) => s + 1 / l.terms, 0);
        if (Math.round(averaged) === n) report.averagedRight++;
        if (shown === n) report.oneLookRight++;
      }
      // The red team's subtraction: one channel's cell as the all-channel cell minus the other two.
      for (const c of CHANNELS) {
        const nc = trueBy.get(`${key(dim, value, week)}|${c}`) ?? 0;
        if (nc < 1 || nc > 10) continue;
        report.smallChannel++;
        const others = CHANNELS.filter((o) => o !== c).reduce((s, o) => s + (weekly.get(o)!.get(cell) ?? 0), 0);
        const estimate = shown - others;
        if (estimate === nc) report.channelSubtractionRight++;
        const direct = weekly.get(c)!.get(cell) ?? 0;
        const lowC = Math.max(direct > 0 ? 1 : 0, direct - NOISE_BOUND, estimate - 3 * NOISE_BOUND);
        const highC = Math.min(direct + NOISE_BOUND, estimate + 3 * NOISE_BOUND);
        if (lowC === highC) report.channelCertain++;
      }
    }
    console.error(`  ${dim}: ${weeks.length} weeks attacked`);
  }
} finally {
  await app.stop();
}
const share = (a: number, b: number) =>
  `${a.toLocaleString("en-US")} of ${b.toLocaleString("en-US")} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;
console.log(`\nAttack on ${size.toLocaleString("en-US")} seeded responses, dimensions ${dims.join(", ")}, by week:`);
console.log(`  weekly cells holding 1 to 10 real respondents: ${report.small.toLocaleString("en-US")}`);
console.log(`  recovered for certain (bounds over every look): ${report.certain}`);
console.log(`  right guesses by averaging three looks:          ${share(report.averagedRight, report.small)}`);
console.log(`  right guesses from the published cell alone:     ${share(report.oneLookRight, report.small)}`);
console.log(
  `  channel cells of 1 to 10, all minus the other channels: right by chance ${share(report.channelSubtractionRight, report.smallChannel)}, certain ${report.channelCertain}`,
);
console.log(
  "  (before, on suppressed counts, plain subtraction recovered 621 hidden cells of 1 to 10 exactly at 20,000 responses)",
);
process.exitCode = report.certain + report.channelCertain > 0 ? 1 : 0;
