/**
 * CPU time used by a server `npm run bench` started (wrangler and the workerd
 * processes under it: one process group, test/e2e/app-server.ts), read from
 * Linux's /proc, so the bench can print what each request costs in work done
 * beside its requests per second: a second reading of the same cost, with the
 * app's queue consumer's folds counted in.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

/** The process group and CPU ticks (user + system) of one /proc/<pid>/stat line, or undefined if it is not one. */
export function parseStat(line: string): { readonly processGroup: number; readonly ticks: number } | undefined {
  // Field 2, the command, is in parentheses and may hold spaces and ")": count the fields after the last ")".
  const close = line.lastIndexOf(")");
  if (close < 0) return undefined;
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  // Counted from field 3 (state): the process group is field 5, utime and stime are fields 14 and 15.
  const [processGroup, utime, stime] = [fields[2], fields[11], fields[12]].map(Number);
  if (![processGroup, utime, stime].every((n) => Number.isInteger(n))) return undefined;
  return { processGroup: processGroup!, ticks: utime! + stime! };
}

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
  return ticksPerSecond;
}

/** CPU milliseconds used so far by the live processes of this group; undefined where there is no /proc (not Linux). */
export function groupCpuMs(processGroup: number): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (stat?.processGroup === processGroup) ticks += stat.ticks;
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return (ticks / clockTicks()) * 1000;
}
