/**
 * `npm run load`: nothing accepted is lost. Starts the app as `npm start` would
 * (isolated: its own temporary D1, a free port on 127.0.0.1, its local queue and
 * consumer), drives concurrent check submissions at it, half through the JSON API
 * and half as the web form's final step, waits for the queue consumer to drain,
 * then reads the database: every 201 and every redirect to a result must be
 * exactly one stored response, with no extra and no duplicate row, none left
 * pending or dead-lettered, each counted exactly once (the counts equal a fresh
 * fold: src/db/counts-check.ts), and no request may get a 5xx. Bounded by count
 * and time; loopback only.
 *
 *   npm run load -- --total 2000 --concurrency 32 --seconds 120
 *   npm run load -- --d1-fail-rate 0.2
 *
 * `--d1-fail-rate` starts the fault-injecting entry point instead
 * (test/fault-injection/worker.ts, the same wrangler.toml): that share of the
 * request path's D1 batches fail, half before writing and half after (reply
 * lost), so those checks go through the queue.
 *
 * Each request claims its own client address (CF-Connecting-IP, which wrangler dev
 * passes through), as real clients would, so the per-client rate limit does not
 * turn the load test into a rate-limit test.
 */
import { parseArgs } from "node:util";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCounts } from "../src/db/counts-check.ts";
import { executeLocalD1, sleep, startApp } from "../test/e2e/app-server.ts";
import { d1Platform } from "./lib/d1-platform.ts";
import { answers as answerSet } from "../test/support/answers.ts";
import { drive } from "./lib/drive.ts";

const { values } = parseArgs({
  options: {
    total: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "32" },
    seconds: { type: "string", default: "120" },
    "d1-fail-rate": { type: "string", default: "0" },
    "drain-seconds": { type: "string", default: "120" },
  },
});
const failRate = Number(values["d1-fail-rate"]);
if (!(failRate >= 0 && failRate < 1)) throw new Error("--d1-fail-rate must be from 0 to below 1");
const total = Number(values.total);
const concurrency = Number(values.concurrency);
const seconds = Number(values.seconds);

const ANSWER_SETS = [
  answerSet({
    respondent: "household",
    has_kaspersky: "yes",
    products: ["password_manager", "vpn"],
    installed_on: ["windows", "ios"],
    ultraav: "no",
    embedded: "no",
    state: "TX",
  }),
  answerSet({ respondent: "household", has_kaspersky: "no", ultraav: "not_sure", embedded: "no" }),
  answerSet({
    respondent: "small_business",
    has_kaspersky: "removed",
    products: ["small_office"],
    installed_on: ["windows"],
    devices: "10_49",
    ultraav: "yes",
    embedded: "not_sure",
    state: "OH",
  }),
  answerSet({
    respondent: "critical_infrastructure",
    sector: "energy",
    has_kaspersky: "yes",
    products: ["industrial", "security_center"],
    installed_on: ["windows", "servers"],
    devices: "250_999",
    ultraav: "no",
    embedded: "yes",
  }),
];
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

