/**
 * @module
 * Every language's catalog, by locale: what scripts/build-css.mjs writes as the
 * static file the Worker reads (src/middleware/catalogs.ts), and what
 * ./bundled.ts provides to Node scripts and tests.
 */
import type { Catalog, Locale } from ".";
import { en } from "./en";
import { es } from "./es";

export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es };
