/**
 * `npm run load`: nothing accepted is lost. Starts the app as `npm start` would
 * (isolated: its own temporary D1, a free port on 127.0.0.1), drives concurrent
 * check submissions at it, half through the JSON API and half as the web form's
 * final step, then reads the database: every 201 and every redirect to a result
 * must be exactly one stored response, with no extra and no duplicate row, and no
 * request may get a 5xx. Bounded by count and time; loopback only.
 *
 *   npm run load -- --total 2000 --concurrency 32 --seconds 120
 *
 * Each request claims its own client address (CF-Connecting-IP, which wrangler dev
 * passes through), as real clients would, so the per-client rate limit does not
 * turn the load test into a rate-limit test.
 */
import { parseArgs } from "node:util";
import { runToEnd, startApp } from "../test/e2e/app-server.ts";
import { answers as answerSet } from "../test/support/answers.ts";
import { drive } from "./lib/drive.ts";

const { values } = parseArgs({
  options: {
    total: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "32" },
    seconds: { type: "string", default: "120" },
  },
});
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

const app = await startApp();
try {
  const accepted = new Set<string>();
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
      if (res.status === 201) accepted.add(JSON.parse(body).reference);
      const redirect = /^\/result\/([A-Z0-9]{8})$/.exec(res.headers.get("location") ?? "");
      if (res.status === 303 && redirect) accepted.add(redirect[1]!);
    },
  );

  const json = await runToEnd([
    "wrangler",
    "d1",
    "execute",
    "DB",
    "--local",
    "--persist-to",
    app.persistTo,
    "--json",
    "--command",
    "select reference from responses",
  ]);
  const stored = (JSON.parse(json)[0].results as { reference: string }[]).map((r) => r.reference);
  const storedSet = new Set(stored);
  const lost = [...accepted].filter((r) => !storedSet.has(r));
  const unexpected = stored.filter((r) => !accepted.has(r));
  const serverErrors = Object.entries(result.statuses)
    .filter(([s]) => Number(s) >= 500 || s === "0")
    .reduce((n, [, c]) => n + c, 0);

  console.log(
    `load: ${result.sent} submissions, ${concurrency} at a time, in ${result.seconds.toFixed(1)} s (bounds: ${total} requests, ${seconds} s)`,
  );
  console.log(
    `  throughput ${result.requestsPerSecond.toFixed(0)} req/s, latency p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
  );
  console.log(`  statuses ${JSON.stringify(result.statuses)}`);
  console.log(
    `  accepted (201 or redirect to a result): ${accepted.size}; stored rows: ${stored.length}; distinct: ${storedSet.size}`,
  );
  console.log(
    `  lost: ${lost.length}; stored but never acknowledged: ${unexpected.length}; duplicates: ${stored.length - storedSet.size}; 5xx or no answer: ${serverErrors}`,
  );
  const ok =
    lost.length === 0 &&
    unexpected.length === 0 &&
    stored.length === storedSet.size &&
    serverErrors === 0 &&
    accepted.size === result.sent;
  console.log(ok ? "OK: nothing accepted was lost" : "FAILED");
  process.exitCode = ok ? 0 : 1;
} finally {
  await app.stop();
}
