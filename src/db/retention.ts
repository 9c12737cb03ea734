/**
 * @module
 * The retention purge: raw responses older than the retention period are
 * deleted (their choices go with them, by foreign key). Their counts are
 * already in the weekly and daily counts, which every write keeps current
 * (src/db/aggregates.ts) and the purge does not touch, so stats answer the
 * same before and after. Only the bare reference codes are kept, so a purged
 * reference can say "gone" and is never reused.
 */
import { eq, inArray, lt } from "drizzle-orm";
import type { Database } from "./client";
import { purgedReferences, responses } from "./schema";

/** Responses per batch: small enough for one quick transaction, large enough to finish in few. */
const BATCH = 1000;

/**
 * Deletes up to `maxBatches` × 1,000 responses from before `cutoff` (a day),
 * oldest first, keeping their reference codes. Returns how many it deleted; a
 * larger backlog is finished by the next runs.
 */
export async function purgeResponsesBefore(db: Database, cutoff: string, maxBatches = 200): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < maxBatches; batch++) {
    // Ordered by a unique key, so both statements of the transaction pick the same responses.
    const oldest = db
      .select({ reference: responses.reference })
      .from(responses)
      .where(lt(responses.day, cutoff))
      .orderBy(responses.day, responses.reference)
      .limit(BATCH);
    const [, removed] = await db.batch([
      db.insert(purgedReferences).select(oldest).onConflictDoNothing(),
      // Counted by the rows returned: D1's change count includes the choices deleted by cascade.
      db.delete(responses).where(inArray(responses.reference, oldest)).returning({ reference: responses.reference }),
    ]);
    deleted += removed.length;
    if (removed.length < BATCH) break;
  }
  return deleted;
}

/** Whether a response with this reference existed and was purged. */
export async function wasPurged(db: Database, reference: string): Promise<boolean> {
  const found = await db.select().from(purgedReferences).where(eq(purgedReferences.reference, reference)).limit(1);
  return found.length > 0;
}
