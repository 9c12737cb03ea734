/**
 * @module
 * What goes through the checks queue (README, "Write path"), how a message is
 * read back, and the statements that apply it. Three kinds:
 *
 * - `fold`: checks already stored as pending; fold them into the counts.
 * - `store`: a check the request path could not write (D1 failed or was
 *   overloaded); store it as pending, then fold it.
 * - `audit`: a staff action whose audit entry could not be written with it. Its
 *   own message, so no message carries both a reference and a staff identity.
 *
 * Applying is idempotent for checks: a stored check is stored again only if its
 * reference is free, and folding counts only references still pending. Files
 * Node loads as they are, for `npm run queue:replay`.
 */
import type { D1Like, D1Statement } from "../db/rebuild.ts";
import { FOLD_BATCH, foldStatements, insertPending, type PendingCheck } from "../db/pending.ts";

/** An audit_log row as written (src/db/audit.ts auditRow): the hour, never finer. */
export interface AuditRow {
  readonly staff: string;
  readonly role: string;
  readonly action: string;
  readonly detail: string | null;
  readonly at: string;
}

export type CheckMessage =
  | { readonly kind: "fold"; readonly references: readonly string[] }
  | { readonly kind: "store"; readonly check: PendingCheck }
  | { readonly kind: "audit"; readonly row: AuditRow };

const isCode = (value: unknown): value is string => typeof value === "string" && /^[A-Z0-9]{8}$/.test(value);
const isDay = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isText = (value: unknown) => typeof value === "string" && value.length > 0 && value.length <= 500;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The message, or undefined when it cannot be one of ours (a poison message:
 * the consumer retries it until the queue dead-letters it). Shapes only: the
 * database's constraints and the fold check the values again.
 */
export function readMessage(body: unknown): CheckMessage | undefined {
  if (!isRecord(body)) return undefined;
  if (body.kind === "fold") {
    const { references } = body;
    return Array.isArray(references) && references.length > 0 && references.length <= FOLD_BATCH && references.every(isCode)
      ? { kind: "fold", references }
      : undefined;
  }
  if (body.kind === "store" && isRecord(body.check)) {
    const c = body.check;
    const ok =
      isCode(c.reference) &&
      isText(c.channel) &&
      isText(c.locale) &&
      Number.isInteger(c.questionnaireVersion) &&
      Number.isInteger(c.guidanceVersion) &&
      isDay(c.day) &&
      isRecord(c.answers) &&
      (c.outcome === undefined || c.outcome === null || isText(c.outcome)) &&
      Number.isInteger(c.recordKey);
    return ok ? { kind: "store", check: c as unknown as PendingCheck } : undefined;
  }
  if (body.kind === "audit" && isRecord(body.row)) {
    const r = body.row;
    const ok =
      isText(r.staff) &&
      isText(r.role) &&
      isText(r.action) &&
      (r.detail === null || typeof r.detail === "string") &&
      typeof r.at === "string" &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:00Z$/.test(r.at);
    return ok ? { kind: "audit", row: r as unknown as AuditRow } : undefined;
  }
  return undefined;
}

/** The audit_log insert for a row (the table's CHECK refuses a time finer than the hour). */
export function insertAudit(db: D1Like, row: AuditRow): D1Statement {
  return db
    .prepare("INSERT INTO audit_log (staff, role, action, detail, at) VALUES (?, ?, ?, ?, ?)")
    .bind(row.staff, row.role, row.action, row.detail, row.at);
}

/** The references a message asks to fold (a stored check's own, or the list). */
export function referencesOf(message: CheckMessage): readonly string[] {
  return message.kind === "fold" ? message.references : message.kind === "store" ? [message.check.reference] : [];
}

/**
 * The statements that apply these messages, for one batch: checks stored as
 * pending, audit entries written, then every check named folded (stored just now
 * or earlier). A message applied twice stores and counts nothing new.
 */
export function messageStatements(db: D1Like, messages: readonly CheckMessage[]): D1Statement[] {
  const references = [...new Set(messages.flatMap(referencesOf))];
  return [
    ...messages.flatMap((m) => (m.kind === "store" ? [insertPending(db, m.check)] : [])),
    ...messages.flatMap((m) => (m.kind === "audit" ? [insertAudit(db, m.row)] : [])),
    ...(references.length ? foldStatements(db, references) : []),
  ];
}
