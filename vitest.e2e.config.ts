import { defineConfig } from "vitest/config";

// End-to-end tests: real Chromium against the real app under `wrangler dev`
// (started once by test/e2e/global-setup.ts). Plain Node, not the Workers pool.
export default defineConfig({
  test: {
    environment: "node",
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["./test/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // One app, one browser at a time: files and tests run one after another.
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
