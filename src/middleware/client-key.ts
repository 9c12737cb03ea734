/**
 * @module
 * The key the rate limits count a client by, from the address Cloudflare reports
 * in CF-Connecting-IP. Handed to the limiter only: never stored, never logged.
 *
 * - IPv4: the whole address.
 * - IPv6: the /64. One home, phone or server is usually given a whole /64, so
 *   keying by the full address would give one client 2^64 allowances.
 * - IPv4-mapped IPv6 (`::ffff:a.b.c.d`): the IPv4 address it is.
 * - Missing or unreadable: one shared bucket, NO_ADDRESS_KEY. Cloudflare always
 *   sets the header (and replaces any the client sent), so in production this
 *   happens only if something in front of the Worker is misconfigured; sharing
 *   one bucket keeps that from turning into unlimited requests (a fresh key per
 *   request), and the 429s it brings make the misconfiguration visible.
 */

export const NO_ADDRESS_KEY = "no-client-address";

/** Four numbers 0-255, no leading zeros (which some parsers read as octal). */
function ipv4(text: string): number[] | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

/** The eight 16-bit groups of an IPv6 address, `::` and a trailing dotted quad expanded. */
function ipv6Groups(text: string): number[] | undefined {
  let address = text;
  const dotted = /:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted) {
    const v4 = ipv4(dotted[1]!);
    if (!v4) return undefined;
    address = `${address.slice(0, dotted.index)}:${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const split = (half: string) => (half === "" ? [] : half.split(":"));
  const head = split(halves[0]!);
  const tail = halves.length === 2 ? split(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return groups.map((g) => parseInt(g, 16));
}

/** The rate-limit key for a client address (see the module note). */
export function clientKey(address: string | undefined): string {
  const text = address?.trim() ?? "";
  const v4 = ipv4(text);
  if (v4) return `ip4:${v4.join(".")}`;
  // A zone index (fe80::1%eth0) names an interface, not a host.
  const groups = text.includes(":") ? ipv6Groups(text.replace(/%.*$/, "")) : undefined;
  if (!groups) return NO_ADDRESS_KEY;
  const isMapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isMapped) return `ip4:${[groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".")}`;
  return `ip6:${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}
