import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Set by vitest.config.ts from migrations/. */
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      /** Types `exports.default` from "cloudflare:workers" as the Worker under test. */
      mainModule: typeof import("../src/index");
    }
  }
}
