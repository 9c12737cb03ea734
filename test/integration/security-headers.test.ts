import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN, clientAddress, get, postJson } from "./helpers";

const STRICT_REFERRER = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

function expectHardened(res: Response) {
  const csp = res.headers.get("content-security-policy") ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get("default-src")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  // Scripts only from this origin: never inline, never eval, never elsewhere.
  expect(directives.get("script-src")).toEqual(["'self'"]);
  const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get("strict-transport-security") ?? "")?.[1]);
  expect(maxAge).toBeGreaterThanOrEqual(365 * 24 * 60 * 60);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(STRICT_REFERRER).toContain(res.headers.get("referrer-policy"));
}

const form = (path: string, body: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(
    new Request(`${ORIGIN}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: ORIGIN,
        "cf-connecting-ip": clientAddress(),
        ...headers,
      },
      body,
    }),
  );

describe("security headers", () => {
  it.each([
    ["a public page", () => get("/")],
    ["a question page", () => get("/check/respondent")],
    ["a redirect after a form post", () => form("/check/respondent", "respondent=household")],
    ["a page refused for its size (413)", () => form("/check/respondent", `x=${"y".repeat(20_000)}`)],
    [
      "a form from another site (403)",
      () => form("/check/respondent", "respondent=household", { origin: "https://evil.example" }),
    ],
    ["a 404 page", () => get("/nowhere")],
    ["a result that does not exist", () => get("/result/ZZZZZZZZ")],
    ["an API answer", () => get("/api/v1/questionnaire")],
    ["an API error", () => postJson("/api/v1/checks", "{")],
    ["a staff page without sign-in (401)", () => get("/hotline")],
    ["the hotline script", () => get("/assets/hotline.js")],
  ])("are on %s", async (_, load) => {
    expectHardened(await load());
  });

  it("are on the stylesheet, which is also cacheable", async () => {
    const page = await (await get("/")).text();
    const res = await get(/href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(page)![1]!);
    expectHardened(res);
    expect(res.headers.get("cache-control")).toContain("max-age=31536000");
  });

  it("keep pages out of shared caches", async () => {
    expect((await get("/check/respondent")).headers.get("cache-control")).toBe("no-store");
    expect((await get("/api/v1/checks/ZZZZZZZZ")).headers.get("cache-control")).toBe("no-store");
  });
});
