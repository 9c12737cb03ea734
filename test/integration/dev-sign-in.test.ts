import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AccessEnv } from "../../src/auth/config";
import worker from "../../src/index";
import { ORIGIN, get, location, texts } from "./helpers";
import { localEnv, staffRequest } from "./staff-tokens";

/** Local mode with the dev sign-in on, as .dev.vars sets it up; the roles are the script's local ones. */
const signInEnv = localEnv({
  STAFF_ROLES: env.STAFF_ROLES,
  DEV_SIGN_IN: "true",
  ACCESS_LOCAL_PRIVATE_JWK: env.TEST_ACCESS_PRIVATE_JWK,
});

/** The real app under a given configuration. */
function request(path: string, accessEnv: AccessEnv, init: RequestInit = {}) {
  return worker.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }), { ...env, ...accessEnv });
}

function postSignIn(accessEnv: AccessEnv, fields: Record<string, string>, origin = ORIGIN) {
  return request("/dev/sign-in", accessEnv, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: new URLSearchParams(fields),
  });
}

describe("the dev sign-in when it is not enabled", () => {
  it("is the ordinary 404 in the test configuration", async () => {
    const unknown = await get("/no-such-page");
    for (const res of [await get("/dev/sign-in"), await postSignIn({}, { role: "agent" })]) {
      expect(res.status).toBe(404);
      expect(texts(await res.text(), "h1")).toEqual(texts(await unknown.clone().text(), "h1"));
    }
  });

  it.each([
    ["a team domain is set, as production must", { ACCESS_TEAM_DOMAIN: "team.cloudflareaccess.com" }],
    ["DEV_SIGN_IN is not exactly true", { DEV_SIGN_IN: "yes" }],
    ["DEV_SIGN_IN is missing", { DEV_SIGN_IN: undefined }],
  ])("is a 404 when %s", async (_, overrides) => {
    const accessEnv = { ...signInEnv, ...overrides };
    expect((await request("/dev/sign-in", accessEnv)).status).toBe(404);
    const post = await postSignIn(accessEnv, { role: "agent" });
    expect(post.status).toBe(404);
    expect(post.headers.getSetCookie()).toEqual([]);
  });
});

describe("the dev sign-in when enabled locally", () => {
  it("shows a form to sign in as an agent or an analyst", async () => {
    const res = await request("/dev/sign-in", signInEnv);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(texts(html, "h1")).toEqual(["Developer sign-in"]);
    expect(html).toContain('<form method="post" action="/dev/sign-in"');
    expect(html).toMatch(/name="role" value="agent"/);
    expect(html).toMatch(/name="role" value="analyst"/);
  });

  it("signs an agent in with a __Host- cookie (Secure, HttpOnly, SameSite=Strict) that requireStaff accepts", async () => {
    const res = await postSignIn(signInEnv, { role: "agent" });
    expect(res.status).toBe(303);
    expect(location(res)).toBe("/hotline");
    const [cookie] = res.headers.getSetCookie();
    const [pair, ...attributes] = cookie!.split("; ");
    expect(pair).toMatch(/^__Host-staff_access=[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(attributes).toEqual(expect.arrayContaining(["Path=/", "Secure", "HttpOnly", "SameSite=Strict", "Max-Age=28800"]));
    expect(attributes.some((attribute) => attribute.startsWith("Domain="))).toBe(false);

    const hotline = await staffRequest("/hotline", undefined, signInEnv, { cookie: pair! });
    expect(hotline.status).toBe(200);
    expect(await hotline.json()).toEqual({ email: "agent@localhost.test", role: "agent" });
    expect((await staffRequest("/analyst", undefined, signInEnv, { cookie: pair! })).status).toBe(403);
  });

  it("sends an analyst to /analyst with an analyst's token", async () => {
    const res = await postSignIn(signInEnv, { role: "analyst" });
    expect(location(res)).toBe("/analyst");
    const [pair] = res.headers.getSetCookie()[0]!.split("; ");
    const analyst = await staffRequest("/analyst", undefined, signInEnv, { cookie: pair! });
    expect(await analyst.json()).toEqual({ email: "analyst@localhost.test", role: "analyst" });
  });

  it("reads the cookie only while the dev sign-in is on", async () => {
    const [pair] = (await postSignIn(signInEnv, { role: "agent" })).headers.getSetCookie()[0]!.split("; ");
    const off = await staffRequest("/hotline", undefined, { ...signInEnv, DEV_SIGN_IN: undefined }, { cookie: pair! });
    expect(off.status).toBe(401);
  });

  it("links to itself from the sign-in-required page, and only while it is on", async () => {
    const on = await staffRequest("/hotline", undefined, signInEnv);
    expect(await on.text()).toContain('href="/dev/sign-in"');
    const off = await staffRequest("/hotline", undefined, { ...signInEnv, DEV_SIGN_IN: undefined });
    expect(await off.text()).not.toContain("/dev/sign-in");
  });

  it("refuses a sign-in form posted from another website", async () => {
    const res = await postSignIn(signInEnv, { role: "agent" }, "https://elsewhere.example");
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("asks again, without signing in, when the role is not one it knows", async () => {
    const res = await postSignIn(signInEnv, { role: "admin" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Choose a role");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("says what is missing when the local private key is not configured", async () => {
    const res = await postSignIn({ ...signInEnv, ACCESS_LOCAL_PRIVATE_JWK: undefined }, { role: "agent" });
    expect(res.status).toBe(500);
    expect(await res.text()).toContain("ACCESS_LOCAL_PRIVATE_JWK");
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});
