/**
 * Staff access helpers: tokens signed with the test key pair vitest.config.ts
 * made, forged tokens, and a small app with `requireStaff` routes (test-only
 * routes stay out of the production app).
 */
import { env } from "cloudflare:test";
import { Hono } from "hono";
import { encodeBase64Url } from "hono/utils/encode";
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import { sign } from "hono/utils/jwt/jwt";
import { LOCAL_ISSUER, type AccessEnv } from "../../src/auth/config";
import { respondsWith } from "../../src/middleware/refusals";
import { ACCESS_HEADER, requireStaff, type StaffEnv } from "../../src/auth/middleware";
import { ORIGIN } from "./helpers";

/** The private half of the test key pair; its public half is the ACCESS_LOCAL_JWKS binding. */
export const TEST_KEY: HonoJsonWebKey = JSON.parse(env.TEST_ACCESS_PRIVATE_JWK);

/** Who has which role in these tests. */
export const TEST_ROLES = {
  "agent@example.gov": "agent",
  "analyst@example.gov": "analyst",
  "@analysts.example.gov": "analyst",
  "lead@analysts.example.gov": "agent",
};

/** Local-mode configuration from the bindings, with these tests' roles; `overrides` win. */
export function localEnv(overrides: AccessEnv = {}): AccessEnv {
  return {
    ACCESS_LOCAL_JWKS: env.ACCESS_LOCAL_JWKS,
    ACCESS_AUD: env.ACCESS_AUD,
    STAFF_ROLES: JSON.stringify(TEST_ROLES),
    ...overrides,
  };
}

const now = () => Math.floor(Date.now() / 1000);

/** Claims like those of an Access token for agent@example.gov; `overrides` win (undefined removes a claim). */
export function claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: LOCAL_ISSUER,
    aud: [env.ACCESS_AUD],
    email: "agent@example.gov",
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + 3600,
    ...overrides,
  };
}

/** An RS256 token; by default for agent@example.gov, signed with the test key. */
export function signToken(payload: Record<string, unknown> = claims(), key: HonoJsonWebKey = TEST_KEY): Promise<string> {
  return sign(payload, key);
}

/** The headers of a request from the local agent (the token vitest.config.ts signed for tests). */
export const AGENT_HEADERS = { [ACCESS_HEADER]: env.TEST_SCRIPT_AGENT_TOKEN };

let analyst: { headers: Promise<Record<string, string>>; from: number; until: number } | undefined;
/**
 * The headers of a request from an analyst: signed once and reused while the clock is inside the
 * token's hour, signed again when a test has moved the clock out of it (vi.setSystemTime).
 */
export function analystHeaders(): Promise<Record<string, string>> {
  if (!analyst || now() < analyst.from || now() > analyst.until - 60) {
    const payload = claims({ email: "analyst@localhost.test" });
    const headers = signToken(payload).then((token) => ({ [ACCESS_HEADER]: token }));
    analyst = { headers, from: payload.nbf as number, until: payload.exp as number };
  }
  return analyst.headers;
}

const jsonPart = (value: unknown) => encodeBase64Url(new TextEncoder().encode(JSON.stringify(value)).buffer).replace(/=+$/, "");

/** A token with any header, payload and signature, for forgeries Hono's sign() would not make. */
export function forgeToken(header: object, payload: object, signature: ArrayBuffer = new ArrayBuffer(0)): string {
  const signaturePart = encodeBase64Url(signature).replace(/=+$/, "");
  return `${jsonPart(header)}.${jsonPart(payload)}.${signaturePart}`;
}

/** `token` with its payload swapped for `payload` and its signature kept. */
export function tamper(token: string, payload: object): string {
  const [header, , signature] = token.split(".");
  return `${header}.${jsonPart(payload)}.${signature}`;
}

/** A fresh RS256 key pair that is not the test key, as a private JWK with this `kid`. */
export async function otherKey(kid: string): Promise<HonoJsonWebKey> {
  const pair = (await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair;
  return { ...((await crypto.subtle.exportKey("jwk", pair.privateKey)) as JsonWebKey), alg: "RS256", kid };
}

/** An app with one route per role, a staff API route, each answering with `c.get("staff")`; its API answers in JSON, as the Worker's does. */
export function staffApp() {
  const app = new Hono<StaffEnv>();
  app.use("/api/*", respondsWith("json"));
  app.get("/hotline", requireStaff("agent"), (c) => c.json(c.get("staff")));
  app.get("/analyst", requireStaff("analyst"), (c) => c.json(c.get("staff")));
  app.get("/api/v1/staff/me", requireStaff("agent"), (c) => c.json(c.get("staff")));
  return app;
}

/** GET `path` on the staff app, with the token in the Access header when given. */
export function staffRequest(
  path: string,
  token: string | undefined,
  accessEnv: AccessEnv = localEnv(),
  headers: Record<string, string> = {},
) {
  return staffApp().request(`${ORIGIN}${path}`, { headers: { ...(token && { [ACCESS_HEADER]: token }), ...headers } }, accessEnv);
}
