import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("the start page", () => {
  it("says what the service does and links to the first question", async () => {
    const res = await exports.default.fetch("https://check.example/");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('href="/check/respondent"');
  });
});
