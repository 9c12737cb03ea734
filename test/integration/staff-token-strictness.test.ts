// Staff tokens must be written exactly one way (canonical base64url, RFC 7515),
// and a little clock skew between Access and the Worker is forgiven, but no more.
import { afterEach, describe, expect, it, vi } from "vitest";
import { claims, signToken, staffRequest } from "./staff-tokens";

/** A token's three parts, one of them rewritten. */
function rewrite(token: string, part: 0 | 1 | 2, change: (segment: string) => string): string {
  const parts = token.split(".");
  parts[part] = change(parts[part]!);
  return parts.join(".");
}

/**
 * The same bytes with the last character's unused low bits set: lenient decoders
 * read it as the same segment. Only for segments whose length is not a multiple of 4.
 */
function withPaddingBits(segment: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const unused = segment.length % 4 === 2 ? 0b1111 : 0b11;
  const last = alphabet.indexOf(segment.at(-1)!);
  return segment.slice(0, -1) + alphabet[last | unused];
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("staff tokens in non-canonical base64url", () => {
  it.each<[string, (token: string) => string]>([
    ["a signature with '==' appended", (t) => `${t}==`],
    ["a signature with '=' appended", (t) => `${t}=`],
    ["a header with '=' appended", (t) => rewrite(t, 0, (s) => `${s}=`)],
    ["a payload with '=' appended", (t) => rewrite(t, 1, (s) => `${s}=`)],
    ["a signature with a character outside base64url ('+')", (t) => rewrite(t, 2, (s) => `+${s.slice(1)}`)],
    ["a signature whose last character carries padding bits", (t) => rewrite(t, 2, withPaddingBits)],
  ])("refuses %s (401)", async (_, change) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const token = await signToken();
    expect((await staffRequest("/hotline", token)).status).toBe(200);
    const changed = change(token);
    expect(changed).not.toBe(token);
    expect((await staffRequest("/hotline", changed)).status).toBe(401);
  });
});

describe("staff tokens and clock skew", () => {
  // Frozen, so that no second passes between signing and checking.
  const frozenNow = () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 11, 2, 12, 0, 0));
    return Math.floor(Date.now() / 1000);
  };

  it.each(["nbf", "iat"])("accepts a token whose %s is 59 seconds ahead of the Worker's clock", async (claim) => {
    const now = frozenNow();
    const res = await staffRequest(
      "/hotline",
      await signToken(claims({ iat: now, nbf: now, exp: now + 3600, [claim]: now + 59 })),
    );
    expect(res.status).toBe(200);
  });

  it.each(["nbf", "iat"])("refuses a token whose %s is 61 seconds ahead of the Worker's clock", async (claim) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const now = frozenNow();
    const res = await staffRequest(
      "/hotline",
      await signToken(claims({ iat: now, nbf: now, exp: now + 3600, [claim]: now + 61 })),
    );
    expect(res.status).toBe(401);
  });

  it.each(["nbf", "iat"])("refuses a token whose %s is not a number", async (claim) => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const now = frozenNow();
    const res = await staffRequest("/hotline", await signToken(claims({ iat: now, nbf: now, exp: now + 3600, [claim]: "soon" })));
    expect(res.status).toBe(401);
  });
});
