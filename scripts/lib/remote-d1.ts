/**
 * @module
 * Which deployed D1 `npm run counts:rebuild -- --remote` would write to, read
 * from wrangler.toml's `[[d1_databases]]` and checked before anything connects,
 * so a placeholder id or a missing binding fails with a message that says what
 * to do, instead of a wrangler error from deep inside a remote session.
 * Pure (no wrangler, no I/O): test/unit/remote-d1.test.ts.
 */

/** A `[[d1_databases]]` entry as wrangler's config reader gives it. */
export interface D1Entry {
  readonly binding?: string;
  readonly database_name?: string;
  readonly database_id?: string;
}

export type RemoteTarget =
  | { readonly ok: true; readonly binding: string; readonly name: string; readonly id: string }
  | { readonly ok: false; readonly problem: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** wrangler.toml's placeholder until the first deploy (README, Deploying, step 1). */
const PLACEHOLDER = "00000000-0000-0000-0000-000000000000";

/** The D1 bound as `binding` in `entries`, if it names a real deployed database. */
export function remoteTarget(entries: readonly D1Entry[], configFile: string, binding = "DB"): RemoteTarget {
  const entry = entries.find((e) => e.binding === binding);
  if (!entry) return { ok: false, problem: `${configFile} has no [[d1_databases]] entry with binding = "${binding}".` };
  const id = entry.database_id ?? "";
  if (id === PLACEHOLDER || !UUID.test(id)) {
    return {
      ok: false,
      problem:
        `${configFile}'s database_id for "${binding}" is ${id ? `"${id}"` : "missing"}, not a deployed database: ` +
        "put there the id printed by `npx wrangler d1 create kaspersky-check` (README, Deploying, step 1), deploy, then run this again.",
    };
  }
  return { ok: true, binding, name: entry.database_name ?? "", id };
}
