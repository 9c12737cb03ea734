/**
 * The bounding attack: a linear programme over every noisy set an attacker can
 * see. Unknowns are the atoms' counts (≥ 0); each set's count lies within
 * ±bound of its published value, is at least 1 when published above zero (an
 * empty set always shows 0) and at most `bound` when published as 0. The
 * smallest and largest a target's count can be are the attacker's certain
 * knowledge (the LP relaxation; an integer attacker's range lies inside it).
 */
import { solve, type Model } from "yalps";
import type { AtomSet } from "./world";

export function boundsOf(
  atoms: number,
  seen: readonly { atoms: AtomSet; value: number }[],
  target: AtomSet,
  bound: number,
): { min: number; max: number } {
  const constraints = new Map<string, { min: number; max: number }>();
  const coefficients = new Map<number, [string, number][]>();
  seen.forEach((o, i) => {
    constraints.set(`o${i}`, o.value > 0 ? { min: Math.max(1, o.value - bound), max: o.value + bound } : { min: 0, max: bound });
    for (const a of o.atoms) coefficients.set(a, [...(coefficients.get(a) ?? []), [`o${i}`, 1]]);
  });
  const inTarget = new Set(target);
  const variables = [...coefficients].map(([a, list]) => [`x${a}`, inTarget.has(a) ? [...list, ["t", 1]] : list] as const);
  for (const a of target) if (!coefficients.has(a)) variables.push([`x${a}`, [["t", 1]]]);
  const run = (direction: "minimize" | "maximize") => {
    const model: Model = { direction, objective: "t", constraints, variables: variables as Model["variables"] };
    const solution = solve(model);
    // Unbounded above: the attacker learns no upper bound at all.
    if (solution.status === "unbounded") return direction === "maximize" ? Infinity : 0;
    if (solution.status !== "optimal") throw new Error(`LP ${direction}: ${solution.status}`);
    return solution.result;
  };
  void atoms;
  return { min: run("minimize"), max: run("maximize") };
}
