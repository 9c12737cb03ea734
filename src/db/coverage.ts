/**
 * @module
 * Which week each counted dimension is counted from (`dimension_coverage`).
 * Migration 0006 gave every dimension counted then its first week; a
 * dimension added to the registry later gets its row here, from the daily
 * cron or from the first stats read that asks for it. Its first week is the
 * Monday after that day, since the week it appears in is counted only from
 * the deploy on. `npm run counts:rebuild` then lowers it (src/db/rebuild.ts).
 */
import { addDays, weekOf } from "../stats/calendar";
import { FACT_DIMENSIONS } from "./aggregate-sql";
import type { Database } from "./client";
import { dimensionCoverage } from "./schema";

/** The first Monday strictly after `today`: the first week wholly counted for a dimension first seen today. */
export function mondayAfter(today: string): string {
  return addDays(weekOf(today), 7);
}

/** Reads every dimension's first week: a batch item, so stats read it in the same batch as the counts. */
export function coverageQuery(db: Database) {
  return db.select({ dim: dimensionCoverage.dim, firstWeek: dimensionCoverage.firstWeek }).from(dimensionCoverage);
}

/** Every dimension's first week, by name. */
export async function readCoverage(db: Database): Promise<Map<string, string>> {
  return new Map((await coverageQuery(db)).map((row) => [row.dim, row.firstWeek]));
}

/** Gives each dimension without a row one, counted from the Monday after `today`; rows already there stay as they are. */
export async function registerDimensions(db: Database, dims: readonly string[], today: string): Promise<void> {
  if (!dims.length) return;
  const firstWeek = mondayAfter(today);
  await db
    .insert(dimensionCoverage)
    .values(dims.map((dim) => ({ dim, firstWeek })))
    .onConflictDoNothing();
}

/** Registers every dimension the counts hold (the daily cron), so a new one starts its weeks even before anyone asks. */
export function registerFactDimensions(db: Database, today: string): Promise<void> {
  return registerDimensions(db, FACT_DIMENSIONS, today);
}
