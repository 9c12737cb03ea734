/**
 * @module
 * Which language a page is shown in: `?lang=` when it names a supported
 * language (then remembered in a cookie, so the rest of the journey stays in
 * it), else the remembered choice, else the default.
 */
import type { Context, MiddlewareHandler } from "hono";
import { readCookie, writeCookie } from "./cookies";
import { DEFAULT_LOCALE, LOCALES, catalogFor, isLocale, type Locale } from "../i18n";
import { configOf, type PerLanguage } from "../config";
import type { Staff } from "../auth/middleware";
import type { PageContext, SiteIdentity, StaffIdentity } from "../ui/page-context";

const COOKIE = "lang";

/** The language the visitor asked for or chose earlier, if any. */
export function chosenLocale(c: Context): Locale | undefined {
  const asked = c.req.query("lang");
  if (isLocale(asked)) return asked;
  const remembered = readCookie(c, COOKIE);
  return isLocale(remembered) ? remembered : undefined;
}

export function pageLocale(c: Context): Locale {
  return chosenLocale(c) ?? DEFAULT_LOCALE;
}

/** Remembers a language chosen with `?lang=` for the following pages. */
export const rememberLocale: MiddlewareHandler = async (c, next) => {
  const asked = c.req.query("lang");
  if (isLocale(asked) && readCookie(c, COOKIE) !== asked) {
    writeCookie(c, COOKIE, asked);
  }
  await next();
};

/**
 * The page context for this request. Switch links point at the same address
 * with `lang` set, so the visitor keeps their place (answers live in a cookie).
 * A page drawn after a POST links to the address it was posted to, shown by GET.
 */
export function pageContext(c: Context, locale: Locale = pageLocale(c)): PageContext {
  const url = new URL(c.req.url);
  // From the path alone, with one leading slash: a request for "//evil.example/x" must
  // not become href="//evil.example/x?lang=es", which browsers read as another host.
  const path = `/${url.pathname.replace(/^\/+/, "")}`;
  const otherLanguages = LOCALES.filter((other) => other !== locale).map((other) => {
    url.searchParams.set("lang", other);
    return { locale: other, name: catalogFor(other).site.languageName, href: `${path}${url.search}` };
  });
  const staff = staffIdentity(c);
  return { locale, catalog: catalogFor(locale), otherLanguages, site: siteIdentity(c.env, locale), ...(staff && { staff }) };
}

/** Where Cloudflare Access signs a browser out of every application of the team. */
export const ACCESS_LOGOUT = "/cdn-cgi/access/logout";

/** The signed-in staffer, on routes behind requireStaff. */
function staffIdentity(c: Context): StaffIdentity | undefined {
  const staff = (c.get as (key: string) => unknown)("staff") as Staff | undefined;
  if (!staff) return undefined;
  const access = configOf(c.env).access;
  const dev = access.ok && access.config.devSignIn;
  const signOut = dev ? { href: "/dev/sign-out", method: "post" as const } : { href: ACCESS_LOGOUT, method: "get" as const };
  return { email: staff.email, role: staff.role, signOut };
}

/** Each configuration's identity per language, made once: the footer is drawn once per identity (site-footer.tsx). */
const identities = new WeakMap<object, Map<Locale, SiteIdentity>>();

/** The deployment's identity in one language. */
function siteIdentity(env: object | undefined, locale: Locale): SiteIdentity {
  const site = configOf(env).site;
  let byLocale = identities.get(site);
  if (!byLocale) {
    byLocale = new Map();
    identities.set(site, byLocale);
  }
  let identity = byLocale.get(locale);
  if (!identity) {
    identity = readIdentity(site, locale);
    byLocale.set(locale, identity);
  }
  return identity;
}

function readIdentity(site: ReturnType<typeof configOf>["site"], locale: Locale): SiteIdentity {
  const say = (words: PerLanguage) => words[locale] ?? words.en;
  const serviceName = say(site.serviceName);
  const agencyName = say(site.agencyName);
  const hours = say(site.hotlineHours);
  return {
    ...(serviceName && { serviceName }),
    ...(agencyName && { agencyName }),
    government: site.government,
    ...(site.hotline && { hotline: { ...site.hotline, ...(hours && { hours }) } }),
  };
}
