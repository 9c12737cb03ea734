/**
 * @module
 * Verifies a Cloudflare Access token (`Cf-Access-Jwt-Assertion`) the same way in
 * production and locally; only the key source and the expected issuer differ.
 *
 * Hono's `verifyWithJwks` does most of the work: it refuses `alg: none` and
 * symmetric algorithms, requires a `kid` and finds that key, checks the RS256
 * signature, and checks `iss`, `aud`, `nbf`, `exp` and `iat` when asked to. What
 * it does not do, we do here:
 * - it skips the `exp` check when the token has no `exp`: we require one;
 * - it skips the audience check when the expected audience is empty: we refuse;
 * - it fetches a `jwks_uri` on every call: we pass keys from our cache (keys.ts);
 * - it decodes base64url leniently (padding, stray low bits), so one token has many
 *   spellings: we accept only the canonical one (RFC 7515: no padding), every segment;
 * - it refuses `nbf` and `iat` even a second ahead of our clock: we allow
 *   CLOCK_SKEW_SECONDS, since Access's clock and ours are never exactly the same.
 *
 * Hono's error messages quote the whole token, so they are never logged or shown;
 * only the error's name travels on, as the reason.
 */
import { decodeBase64Url, encodeBase64Url } from "hono/utils/encode";
import { decodeHeader, verifyWithJwks } from "hono/utils/jwt/jwt";
import type { AccessConfig } from "./config";
import { keysFor } from "./keys";

/** Access tokens are about 1 KB; anything far larger is not one and not worth parsing. */
const MAX_TOKEN_LENGTH = 16 * 1024;
/** How far ahead of our clock a token's `nbf` and `iat` may be. */
export const CLOCK_SKEW_SECONDS = 60;

/** Whether a segment is base64url exactly as an encoder writes it: alphabet only, no padding, no stray bits. */
function isCanonicalBase64Url(segment: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(segment) || segment.length % 4 === 1) return false;
  try {
    return encodeBase64Url(decodeBase64Url(segment).buffer as ArrayBuffer).replace(/=+$/, "") === segment;
  } catch {
    return false;
  }
}

/** A time claim that must not lie in the future, give or take the skew; absent is fine. */
const notInFuture = (value: unknown, now: number) =>
  value === undefined || (typeof value === "number" && Number.isFinite(value) && value <= now + CLOCK_SKEW_SECONDS);

export type Verification =
  | { readonly ok: true; readonly email: string | undefined }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks the token's signature, issuer, audience, expiry and not-before time.
 * Throws `KeysUnavailable` when the team's keys cannot be fetched.
 */
export async function verifyAccessToken(token: string, config: AccessConfig): Promise<Verification> {
  if (!config.audience) return { ok: false, reason: "NoAudienceConfigured" };
  if (token.length > MAX_TOKEN_LENGTH) return { ok: false, reason: "TokenTooLong" };
  const segments = token.split(".");
  if (segments.length !== 3 || !segments.every(isCanonicalBase64Url)) return { ok: false, reason: "NotCanonicalBase64Url" };
  let kid: string | undefined;
  try {
    kid = decodeHeader(token).kid;
  } catch {
    return { ok: false, reason: "JwtTokenInvalid" };
  }
  const keys = await keysFor(config.keySource, kid);
  let payload: Record<string, unknown>;
  try {
    payload = await verifyWithJwks(token, {
      keys: [...keys],
      allowedAlgorithms: ["RS256"],
      // nbf and iat are checked below, with the skew allowed.
      verification: { iss: config.issuer, aud: config.audience, nbf: false, iat: false },
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.name : "Invalid" };
  }
  if (typeof payload.exp !== "number") return { ok: false, reason: "ExpiryMissing" };
  const now = Math.floor(Date.now() / 1000);
  if (!notInFuture(payload.nbf, now)) return { ok: false, reason: "JwtTokenNotBefore" };
  if (!notInFuture(payload.iat, now)) return { ok: false, reason: "JwtTokenIssuedAt" };
  // Service tokens carry no email: valid, but no person, so no role either.
  return { ok: true, email: typeof payload.email === "string" ? payload.email : undefined };
}
