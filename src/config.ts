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
 * | `SERVICE_NAME[_ES]`, `AGENCY_NAME[_ES]` | who runs this deployment, per language (`_ES` falls back to the plain one) | unset: the catalog's service name, no agency |
 * | `GOVERNMENT_SITE` | `true`: the "official website of the United States government" banner | anything else: no banner |
 * | `HOTLINE_PHONE`, `HOTLINE_HOURS[_ES]` | the hotline number (every footer, a tel: link) and its opening hours | a number without 7 to 15 digits: not shown |
 */
import { readAccessConfig, setting, type AccessConfigResult, type AccessEnv } from "./auth/config";

/** Every var the Worker reads besides its bindings. */
export interface ConfigEnv extends AccessEnv {
  readonly TURNSTILE_SITE_KEY?: string;
  readonly TURNSTILE_SECRET_KEY?: string;
  readonly RETENTION_DAYS?: string;
  readonly SERVICE_NAME?: string;
  readonly SERVICE_NAME_ES?: string;
  readonly AGENCY_NAME?: string;
  readonly AGENCY_NAME_ES?: string;
  readonly GOVERNMENT_SITE?: string;
  readonly HOTLINE_PHONE?: string;
  readonly HOTLINE_HOURS?: string;
  readonly HOTLINE_HOURS_ES?: string;
}

/** Words a deployment gives in each language; `es` falls back to `en` (a name is often the same). */
export interface PerLanguage {
  readonly en?: string;
  readonly es?: string;
}

/** Who runs this deployment and how to reach its hotline, as shown in every page's header and footer. */
export interface SiteConfig {
  readonly serviceName: PerLanguage;
  readonly agencyName: PerLanguage;
  readonly government: boolean;
  /** The number as written for people, and as a tel: URI (`tel:+18005550199`). */
  readonly hotline?: { readonly display: string; readonly tel: string };
  readonly hotlineHours: PerLanguage;
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
  /** Identity and help shown on every page. */
  readonly site: SiteConfig;
}

/**
 * A phone number as people read it and as a tel: URI, or undefined when it is not one.
 * Ten digits are a US number (+1 added); otherwise the digits are taken as international.
 */
export function readPhone(value: string | undefined): SiteConfig["hotline"] {
  const display = setting(value);
  if (!display || !/^\+?[\d\s().-]+$/.test(display)) return undefined;
  const digits = display.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return undefined;
  return { display, tel: `tel:+${digits.length === 10 ? `1${digits}` : digits}` };
}

function perLanguage(plain: string | undefined, spanish: string | undefined): PerLanguage {
  const en = setting(plain);
  const es = setting(spanish) ?? en;
  return { ...(en && { en }), ...(es && { es }) };
}

function readSite(env: ConfigEnv): SiteConfig {
  const hotline = readPhone(env.HOTLINE_PHONE);
  return {
    serviceName: perLanguage(env.SERVICE_NAME, env.SERVICE_NAME_ES),
    agencyName: perLanguage(env.AGENCY_NAME, env.AGENCY_NAME_ES),
    government: setting(env.GOVERNMENT_SITE) === "true",
    ...(hotline && { hotline }),
    hotlineHours: perLanguage(env.HOTLINE_HOURS, env.HOTLINE_HOURS_ES),
  };
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
    site: readSite(env),
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
