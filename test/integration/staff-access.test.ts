import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { claims, forgeToken, localEnv, otherKey, signToken, staffRequest, tamper, TEST_KEY } from "./staff-tokens";

const secondsFromNow = (seconds: number) => Math.floor(Date.now() / 1000) + seconds;

afterEach(() => vi.restoreAllMocks());

describe("requireStaff with a valid token", () => {
  it("lets an agent token through to an agent route and puts the email and role on the context", async () => {
    const res = await staffRequest("/hotline", await signToken());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ email: "agent@example.gov", role: "agent" });
  });

  it("accepts an audience given as a plain string as well as in a list", async () => {
    const res = await staffRequest("/hotline", await signToken(claims({ aud: env.ACCESS_AUD })));
    expect(res.status).toBe(200);
    const listed = await staffRequest("/hotline", await signToken(claims({ aud: ["another-app", env.ACCESS_AUD] })));
    expect(listed.status).toBe(200);
  });

  it("accepts the token `npm run staff-token -- agent` prints (signed by scripts/dev-keys.mjs)", async () => {
    const res = await staffRequest("/hotline", env.TEST_SCRIPT_AGENT_TOKEN, localEnv({ STAFF_ROLES: env.STAFF_ROLES }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ email: "agent@localhost.test", role: "agent" });
  });
});

describe("requireStaff without a valid token", () => {
  it.each<[string, () => Promise<string | undefined>]>([
    ["no token", async () => undefined],
    ["a token that is not a JWT", async () => "not-a-token"],
    ["an expired token", () => signToken(claims({ exp: secondsFromNow(-60) }))],
    ["a token without an expiry", () => signToken(claims({ exp: undefined }))],
    ["a token that is not valid yet (nbf)", () => signToken(claims({ nbf: secondsFromNow(600) }))],
    ["a token for another audience", () => signToken(claims({ aud: ["another-app"] }))],
    ["a token without an audience", () => signToken(claims({ aud: undefined }))],
    ["a token from another issuer", () => signToken(claims({ iss: "https://elsewhere.cloudflareaccess.com" }))],
    ["a token without an issuer", () => signToken(claims({ iss: undefined }))],
    [
      "a token whose payload was changed after signing",
      async () => tamper(await signToken(claims({ email: "nobody@example.gov" })), claims()),
    ],
    ["a token signed by another key under our key id", async () => signToken(claims(), await otherKey(TEST_KEY.kid!))],
    ["a token naming a key we do not have", async () => signToken(claims(), await otherKey("someone-elses-key"))],
    ["an unsigned token (alg: none)", async () => forgeToken({ alg: "none", typ: "JWT", kid: TEST_KEY.kid }, claims())],
    [
      "an HS256 token keyed with our public key (algorithm confusion)",
      async () => {
        const secret = await crypto.subtle.importKey(
          "raw",
          new TextEncoder().encode(env.ACCESS_LOCAL_JWKS),
          { name: "HMAC", hash: "SHA-256" },
          false,
          ["sign"],
        );
        const [header, payload] = [{ alg: "HS256", typ: "JWT", kid: TEST_KEY.kid }, claims()];
        const signingInput = forgeToken(header, payload).slice(0, -1);
        return forgeToken(header, payload, await crypto.subtle.sign("HMAC", secret, new TextEncoder().encode(signingInput)));
      },
    ],
  ])("answers 401 to %s", async (_, makeToken) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = await staffRequest("/hotline", await makeToken());
    expect(res.status).toBe(401);
  });

  it("answers 401 as the API's JSON error under /api/ and as an HTML page elsewhere", async () => {
    const api = await staffRequest("/api/v1/staff/me", undefined);
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual({ error: { status: 401, message: expect.stringMatching(/Cf-Access-Jwt-Assertion/) } });
    const page = await staffRequest("/hotline", undefined);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain("<h1>Sign in to continue</h1>");
  });

  it("never logs the token it refuses, only which check failed", async () => {
    const logged: unknown[][] = [];
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    }
    const expired = await signToken(claims({ exp: secondsFromNow(-60) }));
    const tampered = tamper(await signToken(), claims({ email: "analyst@example.gov" }));
    for (const token of [expired, tampered]) expect((await staffRequest("/analyst", token)).status).toBe(401);
    const text = logged.flat().map(String).join("\n");
    expect(text).toContain("JwtTokenExpired");
    for (const token of [expired, tampered]) for (const part of token.split(".")) expect(text).not.toContain(part);
  });
});

describe("requireStaff with a valid token for the wrong person", () => {
  it.each([
    ["an analyst on an agent route", "analyst@example.gov", "/hotline"],
    ["an agent on an analyst route", "agent@example.gov", "/analyst"],
    ["an address STAFF_ROLES does not name", "visitor@example.gov", "/hotline"],
    ["a token without an email (a service token)", undefined, "/hotline"],
  ])("answers 403 to %s", async (_, email, path) => {
    const res = await staffRequest(path, await signToken(claims({ email })));
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Your account cannot open this page");
  });

  it("gives a domain entry's role to its addresses, unless an exact address says otherwise", async () => {
    const member = await staffRequest("/analyst", await signToken(claims({ email: "Someone@Analysts.Example.gov" })));
    // One canonical form (ASCII lower case) goes on the context and so into the audit log.
    expect(await member.json()).toEqual({ email: "someone@analysts.example.gov", role: "analyst" });
    const lead = await staffRequest("/hotline", await signToken(claims({ email: "lead@analysts.example.gov" })));
    expect(lead.status).toBe(200);
    const subdomain = await staffRequest("/analyst", await signToken(claims({ email: "x@eu.analysts.example.gov" })));
    expect(subdomain.status).toBe(403);
  });
});

describe("requireStaff with incomplete configuration", () => {
  it.each([
    ["no audience", { ACCESS_AUD: undefined }],
    ["a blank audience", { ACCESS_AUD: " " }],
    ["no STAFF_ROLES", { STAFF_ROLES: undefined }],
    ["STAFF_ROLES that are not JSON", { STAFF_ROLES: "agent@example.gov=agent" }],
    ["no team domain and no local keys", { ACCESS_LOCAL_JWKS: undefined }],
    ["a team domain outside Cloudflare Access", { ACCESS_TEAM_DOMAIN: "login.example.com" }],
  ])("refuses every staff route (503) with %s, even for an otherwise valid token", async (_, overrides) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const token = await signToken();
    for (const path of ["/hotline", "/analyst", "/api/v1/staff/me"]) {
      expect((await staffRequest(path, token, localEnv(overrides))).status).toBe(503);
    }
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Staff access is not configured: /));
  });
});
