import { describe, expect, it } from "vitest";
import { LOCAL_ISSUER, readAccessConfig, type AccessEnv } from "../../src/auth/config";

const jwks = JSON.stringify({ keys: [{ kty: "RSA", kid: "k1", n: "AQAB", e: "AQAB" }] });
const base: AccessEnv = { ACCESS_AUD: "aud-tag", STAFF_ROLES: '{"a@example.gov":"agent"}' };

function config(env: AccessEnv) {
  const read = readAccessConfig(env);
  if (!read.ok) throw new Error(read.problem);
  return read.config;
}

describe("staff access configuration", () => {
  it("with a team domain, takes keys from the team's certs URL and expects the team as issuer", () => {
    const team = config({ ...base, ACCESS_TEAM_DOMAIN: "Kaspersky-Check.cloudflareaccess.com" });
    expect(team.issuer).toBe("https://kaspersky-check.cloudflareaccess.com");
    expect(team.keySource).toEqual({
      kind: "team",
      certsUrl: "https://kaspersky-check.cloudflareaccess.com/cdn-cgi/access/certs",
    });
    expect(team.audience).toBe("aud-tag");
  });

  it("without one, takes keys from ACCESS_LOCAL_JWKS and expects the local issuer", () => {
    const local = config({ ...base, ACCESS_LOCAL_JWKS: jwks });
    expect(local.issuer).toBe(LOCAL_ISSUER);
    expect(local.keySource).toEqual({ kind: "local", keys: JSON.parse(jwks).keys });
  });

  it("turns the dev sign-in on only for DEV_SIGN_IN=true in local mode", () => {
    expect(config({ ...base, ACCESS_LOCAL_JWKS: jwks, DEV_SIGN_IN: "true" }).devSignIn).toBe(true);
    expect(config({ ...base, ACCESS_LOCAL_JWKS: jwks }).devSignIn).toBe(false);
    expect(config({ ...base, ACCESS_LOCAL_JWKS: jwks, DEV_SIGN_IN: "1" }).devSignIn).toBe(false);
    expect(config({ ...base, ACCESS_LOCAL_JWKS: jwks, DEV_SIGN_IN: "true", ACCESS_TEAM_DOMAIN: "team" }).devSignIn).toBe(false);
  });

  it("counts an empty var as unset, so .dev.vars can blank a team domain wrangler.toml sets", () => {
    expect(config({ ...base, ACCESS_LOCAL_JWKS: jwks, ACCESS_TEAM_DOMAIN: "" }).keySource.kind).toBe("local");
  });

  it.each<[string, AccessEnv, RegExp]>([
    ["no audience", { ...base, ACCESS_AUD: undefined, ACCESS_TEAM_DOMAIN: "team" }, /ACCESS_AUD/],
    ["an empty audience", { ...base, ACCESS_AUD: "", ACCESS_TEAM_DOMAIN: "team" }, /ACCESS_AUD/],
    ["no roles", { ...base, STAFF_ROLES: undefined, ACCESS_TEAM_DOMAIN: "team" }, /STAFF_ROLES/],
    ["neither a team domain nor local keys", base, /ACCESS_TEAM_DOMAIN is not set/],
    ["a team domain that is not Cloudflare Access", { ...base, ACCESS_TEAM_DOMAIN: "team.example.com" }, /ACCESS_TEAM_DOMAIN/],
    ["local keys that are not a JWKS", { ...base, ACCESS_LOCAL_JWKS: '{"keys":[]}' }, /ACCESS_LOCAL_JWKS/],
    [
      "local keys without a kid",
      { ...base, ACCESS_LOCAL_JWKS: '{"keys":[{"kty":"RSA","n":"AQAB","e":"AQAB"}]}' },
      /ACCESS_LOCAL_JWKS/,
    ],
  ])("fails closed with %s, saying what is wrong", (_, env, problem) => {
    const read = readAccessConfig(env);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(problem);
  });
});
