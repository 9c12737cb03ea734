/**
 * `npm run bench`: the app beside two bare baselines (bench/), in one run on this
 * machine. Starts all three under `wrangler dev` on loopback, then measures, one
 * scenario at a time, requests per second and p50/p99 latency of a question page,
 * a check submission and a result page, and prints each figure with the ratio
 * app/baseline. Then prints the deployed bundle size from `wrangler deploy --dry-run`.
 *
 * App and baseline are measured in turns (app, baseline, app, baseline, ...), and
 * each figure is the median of its rounds: on a shared 2-core machine the speed
 * drifts by several per cent within a minute, and measuring the two in turns keeps
 * that drift out of the ratio. The spread of the rounds' ratios is printed too.
 *
 *   npm run bench -- --seconds 5 --rounds 3 --concurrency 16
 *
 * Beside the ratios, CPU per request (scripts/lib/process-cpu.ts): the CPU every
 * process of each server used over the scenario's rounds, divided by the requests
 * it answered, the app's queue consumer folding them included: a second reading
 * of what a request costs, by work done rather than by requests per second.
 * Printed only, never a goal.
 *
 * Then the write path's cost in D1 (scripts/lib/write-costs.ts): rows written
 * on the request path for every answer set and by a folded batch of 100, their
 * times, and the capacity one D1 database gives (README, "Write path").
 *
 * Beside them, two ceilings the local platform sets, never goals (bench/README.md): the bare
 * page behind the app's static-assets layer, and the bare insert behind the submission's one
 * rate-limit call. Under `wrangler dev` each is emulated by Workers of miniflare's own, in the
 * app's processes; deployed, neither runs in the Worker.
 *
 * Goals: question page >= 0.8 of the bare static page; submission >= 0.85 of the
 * bare insert; at most 15 rows written on the request path for any answer set;
 * bundle under 100 KB gzipped. Exits non-zero when one is missed.
 * `-- --writes-only` measures the write path's D1 costs alone; `-- --only "check submission"`
 * one scenario alone.
 */
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { runToEnd, sleep, startApp, type RunningApp } from "../test/e2e/app-server.ts";
import { answers as answerSet } from "../test/support/answers.ts";
import { drive, type DriveResult } from "./lib/drive.ts";
import { groupCpuMs } from "./lib/process-cpu.ts";
import { describeWriteCosts, measureWriteCosts } from "./lib/write-costs.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    concurrency: { type: "string", default: "16" },
    "writes-only": { type: "boolean", default: false },
    /** Only these scenarios (comma-separated names, e.g. "check submission"); the write costs and bundle are skipped. */
    only: { type: "string" },
    /** What the load driver accepts (see ACCEPT_ENCODING); "gzip, deflate" measures as runs before 2026-12-03's third session did. */
    "accept-encoding": { type: "string", default: "identity" },
  },
});
const seconds = Number(values.seconds);
const rounds = Math.max(1, Number(values.rounds));
const concurrency = Number(values.concurrency);
const WARM_UP_SECONDS = 2;

/**
 * The driver asks for uncompressed answers. On Cloudflare, compressing a response is the
 * front line's work, outside the Worker and its CPU time; under `wrangler dev`, miniflare
 * does that work itself, in the same processes as the Worker (its entry worker compresses
 * text/html and JSON whenever the client accepts gzip, as fetch does by default). Asked for,
 * it costs each side by the size of its answers: a question page of about 5 KB and a submission's
 * guidance of about 4 KB, against a bare page of 250 bytes and `{"stored":true}`. So it is left out of both sides.
 */
const ACCEPT_ENCODING = values["accept-encoding"]!;

