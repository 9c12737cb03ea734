import { describe, expect, it } from "vitest";
import { answers as answerSet } from "../support/answers";
import { Browser, clientAddress, postJson } from "./helpers";
import { inOneLimiterWindow } from "./limiter-window";

const answers = answerSet({ has_kaspersky: "no" });
const LIMIT = 20;

describe("the submission rate limit", () => {
  it("refuses the 21st API check in a minute from one address with 429 and Retry-After, but not another address", async () => {
    const refused = await inOneLimiterWindow(async () => {
      const address = clientAddress();
      for (let i = 0; i < LIMIT; i++) {
        expect((await postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": address })).status).toBe(201);
      }
      return postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": address });
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect((await refused.json<{ error: { message: string } }>()).error.message).toMatch(/Too many checks/);
    expect((await postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": clientAddress() })).status).toBe(201);
  });

  it("counts every address of one IPv6 /64 as one client", async () => {
    // One home or server usually holds a whole /64: 2^64 addresses must not be 2^64 allowances.
    const refused = await inOneLimiterWindow(async () => {
      const [a, b] = crypto.getRandomValues(new Uint16Array(2));
      const network = `2001:db8:${a!.toString(16)}:${b!.toString(16)}`;
      for (let i = 0; i < LIMIT; i++) {
        expect(
          (await postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": `${network}::${(i + 1).toString(16)}` })).status,
        ).toBe(201);
      }
      const written = `${network.replace("2001:db8", "2001:0db8")}:0:0:0:abcd`;
      return postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": written });
    });
    expect(refused.status).toBe(429);
  });

  it("shows the web form a friendly page and keeps the answers", async () => {
    const { browser, refused } = await inOneLimiterWindow(async () => {
      const address = clientAddress();
      const browser = new Browser({ "cf-connecting-ip": address });
      for (const [question, fields] of Object.entries(answers)) await browser.post(`/check/${question}`, { [question]: fields });
      for (let i = 0; i < LIMIT; i++) await postJson("/api/v1/checks", { answers }, { "cf-connecting-ip": address });
      return { browser, refused: await browser.post("/check/answers", { reference: "KX7P4M2Q" }) };
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.text()).toContain("Too many checks from your connection");
    expect(browser.cookieHeader).toContain("__Host-check=");
  });
});
