/**
 * Answers shared by the browser tests and scripts/lighthouse.ts. Plain Node runs
 * this file as it is, with its types stripped: only erasable TypeScript here,
 * and imports only of import-free files, with their `.ts` extension.
 */
import { answers } from "../support/answers.ts";

/**
 * The answers with the most steps, the longest result: an energy company with
 * every product and every kind of device (many steps, sources, lists).
 */
export const EVERY_STEP = answers({
  respondent: "critical_infrastructure",
  sector: "energy",
  has_kaspersky: "yes",
  products: ["password_manager", "security_center", "endpoint"],
  installed_on: ["windows", "mac", "android", "ios", "servers"],
  devices: "1000_plus",
  ultraav: "yes",
  embedded: "yes",
  state: "outside_us",
});
