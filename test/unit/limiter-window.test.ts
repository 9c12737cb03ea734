import { afterEach, describe, expect, it, vi } from "vitest";
import { inOneLimiterWindow } from "../integration/limiter-window";

/** A burst that takes `ms` of clock time and counts how often it ran. */
function burstTaking(ms: number) {
  const burst = vi.fn(async () => {
    vi.setSystemTime(Date.now() + ms);
    return burst.mock.calls.length;
  });
  return burst;
}

describe("the rate limit tests' one-window burst", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("runs a burst once when it ends in the window it started in", async () => {
    vi.setSystemTime(Date.UTC(2026, 11, 3, 12, 0, 10));
    const burst = burstTaking(5_000);
    expect(await inOneLimiterWindow(burst)).toBe(1);
    expect(burst).toHaveBeenCalledTimes(1);
  });

  it("runs a burst again when it crossed into the next window, and returns the second run's result", async () => {
    vi.setSystemTime(Date.UTC(2026, 11, 3, 12, 0, 58));
    const burst = burstTaking(5_000);
    expect(await inOneLimiterWindow(burst)).toBe(2);
    expect(burst).toHaveBeenCalledTimes(2);
  });

  it("gives up with an error when bursts keep crossing windows", async () => {
    vi.setSystemTime(Date.UTC(2026, 11, 3, 12, 0, 0));
    await expect(inOneLimiterWindow(burstTaking(61_000))).rejects.toThrow(/crossed a rate limiter's window/);
  });
});
