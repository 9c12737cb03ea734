// Logs must not pair a reference code with a time: Workers Logs timestamps every
// line to the millisecond. Per-request (invocation) logs would record every
// /result/{ref} and /hotline/checks/{ref} URL, so they are off; the lines we do write
// name neither a path with a reference nor a failed query's values.
import { env } from "cloudflare:test";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loggableError, loggablePath } from "../../src/middleware/log-safe";
import { get } from "./helpers";
import { ACCESS_HEADER } from "../../src/auth/middleware";
import { claims, signToken } from "./staff-tokens";

afterEach(() => vi.restoreAllMocks());

/** Everything written to the console while `run` runs. */
async function consoleDuring(run: () => Promise<unknown>): Promise<string> {
  const lines: unknown[][] = [];
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void lines.push(args));
  }
  await run();
  return lines
    .flat()
    .map((part) => (part instanceof Error ? `${part.message} ${String(part.cause)}` : String(part)))
    .join("\n");
}

describe("Workers Logs configuration (wrangler.toml)", () => {
  const observability = JSON.parse(env.TEST_OBSERVABILITY);

  it("keeps errors and our own lines, but no per-request log of every URL", () => {
    expect(observability.enabled).toBe(true);
    expect(observability.logs?.enabled).toBe(true);
    expect(observability.logs?.invocation_logs).toBe(false);
  });

  it("drops query strings (?reference=) from whatever request metadata is kept, and keeps no traces", () => {
    expect(observability.redact_query_string).toBe(true);
    expect(observability.traces?.enabled ?? false).toBe(false);
  });
});

describe("our own log lines", () => {
  it("never name a reference code, whatever the route", async () => {
    const expired = await signToken(claims({ exp: Math.floor(Date.now() / 1000) - 60 }));
    const text = await consoleDuring(async () => {
      for (const path of ["/hotline/checks/KX7P4M2Q", "/hotline/checks/kx7p-4m2q/edit", "/hotline/open?reference=KX7P4M2Q"]) {
        expect((await get(path, { [ACCESS_HEADER]: expired })).status).toBe(401);
      }
    });
    expect(text).toContain("JwtTokenExpired");
    expect(text).not.toMatch(/KX7P4M2Q|kx7p-4m2q/i);
  });

  it("write a path with its reference replaced", () => {
    expect(loggablePath("/hotline/checks/KX7P4M2Q/edit")).toBe("/hotline/checks/:reference/edit");
    expect(loggablePath("/result/kx7p-4m2q")).toBe("/result/:reference");
    expect(loggablePath("/api/v1/checks/ZZZZ%2D2222")).toBe("/api/v1/checks/:reference");
    expect(loggablePath("/check/has_kaspersky")).toBe("/check/has_kaspersky");
  });

  it("write a failed query without the values it was given", () => {
    const cause = new Error("D1_ERROR: UNIQUE constraint failed: responses.reference: SQLITE_CONSTRAINT");
    const failed = new DrizzleQueryError(
      'insert into "responses" ("reference", "channel") values (?, ?)',
      ["KX7P4M2Q", "hotline"],
      cause,
    );
    const line = loggableError(failed);
    expect(line).toContain('insert into "responses"');
    expect(line).toContain("UNIQUE constraint failed: responses.reference");
    expect(line).not.toContain("KX7P4M2Q");
    expect(loggableError("not an error")).toBe("string thrown");
  });
});
