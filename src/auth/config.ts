/**
 * @module
 * Staff access configuration, read from the Worker's vars. It fails closed: any
 * missing or malformed var yields a problem instead of a configuration, and the
 * middleware then refuses every staff route.
 *
 * | var | where | what it does |
 * | --- | --- | --- |
 * | `ACCESS_TEAM_DOMAIN` | production | `your-team.cloudflareaccess.com` (or `your-team`): keys come from its certs URL, tokens must be issued by it. Its presence also rules out the dev sign-in. |
 * | `ACCESS_AUD` | always | the Access application's audience tag; tokens must carry it. |
 * | `STAFF_ROLES` | always | JSON: address or `@domain` to role (see roles.ts). |
 * | `ACCESS_LOCAL_JWKS` | .dev.vars, tests | without a team domain: the public keys (JWKS JSON) tokens are checked against. |
 * | `ACCESS_LOCAL_PRIVATE_JWK` | .dev.vars | the matching private key, for the dev sign-in to sign with. |
 * | `DEV_SIGN_IN` | .dev.vars | `true` turns on `/dev/sign-in`, in local mode only. |
 *
 * An empty var counts as unset, so tests can blank a var a developer's .dev.vars
 * would otherwise bring in.
 *
 * These vars are typed here, not through the generated `Env`: `wrangler types`
 * adds .dev.vars entries to `Env` only on machines that have a .dev.vars, and
 * the code must type-check the same on a fresh clone.
 */
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import * as z from "../validation";
import { parseStaffRoles, type StaffRoles } from "./roles";

/** The Worker vars staff access reads; which ones are required depends on the mode. */
export interface AccessEnv {
  readonly ACCESS_TEAM_DOMAIN?: string;
  readonly ACCESS_AUD?: string;
  readonly STAFF_ROLES?: string;
  readonly ACCESS_LOCAL_JWKS?: string;
  readonly ACCESS_LOCAL_PRIVATE_JWK?: string;
  readonly DEV_SIGN_IN?: string;
}

/** The issuer of locally signed tokens (scripts/dev-keys.mjs uses the same value). */
export const LOCAL_ISSUER = "https://access.localhost";

/** Where the keys that sign staff tokens come from. */
export type KeySource =
  | { readonly kind: "team"; readonly certsUrl: string }
  | { readonly kind: "local"; readonly keys: readonly HonoJsonWebKey[] };

export interface AccessConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly keySource: KeySource;
  readonly roles: StaffRoles;
  /** True only in local mode with `DEV_SIGN_IN=true`. */
  readonly devSignIn: boolean;
}

export type AccessConfigResult = { ok: true; config: AccessConfig } | { ok: false; problem: string };

// A bare team name or the full team domain, optionally as its https:// URL.
const TEAM_DOMAIN = /^(?:https:\/\/)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.cloudflareaccess\.com)?\/?$/;

/** A public RSA key as a JWKS lists it; the `kid` is what a token names its key by. */
const nonEmpty = () => z.string().check(z.minLength(1));
export const rsaJwk = z.looseObject({ kty: z.literal("RSA"), kid: nonEmpty(), n: nonEmpty(), e: nonEmpty() });
const jwks = z.object({ keys: z.array(rsaJwk).check(z.minLength(1)) });

/** A var's value, with empty or blank counting as unset. */
export function setting(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads and checks the staff access vars. */
export function readAccessConfig(env: AccessEnv): AccessConfigResult {
  const audience = setting(env.ACCESS_AUD);
  if (!audience) return { ok: false, problem: "ACCESS_AUD is not set" };
  const rolesJson = setting(env.STAFF_ROLES);
  if (!rolesJson) return { ok: false, problem: "STAFF_ROLES is not set" };
  const roles = parseStaffRoles(rolesJson);
  if ("problem" in roles) return { ok: false, problem: roles.problem };

  const teamDomain = setting(env.ACCESS_TEAM_DOMAIN);
  if (teamDomain) {
    const team = TEAM_DOMAIN.exec(teamDomain.toLowerCase())?.[1];
    if (!team) return { ok: false, problem: "ACCESS_TEAM_DOMAIN must look like your-team.cloudflareaccess.com" };
    const issuer = `https://${team}.cloudflareaccess.com`;
    const keySource = { kind: "team", certsUrl: `${issuer}/cdn-cgi/access/certs` } as const;
    return { ok: true, config: { issuer, audience, keySource, roles, devSignIn: false } };
  }

  const localJwks = setting(env.ACCESS_LOCAL_JWKS);
  if (!localJwks) return { ok: false, problem: "ACCESS_TEAM_DOMAIN is not set (nor ACCESS_LOCAL_JWKS, for local development)" };
  const keys = parseJson(localJwks, jwks);
  if (!keys) return { ok: false, problem: "ACCESS_LOCAL_JWKS is not a JWKS of RSA public keys with kid" };
  const keySource = { kind: "local", keys: keys.keys as HonoJsonWebKey[] } as const;
  const devSignIn = setting(env.DEV_SIGN_IN) === "true";
  return { ok: true, config: { issuer: LOCAL_ISSUER, audience, keySource, roles, devSignIn } };
}

/** JSON text checked against a schema; undefined when it is not JSON or does not fit. */
export function parseJson<T>(text: string, schema: z.ZodMiniType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
