import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { unstable_readConfig } from "wrangler";

// Tests run inside workerd with the bindings from wrangler.toml and a real
// (in-memory) D1. The migrations that `wrangler d1 migrations apply` uses are
// handed to test/setup/apply-migrations.ts so tests see the production schema.
//
// Staff access runs in local mode with a key pair made here, at config time, by
// the same WebCrypto code `npm run staff-token` uses (scripts/dev-keys.mjs).
// Tests get the private key to sign their own tokens, and one token signed by
// the script itself, to prove the script's tokens pass the Worker's checks.
const devKeys = await import(new URL("./scripts/dev-keys.mjs", import.meta.url).href);
const { privateJwk, publicJwks } = await devKeys.generateKeyPair();
const ACCESS_AUD = "test-audience";

export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // A second, empty database, for tests that apply the migrations step by step.
        d1Databases: ["MIGRATION_TEST_DB"],
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          ACCESS_LOCAL_JWKS: JSON.stringify(publicJwks),
          ACCESS_AUD,
          STAFF_ROLES: JSON.stringify(devKeys.localStaffRoles()),
          // wrangler also loads a developer's .dev.vars (and wrangler.toml's [vars]):
          // blank the rest so every machine tests the same configuration.
          ACCESS_TEAM_DOMAIN: "",
          ACCESS_LOCAL_PRIVATE_JWK: "",
          DEV_SIGN_IN: "",
          TEST_ACCESS_PRIVATE_JWK: JSON.stringify(privateJwk),
          // Signs the web form's one-time reference codes (src/handlers/one-time-code.ts).
          REFERENCE_SIGNING_SECRET: devKeys.newSigningSecret(),
          // The phone line's Twilio auth token (tests sign requests with it, as Twilio does) and agents' number.
          TWILIO_AUTH_TOKEN: "test-twilio-auth-token-0123456789",
          IVR_AGENT_NUMBER: "+12025550100",
          // `npm run fuzz` raises these; `npm test` uses the fuzz test's fixed defaults.
          FUZZ_RUNS: process.env.FUZZ_RUNS ?? "",
          FUZZ_SEED: process.env.FUZZ_SEED ?? "",
          // wrangler.toml's [observability] as wrangler reads it, so a test can pin what is logged.
          TEST_OBSERVABILITY: JSON.stringify(unstable_readConfig({ config: "./wrangler.toml" }).observability ?? {}),
          // wrangler.toml's queues and crons as wrangler reads them, so a test can pin the write path's configuration.
          TEST_QUEUES: JSON.stringify(unstable_readConfig({ config: "./wrangler.toml" }).queues ?? {}),
          TEST_CRONS: JSON.stringify(unstable_readConfig({ config: "./wrangler.toml" }).triggers?.crons ?? []),
          TEST_SCRIPT_AGENT_TOKEN: await devKeys.signStaffToken({ privateJwk, role: "agent", audience: ACCESS_AUD }),
        },
      },
    })),
  ],
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    // The catalogs from their sources (the Worker reads them from public/ once; src/i18n/index.ts).
    setupFiles: ["./src/i18n/bundled.ts", "./test/setup/apply-migrations.ts"],
  },
});
