import { describe, expect, it } from "vitest";
import { answers as answerSet } from "../support/answers";
import { get, postJson } from "./helpers";
import { inOneLimiterWindow } from "./limiter-window";

/** LOOKUP_LIMITER in wrangler.toml: reference lookups a minute from one client. */
const LOOKUP_LIMIT = 60;

/** A fresh /64 in the documentation range, so each test counts alone. */
function network(): string {
  const [a, b] = crypto.getRandomValues(new Uint16Array(2));
  return `2001:db8:${a!.toString(16)}:${b!.toString(16)}`;
}

describe("the reference lookup rate limit", () => {
  it.each([
    ["the result page", "/result/", /text\/html/],
    ["the API", "/api/v1/checks/", /application\/json/],
  ])("refuses the 61st lookup in a minute on %s from one client with 429 and Retry-After", async (_, prefix, type) => {
    const created = await postJson("/api/v1/checks", { answers: answerSet({ has_kaspersky: "yes", installed_on: ["mac"] }) });
    const { reference } = await created.json<{ reference: string }>();
    const refused = await inOneLimiterWindow(async () => {
      const client = { "cf-connecting-ip": `${network()}::1` };
      for (let i = 0; i < LOOKUP_LIMIT; i++) {
        // Found or not, every lookup counts: guessing codes is mostly misses.
        const path = i % 2 ? `${prefix}${reference}` : `${prefix}ZZZZZZZZ`;
        expect((await get(path, client)).status, `lookup ${i + 1}`).toBeLessThan(429);
      }
      return get(`${prefix}${reference}`, client);
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.headers.get("content-type")).toMatch(type);
    expect(await refused.text()).toMatch(/Too many look-?ups/i);
    // Another client is still answered.
    expect((await get(`${prefix}${reference}`)).status).toBe(200);
  });

  it("counts a whole IPv6 /64 as one client, and the limit is its own, apart from submissions", async () => {
    const { prefix, refused } = await inOneLimiterWindow(async () => {
      const prefix = network();
      for (let i = 0; i < LOOKUP_LIMIT; i++)
        await get("/result/ZZZZZZZZ", { "cf-connecting-ip": `${prefix}::${(i + 1).toString(16)}` });
      return { prefix, refused: await get("/result/ZZZZZZZZ", { "cf-connecting-ip": `${prefix}:ffff:ffff:ffff:ffff` }) };
    });
    expect(refused.status).toBe(429);
    const answers = answerSet({ has_kaspersky: "yes", installed_on: ["mac"] });
    expect((await postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": `${prefix}::99` })).status).toBe(201);
  });
});
