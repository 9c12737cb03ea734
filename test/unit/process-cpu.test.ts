import { describe, expect, it } from "vitest";
import { parseStat } from "../../scripts/lib/process-cpu";

// /proc/<pid>/stat lines as Linux writes them (proc(5)): pid, (comm), state, ppid, pgrp, ... utime (14), stime (15), ...
const WORKERD =
  "31799 (workerd) S 31782 31761 31761 0 -1 4194560 51234 0 0 0 1722 131 0 0 20 0 14 0 5014412 66571698176 70211 18446744073709551615 1 1 0 0 0 0 0 4096 1260 0 0 0 17 1 0 0 0 0 0";

describe("the bench's CPU readings", () => {
  it("read a process's group and its user plus system ticks", () => {
    expect(parseStat(WORKERD)).toEqual({ processGroup: 31761, ticks: 1722 + 131 });
  });

  it("count fields after the command's last parenthesis, whatever the command holds", () => {
    const odd = WORKERD.replace("(workerd)", "(node ) (x) 9)");
    expect(parseStat(odd)).toEqual({ processGroup: 31761, ticks: 1853 });
  });

  it("read nothing from a line that is not a stat line", () => {
    expect(parseStat("")).toBeUndefined();
    expect(parseStat("12 (sh) S 1")).toBeUndefined();
  });
});
