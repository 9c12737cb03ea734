import { defineConfig } from "drizzle-kit";

// drizzle-kit 0.31 writes flat `migrations/NNNN_name.sql` files, the layout
// `wrangler d1 migrations apply` reads. (The 1.0 betas write nested folders.)
export default defineConfig({
  dialect: "sqlite",
  schema: "./src/db/schema.ts",
  out: "./migrations",
});
