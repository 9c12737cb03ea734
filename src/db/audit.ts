/**
 * @module
 * The staff audit log: who did what, and in which hour. Entries never carry a
 * reference code or answers (see the auditLog table), so they cannot be joined to a response.
 */
import type { Database } from "./client";
import { auditLog } from "./schema";

/** Every action staff can take, as written to the log. */
export type AuditAction =
  | "hotline.check.created"
  | "hotline.check.reopened"
  | "hotline.check.changed"
  | "hotline.outcome.recorded"
  | "stats.queried";

export interface AuditEntry {
  readonly staff: string;
  readonly role: string;
  readonly action: AuditAction;
  /** Enumerated details only, e.g. { reason: "caller_corrected" }: never answers or references. */
  readonly detail?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

/**
 * The hour an entry is logged under, "2026-12-02T13:00Z": never minutes or seconds, so an
 * entry cannot be paired with a request by its time (the table's CHECK refuses finer ones).
 */
export function auditHour(at: Date): string {
  return `${at.toISOString().slice(0, 13)}:00Z`;
}

/** The row an entry is stored as (also what the checks queue carries when D1 cannot take it: src/queue/messages.ts). */
export function auditRow(entry: AuditEntry, at: Date = new Date()) {
  return {
    staff: entry.staff,
    role: entry.role,
    action: entry.action,
    detail: entry.detail ? JSON.stringify(entry.detail) : null,
    at: auditHour(at),
  };
}

/** The insert statement for an entry, so callers can put it in the same batch as their change. */
export function auditInsert(db: Database, entry: AuditEntry, at: Date = new Date()) {
  return db.insert(auditLog).values(auditRow(entry, at));
}

export async function writeAudit(db: Database, entry: AuditEntry, at?: Date): Promise<void> {
  await auditInsert(db, entry, at);
}
