/**
 * @module
 * What `npm run stats:utility` and `npm run attack` share: a local D1 of their
 * own filled by scripts/seed.ts, the true counts read straight from its
 * weekly_counts (never through the API), and the stats API of the real app
 * under `wrangler dev`, asked over HTTP as an analyst.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { runToEnd, startApp, type RunningApp } from "../../test/e2e/app-server.ts";
import { ensureDevKeys, signStaffToken } from "../dev-keys.mjs";
import { seed } from "../seed.ts";

interface D1 {
  prepare(sql: string): {
    bind(...values: unknown[]): { all<T>(): Promise<{ results: T[] }> };
    all<T>(): Promise<{ results: T[] }>;
  };
}

/** An emptied, migrated D1 at `state`. */
export async function freshState(state: string): Promise<void> {
  rmSync(state, { recursive: true, force: true });
  await runToEnd(["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", state]);
}

export { seed };

/** Runs `read` on the D1 at `state` (no app may be running on it). */
export async function withDb<T>(state: string, read: (db: D1) => Promise<T>): Promise<T> {
  const { env, dispose } = await getPlatformProxy<{ DB: D1 }>({ persist: { path: join(state, "v3") }, remoteBindings: false });
  try {
    return await read(env.DB);
  } finally {
    await dispose();
  }
}

/** The app on the D1 at `state`, and a function that asks its stats API (JSON). */
export async function statsApp(
  state: string,
): Promise<{ app: RunningApp; ask: (params: Record<string, string>) => Promise<StatsAnswer> }> {
  const { privateJwk, audience } = await ensureDevKeys({ log: () => {} });
  const token = await signStaffToken({ privateJwk, role: "analyst", audience });
  const app = await startApp({ persistTo: state, migrate: false });
  const ask = async (params: Record<string, string>) => {
    const res = await fetch(`${app.baseUrl}/api/v1/stats?${new URLSearchParams(params)}`, {
      headers: { "Cf-Access-Jwt-Assertion": token },
    });
    if (res.status !== 200) throw new Error(`stats ${JSON.stringify(params)} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as StatsAnswer;
  };
  return { app, ask };
}

export interface StatsAnswer {
  group_by: string[];
  from: string;
  to: string;
  rows: Record<string, string | number | null>[];
  total: number;
}

/** The dimensions kept in the counts that the API answers by (not time, not channel). */
export async function storedDimensions(db: D1): Promise<string[]> {
  const { results } = await db
    .prepare("select distinct dim_a as dim from weekly_counts where dim_b = '' and dim_a <> ''")
    .all<{ dim: string }>();
  return results.map((r) => r.dim).sort();
}

/** The API's value for a stored value ("" is "not asked", null in the API). */
export const apiValue = (value: string) => (value === "" ? null : value);