const persistTo = await mkdtemp(join(tmpdir(), "kaspersky-check-load-"));
const app = await startApp({
  persistTo,
  ...(failRate > 0 && { entry: "test/fault-injection/worker.ts", vars: { D1_FAIL_RATE: String(failRate) } }),
});
/** A read of the app's local D1, from a process of its own (retried while the consumer holds it locked). */
async function sql(command: string): Promise<Record<string, number | string>[]> {
  return JSON.parse(await executeLocalD1(app.persistTo, command, { json: true }))[0].results;
}
let stopped = false;
try {
  const accepted = new Set<string>();
  let queued = 0;
  const result = await drive(
    (n) => {
      const answers = ANSWER_SETS[n % ANSWER_SETS.length]!;
      const headers: Record<string, string> = { "cf-connecting-ip": address(n) };
      if (n % 2 === 0) {
        return {
          url: `${app.baseUrl}/api/v1/checks`,
          init: {
            method: "POST",
            headers: { ...headers, "content-type": "application/json" },
            body: JSON.stringify({ answers }),
          },
        };
      }
      // The web form's final step: the answers cookie the earlier pages set, and the page's one-time code.
      const cookie = `__Host-check=${encodeURIComponent(JSON.stringify(answers))}`;
      return {
        url: `${app.baseUrl}/check/answers`,
        init: {
          method: "POST",
          headers: { ...headers, cookie, origin: app.baseUrl, "content-type": "application/x-www-form-urlencoded" },
          body: "",
        },
      };
    },
    { total, concurrency, seconds },
    (res, body) => {
      // Through the queue: D1 did not take it on the request path (a token came back).
      if (
        /__Host-pending=/.test(res.headers.get("set-cookie") ?? "") ||
        (res.status === 201 && JSON.parse(body).queued) ||
        res.status === 200
      )
        queued += 1;
      if (res.status === 201) accepted.add(JSON.parse(body).reference);
      const redirect = /^\/result\/([A-Z0-9]{8})$/.exec(res.headers.get("location") ?? "");
      if (res.status === 303 && redirect) accepted.add(redirect[1]!);
      // Queued with no signing secret to make a token: the web form shows the result in its answer instead.
      const shown = res.status === 200 && /<p class="reference-code">([^<]+)<\/p>/.exec(body);
      if (shown) accepted.add(shown[1]!.replace(/[^A-Z0-9]/g, ""));
    },
  );

  // Drain: the consumer folds pending checks and stores queued ones; wait until every acknowledged check is stored.
  const drainStarted = performance.now();
  const drainLimit = drainStarted + Number(values["drain-seconds"]) * 1000;
  let left = { pending: -1, stored: -1 };
  for (;;) {
    const [row] = await sql(
      "select (select count(*) from pending_responses) as pending, (select count(*) from responses) as stored",
    );
    left = { pending: Number(row!.pending), stored: Number(row!.stored) };
    if ((left.pending === 0 && left.stored >= accepted.size) || performance.now() > drainLimit) break;
    await sleep(1000);
  }
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  const [dead] = await sql("select count(*) as n from dead_letters");
  const stored = (await sql("select reference from responses")).map((r) => String(r.reference));
  const storedSet = new Set(stored);
  const lost = [...accepted].filter((r) => !storedSet.has(r));
  const unexpected = stored.filter((r) => !accepted.has(r));
  const serverErrors = Object.entries(result.statuses)
    .filter(([s]) => Number(s) >= 500 || s === "0")
    .reduce((n, [, c]) => n + c, 0);

  console.log(
    `load: ${result.sent} submissions, ${concurrency} at a time, in ${result.seconds.toFixed(1)} s (bounds: ${total} requests, ${seconds} s)` +
      (failRate > 0
        ? `, D1 failing ${(failRate * 100).toFixed(0)}% of the request path's batches (half before writing, half after)`
        : ""),
  );
  console.log(
    `  throughput ${result.requestsPerSecond.toFixed(0)} req/s, latency p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
  );
  console.log(`  statuses ${JSON.stringify(result.statuses)}`);
  console.log(
    `  accepted (201, a redirect to a result, or a result shown): ${accepted.size}, of which ${queued} through the queue (D1 failed); stored rows: ${stored.length}; distinct: ${storedSet.size}`,
  );
  console.log(
    `  lost: ${lost.length}; stored but never acknowledged: ${unexpected.length}; duplicates: ${stored.length - storedSet.size}; 5xx or no answer: ${serverErrors}`,
  );
  // Counted once: the counts equal a fresh fold of the stored responses (read with the app stopped).
  await app.stop();
  stopped = true;
  const platform = await d1Platform({ persistTo, remote: false, stateFile: join(persistTo, "state") });
  const counts = await checkCounts(platform.env.DB);
  await platform.dispose();
  const [inAll] = counts.differences.length ? [] : [counts.responses];
  console.log(
    `  queue drained in ${drainSeconds.toFixed(1)} s: ${left.pending} left pending, ${dead!.n} dead letters; ` +
      `counts equal a fresh fold of the ${inAll ?? "?"} stored responses: ${counts.differences.length === 0 ? "yes" : `no, ${counts.differences.length} cells differ`}`,
  );
  const ok =
    lost.length === 0 &&
    unexpected.length === 0 &&
    stored.length === storedSet.size &&
    serverErrors === 0 &&
    accepted.size === result.sent &&
    left.pending === 0 &&
    Number(dead!.n) === 0 &&
    counts.differences.length === 0 &&
    counts.responses === stored.length;
  console.log(ok ? "OK: nothing accepted was lost" : "FAILED");
  process.exitCode = ok ? 0 : 1;
} finally {
  if (!stopped) await app.stop();
  await rm(persistTo, { recursive: true, force: true });
}
