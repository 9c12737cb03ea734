import { env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KEYS_TTL_MS, MIN_REFETCH_MS } from "../../src/auth/keys";
import { claims, localEnv, otherKey, signToken, staffRequest } from "./staff-tokens";

// Each test names its own team, so the keys one test caches are not another's.
let teams = 0;
function team() {
  const name = `team-${++teams}`;
  const issuer = `https://${name}.cloudflareaccess.com`;
  return {
    env: localEnv({ ACCESS_TEAM_DOMAIN: `${name}.cloudflareaccess.com`, ACCESS_LOCAL_JWKS: undefined }),
    certsUrl: `${issuer}/cdn-cgi/access/certs`,
    token: (key?: Parameters<typeof signToken>[1]) => signToken(claims({ iss: issuer }), key),
  };
}

/** The team's published keys: the test key's public half, plus `extra` public keys. */
function certs(...extra: JsonWebKey[]) {
  const keys = [...JSON.parse(env.ACCESS_LOCAL_JWKS).keys, ...extra];
  // Access also publishes the keys as PEM certificates; they must be ignored.
  return Response.json({ keys, public_cert: { kid: keys[0].kid, cert: "-----BEGIN CERTIFICATE-----" }, public_certs: [] });
}

const publicHalf = ({ kty, n, e, alg, kid }: JsonWebKey & { kid?: string }) => ({ kty, n, e, alg, kid });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("requireStaff with a team domain (production)", () => {
  it("fetches the team's keys from its certs URL once, and uses them again from memory", async () => {
    const { env: teamEnv, certsUrl, token } = team();
    const certsFetch = vi.spyOn(globalThis, "fetch").mockImplementation(async () => certs());
    expect((await staffRequest("/hotline", await token(), teamEnv)).status).toBe(200);
    expect((await staffRequest("/hotline", await token(), teamEnv)).status).toBe(200);
    expect(certsFetch).toHaveBeenCalledTimes(1);
    expect(certsFetch).toHaveBeenCalledWith(certsUrl, expect.anything());
  });

  it("accepts the team as a bare name or an https URL too", async () => {
    const { certsUrl, token } = team();
    const name = new URL(certsUrl).hostname.split(".")[0]!;
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => certs());
    for (const domain of [name, `https://${name}.cloudflareaccess.com/`]) {
      expect((await staffRequest("/hotline", await token(), localEnv({ ACCESS_TEAM_DOMAIN: domain }))).status).toBe(200);
    }
  });

  it("refuses a token issued locally, even when signed with a key the team publishes", async () => {
    const { env: teamEnv } = team();
    vi.spyOn(globalThis, "fetch").mockImplementation(async () => certs());
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect((await staffRequest("/hotline", await signToken(), teamEnv)).status).toBe(401);
  });

  it("fetches again early for a key it has not seen (a rotation), but at most every 30 seconds", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env: teamEnv, token } = team();
    const rotated = await otherKey("rotated-key");
    const certsFetch = vi.spyOn(globalThis, "fetch").mockImplementationOnce(async () => certs());
    expect((await staffRequest("/hotline", await token(), teamEnv)).status).toBe(200);

    certsFetch.mockImplementation(async () => certs(publicHalf(rotated)));
    expect((await staffRequest("/hotline", await token(rotated), teamEnv)).status).toBe(401);
    expect(certsFetch).toHaveBeenCalledTimes(1);

    vi.setSystemTime(Date.now() + MIN_REFETCH_MS + 1000);
    expect((await staffRequest("/hotline", await token(rotated), teamEnv)).status).toBe(200);
    expect(certsFetch).toHaveBeenCalledTimes(2);
  });

  it("fetches the keys again once the cached set is ten minutes old", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { env: teamEnv, token } = team();
    const certsFetch = vi.spyOn(globalThis, "fetch").mockImplementation(async () => certs());
    await staffRequest("/hotline", await token(), teamEnv);
    vi.setSystemTime(Date.now() + KEYS_TTL_MS - 1000);
    await staffRequest("/hotline", await token(), teamEnv);
    expect(certsFetch).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 2000);
    expect((await staffRequest("/hotline", await token(), teamEnv)).status).toBe(200);
    expect(certsFetch).toHaveBeenCalledTimes(2);
  });

  it("keeps using the last keys it had while the certs URL fails", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { env: teamEnv, token } = team();
    const certsFetch = vi.spyOn(globalThis, "fetch").mockImplementationOnce(async () => certs());
    await staffRequest("/hotline", await token(), teamEnv);
    certsFetch.mockImplementation(async () => new Response("Bad gateway", { status: 502 }));
    vi.setSystemTime(Date.now() + KEYS_TTL_MS + 1000);
    expect((await staffRequest("/hotline", await token(), teamEnv)).status).toBe(200);
    expect(certsFetch).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("answered 502"));
  });

  it.each([
    ["answers with an error", async () => new Response("Bad gateway", { status: 502 })],
    ["answers with something that is not a JWKS", async () => Response.json({ keys: "none" })],
    [
      "cannot be reached",
      async (): Promise<Response> => {
        throw new TypeError("Network connection lost");
      },
    ],
  ])("answers 503 while it has no keys and the certs URL %s", async (_, answer) => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const { env: teamEnv, token } = team();
    vi.spyOn(globalThis, "fetch").mockImplementation(answer);
    const res = await staffRequest("/api/v1/staff/me", await token(), teamEnv);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: { status: 503, message: expect.stringMatching(/cannot be checked/) } });
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Staff access keys unavailable: /));
  });
});
