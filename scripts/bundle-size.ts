/**
 * `npm run build`: bundles the Worker as a deploy would (`wrangler deploy
 * --dry-run`, into dist/), prints wrangler's report, and fails when the Worker
 * is not under its size goal: 100 KB gzipped, as wrangler measures it
 * ("Total Upload: … / gzip: … KiB"). CI runs it, so a change that pushes the
 * bundle over fails there. Static files (public/) are not part of the Worker.
 */
import { runToEnd } from "../test/e2e/app-server.ts";

const GOAL_KIB = 100;

const output = await runToEnd(["wrangler", "deploy", "--dry-run", "--outdir", "dist"]);
process.stdout.write(output);
const found = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(output);
if (!found) {
  console.error("bundle size: wrangler printed no 'Total Upload' line");
  process.exit(1);
}
const gzip = Number(found[2]);
const verdict = gzip < GOAL_KIB ? "within" : "OVER";
console.log(`bundle size: ${found[1]} KiB, ${gzip} KiB gzipped: ${verdict} the goal of ${GOAL_KIB} KB gzipped`);
process.exitCode = gzip < GOAL_KIB ? 0 : 1;
