/**
 * @module
 * Starts the app the way a developer does (`wrangler d1 migrations apply`, then
 * `wrangler dev`), but isolated: its local D1 lives in a fresh temp directory
 * and it listens on a free port of 127.0.0.1. Used by the browser tests'
 * global setup and by scripts/lighthouse.ts, which Node runs directly: only
 * erasable TypeScript here, and no imports but Node's own.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";

/** The app under `wrangler dev`, and how to end it. */
export interface RunningApp {
  /** Where the app answers, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly baseUrl: string;
  /** The directory holding its local D1 (for `wrangler d1 execute --persist-to`). */
  readonly persistTo: string;
  /** The process group of wrangler and the workerd under it (for scripts/lib/process-cpu.ts). */
  readonly processGroup: number;
  /** Stops wrangler and workerd and removes the app's temporary D1 (one given in `persistTo` is kept). */
  stop(): Promise<void>;
}

/** What to start; by default the app itself. */
export interface StartOptions {
  /** A wrangler config other than the app's, e.g. a benchmark baseline under bench/. */
  readonly config?: string;
  /** Counts the Worker as up once GET / answers at all (a baseline may refuse GET), not only with 200. */
  readonly anyAnswer?: boolean;
  /** false for a Worker without D1: skips `wrangler d1 migrations apply`. */
  readonly migrate?: boolean;
  /** A local D1 directory to use and keep (e.g. one a script fills between starts); by default a fresh temporary one. */
  readonly persistTo?: string;
  /** Another entry point with the same config (`wrangler dev <script>`), e.g. test/fault-injection/worker.ts. */
  readonly entry?: string;
  /** Variables for this run only (`--var NAME:value`). */
  readonly vars?: Readonly<Record<string, string>>;
}

const ROOT = resolve(import.meta.dirname, "../..");
const STARTUP_LIMIT_MS = 60_000;
const OUTPUT_LIMIT = 20_000;

const wranglerEnv = {
  ...process.env,
  // The project's Node 22 (the `node` devDependency) first, whoever started us.
  PATH: `${join(ROOT, "node_modules", ".bin")}${delimiter}${process.env.PATH ?? ""}`,
  WRANGLER_SEND_METRICS: "false",
  CI: "true",
  NO_COLOR: "1",
};

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? done(port) : fail(new Error("Could not find a free port"))));
    });
  });
}

/** Keeps the last OUTPUT_LIMIT characters a process printed, for error messages. */
function captureOutput(child: ChildProcess): () => string {
  let output = "";
  const keep = (chunk: unknown) => {
    output = (output + String(chunk)).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => output;
}

/** Runs `npx <args>` in the project and resolves with what it printed on stdout. */
export function runToEnd(args: readonly string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn("npx", args, { cwd: ROOT, env: wranglerEnv, stdio: ["ignore", "pipe", "pipe"] });
    const output = captureOutput(child);
    let stdout = "";
    child.stdout?.on("data", (chunk) => (stdout += String(chunk)));
    child.once("error", fail);
    child.once("exit", (code, signal) =>
      code === 0 ? done(stdout) : fail(new Error(`npx ${args.join(" ")} failed (${signal ?? `exit ${code}`}):\n${output()}`)),
    );
  });
}

/** Resolves after `ms` milliseconds (also for the scripts that start the app). */
export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Times `executeLocalD1` tries while the running app holds its D1 file locked (SQLITE_BUSY), a second apart. */
const BUSY_ATTEMPTS = 10;

/**
 * Runs SQL on a running app's local D1 from a process of its own (`wrangler d1
 * execute --persist-to`) and resolves with what it printed (JSON with `json`).
 * While the app's queue consumer writes a fold, SQLite may refuse the statements
 * with SQLITE_BUSY; wrangler runs them as one D1 batch, a single transaction, so a
 * refused run wrote nothing and is simply run again.
 */
export async function executeLocalD1(persistTo: string, sql: string, { json = false } = {}): Promise<string> {
  const args = ["wrangler", "d1", "execute", "DB", "--local", "--persist-to", persistTo, ...(json ? ["--json"] : [])];
  for (let attempt = 1; ; attempt++) {
    try {
      return await runToEnd([...args, "--command", sql]);
    } catch (error) {
      if (attempt >= BUSY_ATTEMPTS || !/SQLITE_BUSY|database is locked/.test(String(error))) throw error;
      await sleep(1000);
    }
  }
}

/** Kills wrangler and everything it started (workerd), politely first. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const signalGroup = (signal: string) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
  // workerd may outlive the npx/wrangler parent by a moment.
  signalGroup("SIGKILL");
}

/**
 * Applies the migrations to a local D1 (a fresh one unless `persistTo` names one), starts `wrangler dev` on a free
 * port and resolves once `/` answers 200 (at most 60 s, else it rejects with
 * wrangler's output). If this process exits first, wrangler is killed with it.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const config = options.config ? ["--config", resolve(ROOT, options.config)] : [];
  const persistTo = options.persistTo ?? (await mkdtemp(join(tmpdir(), "kaspersky-check-e2e-")));
  let server: ChildProcess | undefined;
  const killOnExit = () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (server) await stopProcessGroup(server);
    if (!options.persistTo) await rm(persistTo, { recursive: true, force: true });
  };

  try {
    if (options.migrate !== false) {
      await runToEnd(["wrangler", "d1", "migrations", "apply", "DB", "--local", "--persist-to", persistTo, ...config]);
    }

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const entry = options.entry ? [resolve(ROOT, options.entry)] : [];
    const vars = Object.entries(options.vars ?? {}).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
    const args = [
      "wrangler",
      "dev",
      ...entry,
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      persistTo,
      ...config,
      ...vars,
    ];
    const child = spawn("npx", args, {
      cwd: ROOT,
      env: wranglerEnv,
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stop() can end workerd along with wrangler.
      detached: true,
    });
    server = child;
    const output = captureOutput(child);
    let exitedEarly: string | undefined;
    child.once("exit", (code, signal) => (exitedEarly = signal ?? `exit ${code}`));
    child.once("error", (error) => (exitedEarly = String(error)));

    const deadline = Date.now() + STARTUP_LIMIT_MS;
    let lastProblem = "no answer yet";
    for (;;) {
      if (exitedEarly) throw new Error(`wrangler dev stopped before it answered (${exitedEarly}):\n${output()}`);
      try {
        const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        if (response.status === 200 || (options.anyAnswer && response.status < 500)) break;
        lastProblem = `GET / answered ${response.status}`;
      } catch (error) {
        lastProblem = String(error);
      }
      if (Date.now() > deadline) {
        throw new Error(
          `${baseUrl}/ did not answer 200 within ${STARTUP_LIMIT_MS / 1000} s (${lastProblem}). wrangler said:\n${output()}`,
        );
      }
      await sleep(250);
    }

    // Detached, so wrangler's pid is its process group's id.
    return { baseUrl, persistTo, processGroup: child.pid!, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
