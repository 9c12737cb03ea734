// Applies the same migrations `wrangler d1 migrations apply` uses to the test D1,
// so every test runs against the production schema.
import { applyD1Migrations, env } from "cloudflare:test";

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
