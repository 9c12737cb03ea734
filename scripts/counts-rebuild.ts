/**
 * @module
 * Recomputes the weekly and daily counts from the stored responses, week by
 * week, and lowers every counted dimension's first week to the first week it
 * recounted (src/db/rebuild.ts). Run it after adding a counted question, once
 * the Worker that counts it is deployed:
 *
 *   npm run counts:rebuild [-- --persist-to .wrangler/state]   the local D1 `npm start` serves
 *   npm run counts:rebuild -- --remote                          the deployed D1
 *
 * Resumable: after each week it saves where it is (in the persist folder, or
 * .wrangler/counts-rebuild-remote.json), and a re-run goes on from there;
 * `--restart` starts over. Weeks whose responses may have been purged are
 * never touched.
 *
 * --remote goes through wrangler's getPlatformProxy with a remote D1 binding
 * (a config written next to the progress file, the D1 of wrangler.toml with
 * `remote: true`), so it runs the same code as the local path. It needs
 * `wrangler login` and the real database_id; it has not been run here.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { rebuildCounts, type RebuildProgress } from "../src/db/rebuild.ts";
import { d1Platform } from "./lib/d1-platform.ts";
import { progress } from "./lib/progress.ts";

const { values } = parseArgs({
  options: {
    "persist-to": { type: "string", default: ".wrangler/state" },
    remote: { type: "boolean", default: false },
    restart: { type: "boolean", default: false },
  },
});
const remote = values.remote!;
const progressFile = remote ? ".wrangler/counts-rebuild-remote.json" : join(values["persist-to"]!, "counts-rebuild.json");

/** The bindings: the local D1 in the persist folder, or the deployed one through a remote binding. */
const platform = () => d1Platform({ persistTo: values["persist-to"]!, remote, stateFile: progressFile });

const saved: RebuildProgress | undefined =
  !values.restart && existsSync(progressFile) ? JSON.parse(readFileSync(progressFile, "utf8")) : undefined;
const { env, dispose } = await platform();
try {
  if (saved) console.error(`Resuming at the week of ${saved.nextWeek} (saved in ${progressFile}; --restart to start over).`);
  const started = Date.now();
  let done = 0;
  let run = { from: "", to: "", responses: 0 };
  mkdirSync(dirname(progressFile), { recursive: true });
  const result = await rebuildCounts(env.DB, {
    resume: saved,
    onStart: (weeks) => {
      run = weeks;
    },
    onWeek: (at, responses) => {
      writeFileSync(progressFile, JSON.stringify(at));
      done += responses;
      progress(done, run.responses, started);
    },
  });
  process.stderr.write("\n");
  rmSync(progressFile, { force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (!result.firstWeek) console.log("Nothing to rebuild: no stored response is in a week that may be recounted.");
  else {
    console.log(
      `Rebuilt the counts of ${result.weeks} weeks (${run.from} to ${run.to}) from ${result.responses.toLocaleString("en-US")} ` +
        `responses in ${seconds} s; every counted dimension is now counted from the week of ${result.firstWeek} at the latest.`,
    );
  }
} finally {
  await dispose();
}
