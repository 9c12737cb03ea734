import { createExecutionContext, env } from "cloudflare:test";
import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../../src/index";
import { SITEVERIFY_URL } from "../../src/middleware/turnstile";
import { answers as answerSet } from "../support/answers";
import { Browser, ORIGIN, clientAddress, get } from "./helpers";

// Cloudflare's documented test keys: a site key that always shows a passing widget,
// a secret that always passes and one that always fails.
const SITE_KEY = "1x00000000000000000000AA";
const PASSING_SECRET = "1x0000000000000000000000000000000AA";
const FAILING_SECRET = "2x0000000000000000000000000000000AA";

/** The Worker with Turnstile turned on by configuration. */
function withTurnstile(secret: string) {
  // The test env's bindings are not plain properties, so layer the two settings over it.
  const extra: Record<string, string> = { TURNSTILE_SITE_KEY: SITE_KEY, TURNSTILE_SECRET_KEY: secret };
  const configured = new Proxy(env, {
    get: (target, key) => (typeof key === "string" && key in extra ? extra[key] : Reflect.get(target, key)),
  });
  return (request: Request) =>
    worker.fetch!(request as Request<unknown, IncomingRequestCfProperties>, configured, createExecutionContext());
}

/** Mocks siteverify: the token "good-token" passes with the passing secret, anything else fails. */
function mockSiteverify() {
  return vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
    expect(String(input instanceof Request ? input.url : input)).toBe(SITEVERIFY_URL);
    const form = new URLSearchParams(String(init?.body));
    const success = form.get("secret") === PASSING_SECRET && form.get("response") === "good-token";
    return Response.json({ success });
  });
}

const answers = answerSet({ has_kaspersky: "no" });
const cookie = `__Host-check=${encodeURIComponent(JSON.stringify(answers))}`;
const finalStep = (body: string) =>
  new Request(`${ORIGIN}/check/answers`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie, origin: ORIGIN, "content-type": "application/x-www-form-urlencoded", "cf-connecting-ip": clientAddress() },
    body,
  });
const apiCheck = (headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/v1/checks`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": clientAddress(), ...headers },
    body: JSON.stringify({ answers }),
  });

afterEach(() => vi.restoreAllMocks());

describe("Turnstile", () => {
  it("is off unless configured: no widget, no third-party origin in the CSP, submissions need no token", async () => {
    const browser = new Browser();
    for (const [question, value] of Object.entries(answers)) await browser.post(`/check/${question}`, { [question]: value });
    const page = await browser.get("/check/answers");
    const html = await page.text();
    expect(html).not.toContain("challenges.cloudflare.com");
    expect(page.headers.get("content-security-policy")).not.toContain("challenges.cloudflare.com");
    expect((await get("/")).headers.get("content-security-policy")).toContain("frame-src 'none'");
  });

  it("when on, shows the widget on check-your-answers only, and lets only that page load Turnstile", async () => {
    const fetchWorker = withTurnstile(PASSING_SECRET);
    const page = await fetchWorker(new Request(`${ORIGIN}/check/answers`, { headers: { cookie } }));
    const html = await page.text();
    expect(html).toContain(`<div class="cf-turnstile" data-sitekey="${SITE_KEY}" data-language="en"></div>`);
    expect(html).toContain('<script src="https://challenges.cloudflare.com/turnstile/v0/api.js" async="" defer="">');
    expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self' https:\/\/challenges\.cloudflare\.com/);
    expect(page.headers.get("content-security-policy")).toContain("frame-src https://challenges.cloudflare.com");
    const start = await fetchWorker(new Request(`${ORIGIN}/`));
    expect(start.headers.get("content-security-policy")).not.toContain("challenges.cloudflare.com");
  });

  it("when on, accepts the web form only with a token siteverify accepts", async () => {
    const siteverify = mockSiteverify();
    const fetchWorker = withTurnstile(PASSING_SECRET);
    const missing = await fetchWorker(finalStep("reference=KX7P4M2Q"));
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("We could not confirm you are a person");
    const passed = await fetchWorker(finalStep("reference=KX7P4M2Q&cf-turnstile-response=good-token"));
    expect(passed.status).toBe(303);
    expect(passed.headers.get("location")).toMatch(/^\/result\/[A-Z0-9]{8}$/);
    expect(siteverify).toHaveBeenCalledTimes(1);
    const sent = new URLSearchParams(String(siteverify.mock.calls[0]![1]!.body));
    expect(Object.fromEntries(sent)).toEqual({ secret: PASSING_SECRET, response: "good-token" });
  });

  it("when on, refuses a token siteverify rejects (the always-failing test secret)", async () => {
    mockSiteverify();
    const refused = await withTurnstile(FAILING_SECRET)(finalStep("reference=KX7P4M2Q&cf-turnstile-response=good-token"));
    expect(refused.status).toBe(400);
  });

  it("when on, asks API clients for the token in a header", async () => {
    mockSiteverify();
    const fetchWorker = withTurnstile(PASSING_SECRET);
    const missing = await fetchWorker(apiCheck());
    expect(missing.status).toBe(400);
    expect((await missing.json<{ error: { message: string } }>()).error.message).toContain("CF-Turnstile-Response");
    expect((await fetchWorker(apiCheck({ "CF-Turnstile-Response": "good-token" }))).status).toBe(201);
  });

  it("when siteverify cannot be reached, says to try again (503) and stores nothing", async () => {
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new Error("network down"));
    const res = await withTurnstile(PASSING_SECRET)(apiCheck({ "CF-Turnstile-Response": "good-token" }));
    expect(res.status).toBe(503);
  });
});
