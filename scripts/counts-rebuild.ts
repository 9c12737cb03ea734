/**
 * @module
 * Recomputes the weekly and daily counts from the stored responses, week by
 * week, and lowers every counted dimension's first week to the first week it
 * recounted (src/db/rebuild.ts). Run it after adding a counted question, once
 * the Worker that counts it is deployed:
 *
 *   npm run counts:rebuild [-- --persist-to .wrangler/state]   the local D1 `npm start` serves
 *   npm run counts:rebuild -- --remote                          the deployed D1
 *   npm run counts:rebuild -- --remote --dry-run                which D1, and what it would do; touches nothing
 *
 * Resumable: after each week it saves where it is (in the persist folder, or
 * .wrangler/counts-rebuild-remote.json), and a re-run goes on from there;
 * `--restart` starts over. Weeks whose responses may have been purged are
 * never touched.
 *
 * --remote goes through wrangler's getPlatformProxy with a remote D1 binding
 * (a config written next to the progress file, the D1 of wrangler.toml with
 * `remote: true`), so it runs the same code as the local path. It needs
 * `wrangler login` (or CLOUDFLARE_API_TOKEN) and the real database_id: with
 * wrangler.toml's placeholder id it stops before connecting and says so
 * (scripts/lib/remote-d1.ts). It has not been run against a deployed D1.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { parseArgs } from "node:util";
import { getPlatformProxy, unstable_readConfig } from "wrangler";
import { rebuildCounts, type D1Like, type RebuildProgress } from "../src/db/rebuild.ts";
import { progress } from "./lib/progress.ts";
import { remoteTarget } from "./lib/remote-d1.ts";

const { values } = parseArgs({
  options: {
    "persist-to": { type: "string", default: ".wrangler/state" },
    remote: { type: "boolean", default: false },
    restart: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    config: { type: "string", default: "wrangler.toml" },
  },
});
const remote = values.remote!;
const progressFile = remote ? ".wrangler/counts-rebuild-remote.json" : join(values["persist-to"]!, "counts-rebuild.json");

/** The bindings: the local D1 in the persist folder, or the deployed one through a remote binding. */
async function platform() {
  if (!remote)
    return getPlatformProxy<{ DB: D1Like }>({ persist: { path: join(values["persist-to"]!, "v3") }, remoteBindings: false });
  const config = unstable_readConfig({ config: values.config! });
  const d1 = config.d1_databases.map(({ binding, database_name, database_id }: Record<string, string>) => ({
    binding,
    database_name,
    database_id,
    remote: true,
  }));
  const configPath = join(dirname(progressFile), "counts-rebuild-remote.wrangler.json");
  writeFileSync(
    configPath,
    JSON.stringify({ name: config.name, compatibility_date: config.compatibility_date, d1_databases: d1 }, null, 2),
  );
  return getPlatformProxy<{ DB: D1Like }>({ configPath, remoteBindings: true, persist: false });
}

const saved: RebuildProgress | undefined =
  !values.restart && existsSync(progressFile) ? JSON.parse(readFileSync(progressFile, "utf8")) : undefined;

// Which D1, checked before connecting: the local folder, or the deployed database wrangler.toml names.
let target = `the local D1 in ${values["persist-to"]}`;
if (remote) {
  const checked = remoteTarget(unstable_readConfig({ config: values.config! }).d1_databases, values.config!);
  if (!checked.ok) {
    console.error(`counts:rebuild --remote: ${checked.problem}`);
    process.exit(1);
  }
  target = `the deployed D1 "${checked.name}" (${checked.id}, binding ${checked.binding}, from ${values.config})`;
}
if (values["dry-run"]) {
  console.log(
    [
      `Would rebuild the weekly and daily counts (counts and record-key sums) of ${target}:`,
      saved
        ? `  resuming at the week of ${saved.nextWeek} (saved in ${progressFile}; --restart to start over);`
        : "  from the first week whose responses are all still stored (never a week the purge may have reached);",
      "  one batch a week: delete its counts, add its responses back with the SQL every write uses;",
      `  saving where it is after each week in ${progressFile}, then lowering each counted dimension's first week.`,
      remote
        ? "  It would connect through wrangler's getPlatformProxy with a remote binding (wrangler login or CLOUDFLARE_API_TOKEN)."
        : "  Stop `npm start` first.",
      "Nothing was read or written (--dry-run).",
    ].join("\n"),
  );
  process.exit(0);
}

let connected: Awaited<ReturnType<typeof platform>>;
try {
  connected = await platform();
} catch (error) {
  console.error(
    `counts:rebuild: could not open ${target}: ${error instanceof Error ? error.message : String(error)}` +
      (remote ? "\nFor the deployed D1: `npx wrangler login` (or set CLOUDFLARE_API_TOKEN), and check database_id." : ""),
  );
  process.exit(1);
}
const { env, dispose } = connected;
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
