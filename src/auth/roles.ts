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
/** Printable ASCII: what the addresses in STAFF_ROLES and Access tokens are compared as. */
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** Lower-cases A-Z only; never any other letter (see the module note). */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));

/**
 * The one form an address is matched and logged in: trimmed, ASCII lower case;
 * undefined when it is not a plain-ASCII address.
 */
export function canonicalEmail(email: string): string | undefined {
  const address = asciiLower(email.trim());
  return PLAIN_ASCII.test(address) && ADDRESS.test(address) ? address : undefined;
}

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
    const name = asciiLower(key.trim());
    if (!PLAIN_ASCII.test(name)) return { problem: `STAFF_ROLES key "${key}" is not plain ASCII` };
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
  const address = canonicalEmail(email);
  if (!address) return undefined;
  return roles.addresses.get(address) ?? roles.domains.get(address.slice(address.lastIndexOf("@") + 1));
}
