/**
 * @module
 * The Spanish catalog, the counterpart of src/i18n/en/index.ts: every word the
 * service shows, in Spanish, in the same shape as English (`Catalog`).
 */
import type { Catalog } from "..";
import { analyst } from "./analyst";
import { feedback } from "./feedback";
import { hotline } from "./hotline";
import { errors, pages, site, sources, why } from "./pages";
import { questions } from "./questions";
import { retention } from "./retention";
import { steps } from "./steps";

export const es: Catalog = { site, pages, errors, why, sources, questions, steps, hotline, analyst, retention, feedback };
