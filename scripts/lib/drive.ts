/**
 * A small closed-loop load generator: `concurrency` clients each send a request,
 * wait for the answer, and send the next, until `total` requests are sent or
 * `seconds` have passed, whichever comes first (both bounds are required, so a
 * run always stops by itself). Only for servers on this machine's loopback.
 */

export interface DriveOptions {
  readonly concurrency: number;
  /** The most requests to send. */
  readonly total: number;
  /** The longest to keep sending. */
  readonly seconds: number;
}

export interface DriveResult {
  readonly sent: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** Latency percentiles, in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  /** How many answers had each status; 0 counts requests that failed without one. */
  readonly statuses: Readonly<Record<number, number>>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) throw new Error(`Refusing to load ${host}: loopback only`);
}

export async function drive(
  request: (n: number) => { url: string; init?: RequestInit },
  options: DriveOptions,
  /** Sees every answer (e.g. to collect the reference codes it carries). */
  onAnswer: (response: Response, body: string) => void = () => {},
): Promise<DriveResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (next < options.total && performance.now() < deadline) {
      const { url, init } = request(next++);
      assertLoopback(url);
      const sent = performance.now();
      let status = 0;
      try {
        const res = await fetch(url, { redirect: "manual", ...init });
        const body = await res.text();
        status = res.status;
        onAnswer(res, body);
      } catch {
        status = 0;
      }
      latencies.push(performance.now() - sent);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
  };
}