const answers = answerSet({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows"] });
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
let clients = 0;

type Request = (n: number) => { url: string; init?: RequestInit };
// A new client address for every request, so the per-client rate limits (lookups, submissions) are not what is measured.
const getPage =
  (url: string): Request =>
  () => ({ url, init: { headers: { "cf-connecting-ip": address(++clients), "accept-encoding": ACCEPT_ENCODING } } });
const postCheck =
  (url: string): Request =>
  () => ({
    url,
    init: {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "cf-connecting-ip": address(++clients),
        "accept-encoding": ACCEPT_ENCODING,
      },
      body: JSON.stringify({ answers }),
    },
  });

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One side's rounds as one figure: the median of each measure, every status counted. */
function combine(results: readonly DriveResult[]): DriveResult {
  const statuses: Record<number, number> = {};
  for (const r of results)
    for (const [status, n] of Object.entries(r.statuses)) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + n;
  return {
    sent: results.reduce((n, r) => n + r.sent, 0),
    seconds: results.reduce((n, r) => n + r.seconds, 0),
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    statuses,
  };
}

/**
 * Longer than the queue consumer's batch wait (wrangler.toml max_batch_timeout, 5 s) and a fold: before
 * and after a submission scenario's rounds, so the CPU of folding the warm-up's checks is not counted
 * and that of folding the last round's is.
 */
const FOLDS_SETTLE_MS = 7_000;

/** CPU milliseconds a request, from two readings of a server's process group; undefined without /proc. */
function cpuPerRequest(before: number | undefined, after: number | undefined, results: readonly DriveResult[]) {
  const sent = results.reduce((n, r) => n + r.sent, 0);
  return before === undefined || after === undefined || !sent ? undefined : (after - before) / sent;
}

/**
 * App and baseline in turns, after a warm-up of each; the ratio is the median of the rounds' ratios.
 * `folds`: the app's submissions are folded by its queue consumer, whose CPU is counted (FOLDS_SETTLE_MS).
 */
async function measurePair(app: Request, base: Request, servers: { app: RunningApp; base: RunningApp; folds: boolean }) {
  await drive(app, { concurrency, total: 1e9, seconds: WARM_UP_SECONDS });
  await drive(base, { concurrency, total: 1e9, seconds: WARM_UP_SECONDS });
  if (servers.folds) await sleep(FOLDS_SETTLE_MS);
  const cpuBefore = [groupCpuMs(servers.app.processGroup), groupCpuMs(servers.base.processGroup)];
  const ours: DriveResult[] = [];
  const bare: DriveResult[] = [];
  for (let round = 0; round < rounds; round++) {
    ours.push(await drive(app, { concurrency, total: 1e9, seconds }));
    bare.push(await drive(base, { concurrency, total: 1e9, seconds }));
  }
  if (servers.folds) await sleep(FOLDS_SETTLE_MS);
  const cpu = {
    ours: cpuPerRequest(cpuBefore[0], groupCpuMs(servers.app.processGroup), ours),
    bare: cpuPerRequest(cpuBefore[1], groupCpuMs(servers.base.processGroup), bare),
  };
  const ratios = ours.map((r, i) => r.requestsPerSecond / bare[i]!.requestsPerSecond);
  return {
    ours: combine(ours),
    bare: combine(bare),
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
    cpu,
  };
}

async function bundleSize(): Promise<string> {
  const output = await runToEnd(["wrangler", "deploy", "--dry-run", "--outdir", "dist"]);
  return /Total Upload: ([\d.]+ KiB) \/ gzip: ([\d.]+) KiB/.exec(output)?.slice(1).join(" / gzip ") ?? "unknown";
}

/** The write path's D1 costs: printed lines, and a miss when the request path writes over 15 rows. */
async function writeCosts(missed: string[]): Promise<string[]> {
  const costs = await measureWriteCosts();
  if (costs.requestPathMax > 15) missed.push(`request path writes ${costs.requestPathMax} rows > 15`);
  return describeWriteCosts(costs);
}

if (values["writes-only"]) {
  const missed: string[] = [];
  for (const line of await writeCosts(missed)) console.log(line);
  console.log(missed.length ? `MISSED: ${missed.join("; ")}` : "Every goal is met.");
  process.exit(missed.length ? 1 : 0);
}

const started: RunningApp[] = [];
try {
  const [app, bareStatic, bareInsert] = await Promise.all([
    startApp(),
    startApp({ config: "bench/static/wrangler.toml", migrate: false }),
    startApp({ config: "bench/insert/wrangler.toml", anyAnswer: true }),
  ]);
  started.push(app, bareStatic, bareInsert);
  // After the app, not beside it: two `wrangler dev` of the same Worker starting at once can race for a local socket.
  const unlimited = await startApp({ entry: "bench/app-unlimited/worker.ts" });
  started.push(unlimited);
  const [limitedInsert, staticBehindAssets] = await Promise.all([
    startApp({ config: "bench/insert-limited/wrangler.toml", anyAnswer: true }),
    startApp({ config: "bench/static-assets/wrangler.toml", migrate: false }),
  ]);
  started.push(limitedInsert, staticBehindAssets);
  const created = await fetch(`${app.baseUrl}/api/v1/checks`, postCheck("")(0).init);
  const { reference } = (await created.json()) as { reference: string };

  const scenarios = [
    {
      name: "question page",
      goal: 0.8,
      app: getPage(`${app.baseUrl}/check/respondent`),
      base: getPage(`${bareStatic.baseUrl}/`),
      baseName: "static page",
      servers: { app, base: bareStatic, folds: false },
    },
    {
      // The bare page behind the app's static-assets layer (bench/static-assets): what that layer costs here.
      name: "page behind assets layer",
      goal: undefined,
      app: getPage(`${staticBehindAssets.baseUrl}/`),
      base: getPage(`${bareStatic.baseUrl}/`),
      baseName: "static page",
      servers: { app: staticBehindAssets, base: bareStatic, folds: false },
    },
    {
      name: "check submission",
      goal: 0.85,
      app: postCheck(`${app.baseUrl}/api/v1/checks`),
      base: postCheck(`${bareInsert.baseUrl}/`),
      baseName: "one D1 insert",
      servers: { app, base: bareInsert, folds: true },
    },
    {
      // The same submission with the rate limiter's call stubbed (bench/app-unlimited): what the limiter costs here.
      name: "submission (limiter stubbed)",
      goal: undefined,
      app: postCheck(`${unlimited.baseUrl}/api/v1/checks`),
      base: postCheck(`${bareInsert.baseUrl}/`),
      baseName: "one D1 insert",
      servers: { app: unlimited, base: bareInsert, folds: true },
    },
    {
      // The bare insert behind the submission's one rate-limit call (bench/insert-limited): the most any
      // rate-limited submission can reach here, where a local Durable Object emulates the binding.
      name: "insert behind the limiter",
      goal: undefined,
      app: postCheck(`${limitedInsert.baseUrl}/`),
      base: postCheck(`${bareInsert.baseUrl}/`),
      baseName: "one D1 insert",
      servers: { app: limitedInsert, base: bareInsert, folds: false },
    },
    {
      name: "result page",
      goal: undefined,
      app: getPage(`${app.baseUrl}/result/${reference}`),
      base: getPage(`${bareStatic.baseUrl}/`),
      baseName: "static page",
      servers: { app, base: bareStatic, folds: false },
    },
  ];
  const rows: string[] = [];
  const cpuRows: string[] = [];
  const missed: string[] = [];
  const chosen = values.only?.split(",").map((name) => name.trim());
  for (const scenario of scenarios.filter((s) => !chosen || chosen.includes(s.name))) {
    const { ours, bare, ratio, low, high, cpu } = await measurePair(scenario.app, scenario.base, scenario.servers);
    const bad = Object.entries(ours.statuses).filter(([s]) => Number(s) >= 400 || s === "0");
    if (bad.length) missed.push(`${scenario.name} answered ${JSON.stringify(ours.statuses)}`);
    if (scenario.goal !== undefined && ratio < scenario.goal)
      missed.push(`${scenario.name}: ${ratio.toFixed(2)} < ${scenario.goal}`);
    const fmt = (r: DriveResult) =>
      `${r.requestsPerSecond.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)}`;
    rows.push(
      `${scenario.name.padEnd(28)} ${fmt(ours)}   ${scenario.baseName.padEnd(13)} ${fmt(bare)}   ${ratio.toFixed(2).padStart(5)} ${`${low.toFixed(2)}-${high.toFixed(2)}`.padStart(10)}  ${scenario.goal === undefined ? "  -" : `>= ${scenario.goal}`}`,
    );
    if (cpu.ours !== undefined && cpu.bare !== undefined)
      cpuRows.push(
        `  ${scenario.name.padEnd(28)} app ${cpu.ours.toFixed(2).padStart(6)} ms   ${scenario.baseName.padEnd(13)} ${cpu.bare.toFixed(2).padStart(6)} ms   baseline/app ${(cpu.bare / cpu.ours).toFixed(2)}`,
      );
  }
  // The servers are stopped first: the write costs are measured on a quiet machine.
  await Promise.all(started.splice(0).map((worker) => worker.stop()));
  const writeLines = chosen ? [] : await writeCosts(missed);
  const bundle = chosen ? "not measured (--only)" : await bundleSize();
  const gzipKb = Number(/gzip ([\d.]+)/.exec(bundle)?.[1]);
  if (!chosen && !(gzipKb < 100)) missed.push(`bundle ${gzipKb} KB gzipped >= 100`);

  console.log(
    `bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log(
    `${concurrency} concurrent clients, ${WARM_UP_SECONDS} s warm-up, then ${rounds} rounds of ${seconds} s, app and baseline in turns (medians), all under wrangler dev on loopback, accepting ${ACCEPT_ENCODING} (see ACCEPT_ENCODING)`,
  );
  console.log(
    `scenario                      app req/s  p50 ms  p99 ms   baseline        req/s  p50 ms  p99 ms   ratio     rounds  goal`,
  );
  for (const row of rows) console.log(row);
  if (cpuRows.length) {
    console.log(
      "CPU a request (every process of each server: wrangler and workerd, the app's queue consumer folding its checks included; the load driver not counted):",
    );
    for (const row of cpuRows) console.log(row);
  }
  for (const line of writeLines) console.log(line);
  console.log(`bundle (wrangler deploy --dry-run): ${bundle} KiB (goal: under 100 KB gzipped)`);
  console.log(missed.length ? `MISSED: ${missed.join("; ")}` : "Every goal is met.");
  process.exitCode = missed.length ? 1 : 0;
} finally {
  await Promise.all(started.map((worker) => worker.stop()));
}
