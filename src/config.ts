/**
 * @module
 * The Worker's configuration, parsed and checked in one place, once per
 * environment object (Workers hand every request of an isolate the same one).
 * Every optional var is typed here rather than through the generated `Env`:
 * `wrangler types` adds `.dev.vars` entries only on machines that have one, and
 * the code must type-check the same on a fresh clone. An empty var counts as
 * unset, so tests can blank what a developer's `.dev.vars` would bring in.
 *
 * | var | what it does | when it is wrong |
 * | --- | --- | --- |
 * | `ACCESS_*`, `STAFF_ROLES`, `DEV_SIGN_IN` | staff sign-in (src/auth/config.ts) | every staff route answers 503 |
 * | `TURNSTILE_SITE_KEY` + `TURNSTILE_SECRET_KEY` | Turnstile on public submissions, when both are set | one alone: off |
 * | `RETENTION_DAYS` | days raw responses are kept (default 400) | the purge refuses to run |
 */
import { readAccessConfig, setting, type AccessConfigResult, type AccessEnv } from "./auth/config";

/** Every var the Worker reads besides its bindings. */
export interface ConfigEnv extends AccessEnv {
  readonly TURNSTILE_SITE_KEY?: string;
  readonly TURNSTILE_SECRET_KEY?: string;
  readonly RETENTION_DAYS?: string;
}

/** Used when RETENTION_DAYS is not set: a little over a year. */
export const DEFAULT_RETENTION_DAYS = 400;

export interface Config {
  /** Staff sign-in, or why it is off (then staff routes fail closed). */
  readonly access: AccessConfigResult;
  /** Turnstile's keys when both are set; undefined means Turnstile is off. */
  readonly turnstile?: { readonly siteKey: string; readonly secret: string };
  /** Whole days raw responses are kept, or a problem: the purge then refuses to run rather than guess. */
  readonly retention: { readonly ok: true; readonly days: number } | { readonly ok: false; readonly problem: string };
}

/** RETENTION_DAYS as a whole number of days ≥ 1 (default when unset), or why not. */
function readRetention(value: string | undefined): Config["retention"] {
  const given = setting(value);
  if (given === undefined) return { ok: true, days: DEFAULT_RETENTION_DAYS };
  if (/^\d+$/.test(given) && Number(given) >= 1) return { ok: true, days: Number(given) };
  return { ok: false, problem: `RETENTION_DAYS must be a whole number of days; "${value}" is not` };
}

function readConfig(env: ConfigEnv): Config {
  const siteKey = setting(env.TURNSTILE_SITE_KEY);
  const secret = setting(env.TURNSTILE_SECRET_KEY);
  return {
    access: readAccessConfig(env),
    ...(siteKey && secret && { turnstile: { siteKey, secret } }),
    retention: readRetention(env.RETENTION_DAYS),
  };
}

const parsed = new WeakMap<object, Config>();

/** The configuration of this environment, parsed on first use and kept. */
export function configOf(env: object | undefined): Config {
  const source = env ?? {};
  let config = parsed.get(source);
  if (!config) {
    config = readConfig(source as ConfigEnv);
    parsed.set(source, config);
  }
  return config;
}
