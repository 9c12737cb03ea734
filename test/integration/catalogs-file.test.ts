import { describe, expect, it } from "vitest";
import { CATALOGS } from "../../src/i18n/catalogs";
import { CATALOGS_PATH } from "../../src/ui/styles/generated";
import { get } from "./helpers";

// The Worker does not bundle the catalogs: it reads this static file once per instance
// (src/middleware/catalogs.ts). It must hold exactly the words of the sources, and be
// cacheable for good, since its name changes with its content.
describe("the catalogs' static file", () => {
  it("holds every language's catalog exactly as the sources have it, named by its content", async () => {
    expect(CATALOGS_PATH).toMatch(/^\/assets\/words\.[0-9a-f]{12}\.json$/);
    const res = await get(CATALOGS_PATH);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(CATALOGS)));
  });
});
