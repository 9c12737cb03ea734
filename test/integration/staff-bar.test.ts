import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AccessEnv } from "../../src/auth/config";
import worker from "../../src/index";
import { Browser, ORIGIN, get, location } from "./helpers";
import { AGENT_HEADERS, analystHeaders, localEnv } from "./staff-tokens";

const signInEnv = localEnv({
  STAFF_ROLES: env.STAFF_ROLES,
  DEV_SIGN_IN: "true",
  ACCESS_LOCAL_PRIVATE_JWK: env.TEST_ACCESS_PRIVATE_JWK,
});

function post(path: string, accessEnv: AccessEnv, fields: Record<string, string> = {}, cookie = "") {
  const headers = { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, cookie };
  return worker.fetch(
    new Request(`${ORIGIN}${path}`, { method: "POST", redirect: "manual", headers, body: new URLSearchParams(fields) }),
    {
      ...env,
      ...accessEnv,
    },
  );
}

describe("the staff bar", () => {
  it("shows the signed-in agent, their page and Access's sign-out on the hotline desk", async () => {
    const html = await (await new Browser(AGENT_HEADERS).get("/hotline")).text();
    expect(html).toContain('<div class="staff-bar">');
    expect(html).toMatch(/Signed in as <strong>agent@[a-z.]+<\/strong>/);
    expect(html).toContain('<a class="usa-link" href="/hotline">Hotline: new call</a>');
    expect(html).toContain('<a class="usa-link" href="/cdn-cgi/access/logout">Sign out</a>');
  });

  it("links an analyst to the counts", async () => {
    const html = await (await get("/analyst", await analystHeaders())).text();
    expect(html).toContain('<a class="usa-link" href="/analyst">Counts of responses</a>');
  });

  it("is not on public pages", async () => {
    expect(await (await get("/")).text()).not.toContain("staff-bar");
  });

  it("signs out of the local dev sign-in with a form post that clears its cookie", async () => {
    const signedIn = await post("/dev/sign-in", signInEnv, { role: "agent" });
    const [pair] = signedIn.headers.getSetCookie()[0]!.split("; ");
    const hotline = await worker.fetch(new Request(`${ORIGIN}/hotline`, { headers: { cookie: pair! } }), {
      ...env,
      ...signInEnv,
    });
    expect(await hotline.text()).toContain('<form method="post" action="/dev/sign-out">');
    const out = await post("/dev/sign-out", signInEnv, {}, pair);
    expect(out.status).toBe(303);
    expect(location(out)).toBe("/dev/sign-in");
    expect(out.headers.getSetCookie()[0]).toMatch(/^__Host-staff_access=; Max-Age=0/);
  });
});
