/**
 * The static-file build gives the same bytes every time: its purge once scanned
 * its own previous output (in src/), so a fresh clone and a second run differed.
 * Plain Node (no browser): it runs scripts/build-css.mjs twice into a scratch
 * module beside the real one (where that output would be scanned if it were)
 * and a scratch folder of static files, and compares every byte.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const scratch = "src/ui/styles/generated.build-test.ts";
const scratchAssets = ".wrangler/build-test-public";

/** Every file under a folder, by its path there, with its bytes as base64. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = readFileSync(path).toString("base64");
  }
  return files;
}

const build = () => {
  execFileSync(process.execPath, ["scripts/build-css.mjs", "--out", scratch, "--assets", scratchAssets], {
    cwd: root,
    stdio: "pipe",
  });
  return { module: readFileSync(join(root, scratch), "utf8"), files: tree(join(root, scratchAssets)) };
};

afterAll(() => {
  rmSync(join(root, scratch), { force: true });
  rmSync(join(root, scratchAssets), { recursive: true, force: true });
});

describe("the stylesheet build", () => {
  it("writes the same bytes on a fresh tree and on every later run", () => {
    rmSync(join(root, scratch), { force: true });
    rmSync(join(root, scratchAssets), { recursive: true, force: true });
    const fresh = build();
    const again = build();
    expect(again).toEqual(fresh);
    expect(Object.keys(fresh.files)).toContain("_headers");
    expect(Object.keys(fresh.files).filter((f) => /^assets\/site\.[0-9a-f]+\.css$/.test(f))).toHaveLength(1);
    expect(readFileSync(join(root, "src/ui/styles/generated.ts"), "utf8")).toBe(fresh.module);
    expect(tree(join(root, "public"))).toEqual(fresh.files);
  }, 120_000);
});
