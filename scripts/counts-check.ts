/**
 * @module
 * `npm run counts:check`: proves the weekly and daily counts (counts and key
 * sums) equal a fresh fold of the stored responses, for every week not yet
 * purged (src/db/counts-check.ts). Prints each week's size as it goes and
 * every difference; exits 1 if there is any. Reads only; safe while the app runs.
 * The daily cron runs the same check and logs differences.
 *
 *   npm run counts:check [-- --persist-to .wrangler/state]   the local D1 `npm start` serves
 *   npm run counts:check -- --remote                          the deployed D1
 */
import process from "node:process";
import { checkCounts } from "../src/db/counts-check.ts";
import { d1FromCommandLine } from "./lib/d1-platform.ts";

const { env, dispose } = await d1FromCommandLine("counts-check");
try {
  const started = Date.now();
  const result = await checkCounts(env.DB, (week, responses) => process.stderr.write(`\r${week}: ${responses} responses   `));
  process.stderr.write("\n");
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!result.from)
    console.log("counts:check: no stored response is in a week that may be checked (nothing stored, or all purged).");
  else {
    console.log(
      `counts:check: ${result.weeks} weeks (${result.from} to ${result.to}), ${result.responses.toLocaleString("en-US")} responses, ` +
        `${result.cells.toLocaleString("en-US")} cells compared with a fresh fold in ${seconds} s`,
    );
  }
  for (const d of result.differences.slice(0, 100)) {
    console.log(
      `  ${d.table} ${d.cell}: stored ${d.stored.responses} (keys ${d.stored.keySum}), fresh ${d.fresh.responses} (keys ${d.fresh.keySum})`,
    );
  }
  console.log(
    result.differences.length
      ? `DIFFERENT: ${result.differences.length} cells; npm run counts:rebuild recounts them`
      : "OK: every count equals a fresh fold of the stored responses",
  );
  process.exitCode = result.differences.length ? 1 : 0;
} finally {
  await dispose();
}
