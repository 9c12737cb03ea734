/**
 * @module
 * The Drizzle client over the D1 binding. Cheap to create: one per request.
 * No schema is passed: the app never uses Drizzle's relational queries
 * (`db.query`), and with a schema Drizzle would rebuild their configuration
 * on every request.
 */
import { drizzle } from "drizzle-orm/d1";

export type Database = ReturnType<typeof database>;

export function database(d1: D1Database) {
  return drizzle(d1);
}
