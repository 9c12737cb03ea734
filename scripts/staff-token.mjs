/**
 * @module
 * Prints a local staff token for the `Cf-Access-Jwt-Assertion` header, the one
 * Cloudflare Access adds in production:
 *
 *   npm run staff-token -- agent
 *   curl -H "Cf-Access-Jwt-Assertion: $(npm run -s staff-token -- agent)" http://localhost:8787/hotline
 *
 * The token is good for 8 hours, signed with the local key, and names
 * agent@localhost.test or analyst@localhost.test, which .dev.vars maps to that
 * role. First makes sure the key pair and .dev.vars exist (see dev-keys.mjs).
 * Only the token goes to stdout, so it can be captured; notes go to stderr.
 */
import process from "node:process";
import { ROLES, ensureDevKeys, signStaffToken } from "./dev-keys.mjs";

const role = process.argv[2];
if (!ROLES.includes(role)) {
  console.error(`Usage: npm run staff-token -- ${ROLES.join("|")}`);
  process.exit(2);
}

const { privateJwk, audience } = await ensureDevKeys();
process.stdout.write(`${await signStaffToken({ privateJwk, role, audience })}\n`);
