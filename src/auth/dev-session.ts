/**
 * @module
 * Local stand-ins for what Cloudflare Access does in production: sign a token
 * for a staff role with the local private key, and carry it in a cookie for
 * browsers (Access sends its header on every request; a local browser cannot).
 * The middleware reads that cookie only when the dev sign-in is enabled.
 */
import type { Context } from "hono";
import { deleteCookie, readCookie, writeCookie } from "../middleware/cookies";
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import { sign } from "hono/utils/jwt/jwt";
import * as z from "../validation";
import { LOCAL_ISSUER, parseJson, rsaJwk, setting, type AccessEnv } from "./config";
import type { StaffRole } from "./roles";

/** How long a local token is good for: a working day, like an Access session. */
export const LOCAL_TOKEN_SECONDS = 8 * 60 * 60;

const COOKIE = "staff_access";

// Hono's sign() takes the algorithm and key id from the JWK itself.
const privateRsaJwk = z.extend(rsaJwk, { alg: z.literal("RS256"), d: z.string().check(z.minLength(1)) });

/** The address a local token for a role carries (scripts/dev-keys.mjs uses the same). */
export function localEmail(role: StaffRole): string {
  return `${role}@localhost.test`;
}

/** `ACCESS_LOCAL_PRIVATE_JWK`, if it holds an RS256 private key with a kid. */
export function localPrivateKey(env: AccessEnv): HonoJsonWebKey | undefined {
  const text = setting(env.ACCESS_LOCAL_PRIVATE_JWK);
  return text ? (parseJson(text, privateRsaJwk) as HonoJsonWebKey | undefined) : undefined;
}

/** A token shaped like an Access token (array `aud`, `email`, `nbf`, `exp`), signed locally. */
export function signLocalToken(privateKey: HonoJsonWebKey, role: StaffRole, audience: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const email = localEmail(role);
  return sign(
    { iss: LOCAL_ISSUER, aud: [audience], email, sub: email, iat: now, nbf: now, exp: now + LOCAL_TOKEN_SECONDS, type: "app" },
    privateKey,
  );
}

/** The token in the dev session cookie, if any. */
export function readDevSession(c: Context): string | undefined {
  return readCookie(c, COOKIE);
}

export function writeDevSession(c: Context, token: string): void {
  writeCookie(c, COOKIE, token, LOCAL_TOKEN_SECONDS);
}

/** Signs the local browser out: what Access's own logout does in production. */
export function clearDevSession(c: Context): void {
  deleteCookie(c, COOKIE);
}
