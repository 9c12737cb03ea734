/**
 * @module
 * Who may do what: the `STAFF_ROLES` var maps a signed-in address to a role.
 *
 * `STAFF_ROLES` is a JSON object. A key is either one address
 * (`"alice@example.gov": "agent"`) or a whole domain (`"@analysts.example.gov":
 * "analyst"`). An exact address wins over its domain, so one person in a domain
 * of analysts can be an agent. A domain entry covers that domain only, not its
 * subdomains. Matching ignores case. Anyone not listed has no role and is refused.
 */
import * as z from "../validation";

/** The roles staff can hold. Each staff surface requires exactly one of them. */
export const STAFF_ROLE_NAMES = ["agent", "analyst"] as const;
export type StaffRole = (typeof STAFF_ROLE_NAMES)[number];

/** `STAFF_ROLES`, parsed: exact addresses and whole domains, all lower case. */
export interface StaffRoles {
  readonly addresses: ReadonlyMap<string, StaffRole>;
  readonly domains: ReadonlyMap<string, StaffRole>;
}

const rolesShape = z.record(z.string(), z.enum(STAFF_ROLE_NAMES));
const ADDRESS = /^[^@\s]+@[^@\s]+$/;
const DOMAIN = /^@[^@\s]+$/;

/** Parses `STAFF_ROLES`; on any mistake, says what is wrong instead, so the caller can refuse everyone. */
export function parseStaffRoles(json: string): StaffRoles | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problem: "STAFF_ROLES is not valid JSON" };
  }
  const shape = rolesShape.safeParse(parsed);
  if (!shape.success) return { problem: `STAFF_ROLES must map addresses to one of: ${STAFF_ROLE_NAMES.join(", ")}` };
  const addresses = new Map<string, StaffRole>();
  const domains = new Map<string, StaffRole>();
  for (const [key, role] of Object.entries(shape.data)) {
    const name = key.trim().toLowerCase();
    const target = DOMAIN.test(name) ? domains : ADDRESS.test(name) ? addresses : undefined;
    const entry = DOMAIN.test(name) ? name.slice(1) : name;
    // A typo must not silently give or take away access: refuse the whole map.
    if (!target) return { problem: `STAFF_ROLES key "${key}" is neither an address nor an @domain` };
    if (target.has(entry)) return { problem: `STAFF_ROLES names "${key}" twice` };
    target.set(entry, role);
  }
  return { addresses, domains };
}

/** The role of a signed-in address: its own entry, else its domain's, else none. */
export function roleFor(email: string, roles: StaffRoles): StaffRole | undefined {
  const address = email.trim().toLowerCase();
  if (!ADDRESS.test(address)) return undefined;
  return roles.addresses.get(address) ?? roles.domains.get(address.slice(address.lastIndexOf("@") + 1));
}
