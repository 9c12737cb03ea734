/**
 * @module
 * Imported for its effect: provides the catalogs from the source files, for Node
 * scripts and tests (the Worker reads them from a static file instead; see ./index.ts).
 */
import { provideCatalogs } from ".";
import { CATALOGS } from "./catalogs";

provideCatalogs(CATALOGS);
