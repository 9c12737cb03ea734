// Some staff GETs write audit entries (reopening a check, every stats answer). A
// link or image on another site must not be able to write them in a signed-in
// staffer's name: those GETs act only for requests from our own pages, typed
// addresses and bookmarks, or non-browser clients; a cross-site one gets a page
// (or JSON error) that asks for a deliberate click instead, and writes nothing.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { answers as answerSet } from "../support/answers";
import { ORIGIN, get, postJson } from "./helpers";
import { AGENT_HEADERS, analystHeaders } from "./staff-tokens";

const lastAuditId = async () =>
  (await env.DB.prepare("select coalesce(max(id), 0) as id from audit_log").first<{ id: number }>())!.id;

let reference = "";
beforeAll(async () => {
  const answers = answerSet({ has_kaspersky: "yes", installed_on: ["mac"] });
  reference = (await (await postJson("/api/v1/checks", { answers })).json<{ reference: string }>()).reference;
});

const ROUTES: [string, () => string, () => Promise<Record<string, string>>, number][] = [
  ["reopening a check on the hotline", () => `/hotline/open?reference=${reference}`, async () => AGENT_HEADERS, 303],
  ["the analyst dashboard", () => "/analyst?from=2025-11-03&to=2025-11-16", analystHeaders, 200],
  ["the stats API", () => "/api/v1/stats?group_by=state&from=2025-11-03&to=2025-11-16", analystHeaders, 200],
];

describe.each(ROUTES)("%s", (_, path, staff, okStatus) => {
  it.each<[string, Record<string, string>]>([
    ["a cross-site request", { "sec-fetch-site": "cross-site" }],
    ["a request from a sibling site", { "sec-fetch-site": "same-site" }],
    ["a request with another site's Origin", { origin: "https://evil.example" }],
  ])("writes no audit entry for %s, and asks for a deliberate click instead", async (_, headers) => {
    const before = await lastAuditId();
    const res = await get(path(), { ...(await staff()), ...headers });
    expect(res.status).toBe(403);
    expect(await lastAuditId()).toBe(before);
    const body = await res.text();
    if (path().startsWith("/api/")) {
      expect(JSON.parse(body).error.message).toMatch(/another site/);
    } else {
      // A link to the same address on this site: following it is a same-origin request.
      expect(body).toContain(`href="${path().replaceAll("&", "&amp;")}"`);
    }
  });

  it.each<[string, Record<string, string>]>([
    ["a request from our own pages", { "sec-fetch-site": "same-origin", origin: ORIGIN }],
    ["a typed address or bookmark", { "sec-fetch-site": "none" }],
    ["a client that is not a browser (no fetch metadata)", {}],
  ])("acts, and audits, for %s", async (_, headers) => {
    const before = await lastAuditId();
    const res = await get(path(), { ...(await staff()), ...headers });
    expect(res.status).toBe(okStatus);
    expect(await lastAuditId()).toBeGreaterThan(before);
  });
});
