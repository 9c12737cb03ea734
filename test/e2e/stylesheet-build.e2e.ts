/**
 * The stylesheet build gives the same bytes every time: its purge once scanned
 * its own previous output (in src/), so a fresh clone and a second run differed.
 * Plain Node (no browser): it runs scripts/build-css.mjs twice into a scratch
 * file beside the real one, where that output would be scanned if it were.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const scratch = "src/ui/styles/generated.build-test.ts";
const build = () => {
  execFileSync(process.execPath, ["scripts/build-css.mjs", "--out", scratch], { cwd: root, stdio: "pipe" });
  return readFileSync(join(root, scratch), "utf8");
};

afterAll(() => rmSync(join(root, scratch), { force: true }));

describe("the stylesheet build", () => {
  it("writes the same bytes on a fresh tree and on every later run", () => {
    rmSync(join(root, scratch), { force: true });
    const fresh = build();
    const again = build();
    expect(again).toBe(fresh);
    expect(readFileSync(join(root, "src/ui/styles/generated.ts"), "utf8")).toBe(fresh);
  }, 120_000);
});
