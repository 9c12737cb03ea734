/**
 * @module
 * Small-cell suppression of one table of counts: primary (a count from 1 to
 * 10 is hidden), then complementary, until
 * - no hidden count can be worked out from the shown ones and the totals
 *   (no hidden edge is a bridge, see ./graph.ts), and
 * - subtracting the shown parts from a shown total never leaves 1 to 10, which
 *   would reveal that a group of hidden cells holds that few responses, and
 * - a sum of cells that another table publishes as one count (`groups`) is not
 *   given away when it is from 1 to 10.
 * Complements are the cheapest shown counts (fewest responses hidden). Zeros
 * are shown and never used as complements: a structural zero (a household with
 * an enterprise product) is known to everyone, so hiding it protects nothing.
 */
import { bridges, cheapestPath, cycleBasis, type Edge } from "./graph";

/** The smallest count ever shown, besides zero (the CMS cell-size rule). */
export const K = 11;

export function isSmall(count: number): boolean {
  return count >= 1 && count < K;
}

/** A count whose status is decided elsewhere: a margin already published, or a cell tied to another table. */
export type Fixed = "shown" | "hidden";

export interface Variable {
  readonly value: number;
  /** The two nodes (relations, or the free node) the count appears in. */
  readonly ends: readonly [number, number];
  readonly fixed?: Fixed;
}

/** "total = sum of members", by variable index. */
export interface Relation {
  readonly total: number;
  readonly members: readonly number[];
}

export interface LinearTable {
  readonly nodeCount: number;
  /** The node that stands for "no relation". */
  readonly free: number;
  readonly variables: readonly Variable[];
  readonly relations: readonly Relation[];
  /**
   * Sums of cells that another table publishes as one count (the "not asked"
   * cells of a linked dimension): when such a sum is from 1 to 10 it must not
   * be worked out from this table either.
   */
  readonly groups?: readonly (readonly number[])[];
}

export interface Protection {
  readonly hidden: readonly boolean[];
  /** Hidden counts the published figures pin down anyway (expected only for counts another table already publishes). */
  readonly unprotectable: readonly number[];
}

export function edgesOf(table: LinearTable): Edge[] {
  return table.variables.map((v) => ({ u: v.ends[0], v: v.ends[1] }));
}

/**
 * Whether the sum of these cells can be worked out from the shown counts: it
 * can unless some cycle of hidden counts changes it (the cells' signed changes
 * around the cycle do not cancel out). `cycles` may be passed in when known.
 */
export function sumIsKnown(
  table: LinearTable,
  hidden: readonly boolean[],
  cells: readonly number[],
  cycles = cycleBasis(table.nodeCount, edgesOf(table), (i) => hidden[i]!, table.free),
): boolean {
  const inSum = new Set(cells.filter((c) => hidden[c]));
  if (!inSum.size) return true;
  return cycles.every((cycle) => cycle.reduce((sum, { edge, sign }) => sum + (inSum.has(edge) ? sign : 0), 0) === 0);
}

/** Suppresses the table: which counts to hide. */
export function protect(table: LinearTable): Protection {
  const { variables, nodeCount } = table;
  const edges = edgesOf(table);
  const hidden = variables.map((v) => v.fixed === "hidden" || (v.fixed === undefined && isSmall(v.value)));
  const isCandidate = (i: number) => variables[i]!.fixed === undefined && !hidden[i] && variables[i]!.value > 0;
  // A count the table's totals pin down whatever else is hidden (say, the only
  // non-zero cell of a row) protects nothing: never use it, never count on it.
  const pinned = bridges(nodeCount, edges, (i) => hidden[i]! || isCandidate(i));
  const usable = (i: number) => isCandidate(i) && !pinned.has(i);
  const unprotectable = new Set([...pinned].filter((i) => hidden[i]));
  const hide = (i: number) => {
    hidden[i] = true;
  };

  /** Hides the cheapest usable member of each relation whose hidden part adds up to 1–10; true if it hid any. */
  const fixResiduals = (): boolean => {
    let changed = false;
    for (const relation of table.relations) {
      if (hidden[relation.total]) continue;
      let residual = 0;
      for (const m of relation.members) if (hidden[m] && !pinned.has(m)) residual += variables[m]!.value;
      if (!isSmall(residual)) continue;
      let cheapest = -1;
      for (const m of relation.members) if (usable(m) && (cheapest < 0 || variables[m]!.value < variables[cheapest]!.value)) cheapest = m;
      if (cheapest < 0) continue;
      hide(cheapest);
      changed = true;
    }
    return changed;
  };

  /** Puts every hidden count that published totals would pin down on a cycle of hidden counts; true if it hid any. */
  const fixBridges = (): boolean => {
    let changed = false;
    const cost = (i: number) => (hidden[i] ? 0 : usable(i) ? variables[i]!.value : undefined);
    for (const bridge of bridges(nodeCount, edges, (i) => hidden[i]!)) {
      if (unprotectable.has(bridge)) continue;
      // A path found for an earlier bridge may already close this one: then it costs nothing.
      const path = cheapestPath(nodeCount, edges, cost, edges[bridge]!.u, edges[bridge]!.v, bridge);
      if (!path) unprotectable.add(bridge);
      else
        for (const i of path)
          if (!hidden[i]) {
            hide(i);
            changed = true;
          }
    }
    return changed;
  };

  const smallGroups = (table.groups ?? []).filter((g) => isSmall(g.reduce((sum, i) => sum + variables[i]!.value, 0)));
  const exposedGroups = new Set<readonly number[]>();
  /** Hides a usable count next to a small group the table lets anyone add up (close by first: more likely to help). */
  const fixGroup = (): boolean => {
    if (!smallGroups.length) return false;
    // One cycle basis for the pass: nothing is hidden until a group needs it.
    const cycles = cycleBasis(nodeCount, edges, (i) => hidden[i]!, table.free);
    for (const group of smallGroups) {
      if (exposedGroups.has(group) || !sumIsKnown(table, hidden, group, cycles)) continue;
      const members = new Set(group);
      const near = new Set(group.flatMap((m) => [edges[m]!.u, edges[m]!.v]).filter((n) => n !== table.free));
      const pool = variables.map((_, i) => i).filter((i) => usable(i) && !members.has(i));
      const nearby = pool.filter((i) => near.has(edges[i]!.u) || near.has(edges[i]!.v));
      const cheapest = (nearby.length ? nearby : pool).sort((a, b) => variables[a]!.value - variables[b]!.value || a - b)[0];
      if (cheapest === undefined) exposedGroups.add(group);
      else {
        hide(cheapest);
        return true;
      }
    }
    return false;
  };

  // Each step only hides more, so this ends; in practice after a few rounds.
  while (fixResiduals() || fixBridges() || fixGroup());
  return { hidden, unprotectable: [...unprotectable] };
}
