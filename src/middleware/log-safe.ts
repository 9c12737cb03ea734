/**
 * @module
 * What our log lines may say. Workers Logs stamps every line with the time to the
 * millisecond, so a line naming a reference code would pair that check with a
 * time of day (and, on the hotline, with the agent signed in then), which the
 * privacy rules forbid. Paths are logged with any reference replaced, and a
 * failed query without the values it was given (Drizzle puts them in its message).
 */
import { DrizzleQueryError } from "drizzle-orm/errors";

/** The routes that carry a reference in their path: /result/{ref}, /api/v1/checks/{ref}, /hotline/checks/{ref}/... */
const REFERENCE_SEGMENT = /\/(result|checks)\/[^/]+/gi;

/** The path with the segment that names a reference replaced by ":reference". */
export function loggablePath(path: string): string {
  return path.replace(REFERENCE_SEGMENT, "/$1/:reference");
}

/** One line about an error: its name and message, and for a failed query the SQL and the database's reason, never the values. */
export function loggableError(error: unknown): string {
  if (error instanceof DrizzleQueryError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.name}: ${error.query}${cause}`;
  }
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return `${typeof error} thrown`;
}
