import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Set by vitest.config.ts from migrations/. */
      TEST_MIGRATIONS: D1Migration[];
      /** An empty D1 (vitest.config.ts), for applying migrations one at a time over data. */
      MIGRATION_TEST_DB: D1Database;
      /** Staff access in local mode, set by vitest.config.ts (see src/auth/config.ts). */
      ACCESS_LOCAL_JWKS: string;
      ACCESS_AUD: string;
      STAFF_ROLES: string;
      /** The private half of ACCESS_LOCAL_JWKS (an RS256 JWK, as JSON), so tests can sign tokens. */
      TEST_ACCESS_PRIVATE_JWK: string;
      /** An agent token signed at config time by scripts/dev-keys.mjs, as `npm run staff-token -- agent` signs one. */
      TEST_SCRIPT_AGENT_TOKEN: string;
      /** wrangler.toml's queues and crons, as JSON (vitest.config.ts). */
      TEST_QUEUES: string;
      TEST_CRONS: string;
      /** wrangler.toml's [observability] section, as JSON (vitest.config.ts). */
      TEST_OBSERVABILITY: string;
      /** How many cases the fuzz test runs, and its seed (empty: the test's defaults). */
      FUZZ_RUNS: string;
      FUZZ_SEED: string;
    }
    interface GlobalProps {
      /** Types `exports.default` from "cloudflare:workers" as the Worker under test. */
      mainModule: typeof import("../src/index");
    }
  }
}
