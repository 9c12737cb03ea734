/**
 * The app's D1 for scripts run with Node: the local one a persist folder holds
 * (the one `npm start` serves, by default), or with `remote` the deployed one,
 * through wrangler's getPlatformProxy with the D1 of wrangler.toml as a remote
 * binding (a config written beside `stateFile`; needs `wrangler login` and the
 * real database_id). The same code runs against either.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { getPlatformProxy, unstable_readConfig } from "wrangler";
import type { D1Like } from "../../src/db/rebuild.ts";

export async function d1Platform(options: { persistTo: string; remote: boolean; stateFile: string; config?: string }) {
  if (!options.remote)
    return getPlatformProxy<{ DB: D1Like }>({ persist: { path: join(options.persistTo, "v3") }, remoteBindings: false });
  const config = unstable_readConfig({ config: options.config ?? "wrangler.toml" });
  const d1 = config.d1_databases.map(({ binding, database_name, database_id }: Record<string, string>) => ({
    binding,
    database_name,
    database_id,
    remote: true,
  }));
  mkdirSync(dirname(options.stateFile), { recursive: true });
  const configPath = join(dirname(options.stateFile), "remote-d1.wrangler.json");
  writeFileSync(
    configPath,
    JSON.stringify({ name: config.name, compatibility_date: config.compatibility_date, d1_databases: d1 }, null, 2),
  );
  return getPlatformProxy<{ DB: D1Like }>({ configPath, remoteBindings: true, persist: false });
}

/**
 * The D1 a maintenance script works on, from its command line: `--persist-to <dir>` (the local D1
 * `npm start` serves, by default) or `--remote` (the deployed one). `name` keeps each script's
 * remote-binding config in a folder of its own.
 */
export function d1FromCommandLine(name: string) {
  const { values } = parseArgs({
    options: {
      "persist-to": { type: "string", default: ".wrangler/state" },
      remote: { type: "boolean", default: false },
    },
  });
  return d1Platform({ persistTo: values["persist-to"]!, remote: values.remote!, stateFile: `.wrangler/${name}/state` });
}
