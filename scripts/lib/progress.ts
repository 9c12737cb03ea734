/**
 * @module
 * A progress bar on stderr for long scripts (seed, counts:rebuild): bar,
 * share, count, rate and time left, redrawn in place.
 */
import process from "node:process";

/** Draws the bar for `done` of `total` things since `started` (a Date.now()). */
export function progress(done: number, total: number, started: number): void {
  const width = 30;
  const share = total > 0 ? done / total : 1;
  const seconds = (Date.now() - started) / 1000;
  const rate = done / Math.max(seconds, 0.001);
  const left = Math.round((total - done) / Math.max(rate, 1));
  const bar = "█".repeat(Math.round(share * width)).padEnd(width, "░");
  process.stderr.write(
    `\r${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}  ${Math.round(rate).toLocaleString("en-US")}/s  ${left}s left `,
  );
}
