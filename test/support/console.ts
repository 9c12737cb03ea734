/**
 * @module
 * For tests that provoke a refusal the Worker logs on purpose: the expected lines
 * are kept out of the test output (a passing run printed them as stderr, which
 * reads like a failure), every other line still goes through, so a real error
 * stays visible.
 */
import { vi } from "vitest";

type Level = "error" | "warn";

/**
 * Swallows `console[level]` lines matching `expected` until the returned
 * function is called, which restores the console and hands back the lines held.
 */
export function holdExpectedLogs(level: Level, expected: RegExp): () => string[] {
  const original = console[level].bind(console);
  const held: string[] = [];
  const spy = vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
    const line = args.map(String).join(" ");
    if (expected.test(line)) held.push(line);
    else original(...args);
  });
  return () => {
    spy.mockRestore();
    return held;
  };
}
