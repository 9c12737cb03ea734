/**
 * @module
 * Keeping the weekly and daily counts current: statements that add a stored
 * response to the counts (or take it away), for the same batch as the write
 * that changes it. Take away before an update, add after, and the counts follow
 * every change with no read in between.
 */
import { sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Database } from "./client";
import { DAILY_CELLS_SQL, WEEKLY_CELLS_SQL } from "./aggregate-sql";
import { dailyCounts, weeklyCounts } from "./schema";

/** `text` as a function of its numbered placeholders' values (`?1`, `?2`: split once, at start-up, not per write). */
function withPlaceholders(text: string): (params: readonly unknown[]) => SQL {
  // Odd entries are the placeholders' numbers, even ones the text between them.
  const parts = text.split(/\?(\d)/);
  return (params) => {
    const numbers = parts.filter((_, i) => i % 2 === 1).map(Number);
    if (numbers.some((n) => n < 1 || n > params.length)) throw new Error("A placeholder has no parameter");
    return sql.join(parts.map((part, i) => (i % 2 === 1 ? sql`${params[Number(part) - 1]}` : sql.raw(part))));
  };
}
const weeklyCells = withPlaceholders(WEEKLY_CELLS_SQL);
const dailyCells = withPlaceholders(DAILY_CELLS_SQL);

/** Statements that add (+1) or remove (-1) these stored responses to or from the counts. */
export function countStatements(
  db: Database,
  references: readonly string[],
  sign: 1 | -1,
): [BatchItem<"sqlite">, BatchItem<"sqlite">] {
  const params = [JSON.stringify(references), sign];
  const w = weeklyCounts;
  const d = dailyCounts;
  // Inserts (not db.run) so the batch binds the parameters: Drizzle's D1 batch cannot bind raw statements.
  return [
    db
      .insert(w)
      .select(weeklyCells(params))
      .onConflictDoUpdate({
        target: [w.dimA, w.dimB, w.week, w.valueA, w.valueB, w.channel],
        set: { responses: sql`${w.responses} + excluded.responses`, keySum: sql`${w.keySum} + excluded.key_sum` },
      }),
    db
      .insert(d)
      .select(dailyCells(params))
      .onConflictDoUpdate({
        target: [d.dim, d.day, d.value, d.channel],
        set: { responses: sql`${d.responses} + excluded.responses`, keySum: sql`${d.keySum} + excluded.key_sum` },
      }),
  ];
}
