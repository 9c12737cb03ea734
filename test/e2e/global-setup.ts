/**
 * Starts the app once for all browser tests (see app-server.ts: `wrangler dev`
 * on a free port with its own temporary D1) and stops it afterwards. Tests get
 * the address with `inject("baseUrl")`.
 */
import type { TestProject } from "vitest/node";
import { startApp } from "./app-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the app under test answers, e.g. http://127.0.0.1:40123 (no trailing slash). */
    baseUrl: string;
    /** Its local D1's directory, for `wrangler d1 execute --persist-to` (a test that must store what the app no longer writes). */
    persistTo: string;
  }
}

export default async function setup(project: TestProject) {
  const app = await startApp();
  project.provide("baseUrl", app.baseUrl);
  project.provide("persistTo", app.persistTo);
  return app.stop;
}
