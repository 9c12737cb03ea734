/**
 * @module
 * The graph view of a table of counts, on which complementary suppression
 * works. Each relation "a total equals the sum of its parts" is a node; each
 * count is an edge between the (at most two) relations it appears in, or to
 * the free node when it appears in fewer. With the counts that are shown moved
 * to the known side, the hidden counts that published figures can pin down are
 * exactly the bridges of the graph of hidden edges: a count on a cycle can move
 * up and down around that cycle (alternating + and −) without changing any
 * total, so no subtraction recovers it. (A table with margins is a bipartite
 * "rows versus columns" graph; see Cox, "Suppression methodology and
 * statistical disclosure control", JASA 1980.)
 */

export interface Edge {
  readonly u: number;
  readonly v: number;
}

function adjacency(nodeCount: number, edges: readonly Edge[], include: (edge: number) => boolean): number[][] {
  const adjacent: number[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach((edge, i) => {
    if (!include(i) || edge.u === edge.v) return;
    adjacent[edge.u]!.push(i);
    adjacent[edge.v]!.push(i);
  });
  return adjacent;
}

const otherEnd = (edge: Edge, node: number) => (edge.u === node ? edge.v : edge.u);

/** The included edges that lie on no cycle (Tarjan). Parallel edges make a cycle; a self-loop is never a bridge. */
export function bridges(nodeCount: number, edges: readonly Edge[], include: (edge: number) => boolean): Set<number> {
  const adjacent = adjacency(nodeCount, edges, include);
  const order = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const found = new Set<number>();
  let clock = 0;
  const visit = (node: number, via: number) => {
    order[node] = low[node] = clock++;
    for (const i of adjacent[node]!) {
      if (i === via) continue;
      const next = otherEnd(edges[i]!, node);
      if (order[next] === -1) {
        visit(next, i);
        low[node] = Math.min(low[node]!, low[next]!);
        if (low[next]! > order[node]!) found.add(i);
      } else {
        low[node] = Math.min(low[node]!, order[next]!);
      }
    }
  };
  for (let node = 0; node < nodeCount; node++) if (order[node] === -1) visit(node, -1);
  return found;
}

/**
 * The cheapest path from `from` to `to` that avoids edge `skip`, as edge
 * indices, or undefined when there is none. `cost` gives an edge's cost, or
 * undefined for an edge that may not be used. Graphs here have a few dozen
 * nodes, so a plain O(V²) Dijkstra is the simplest fast choice.
 */
export function cheapestPath(
  nodeCount: number,
  edges: readonly Edge[],
  cost: (edge: number) => number | undefined,
  from: number,
  to: number,
  skip: number,
): number[] | undefined {
  const adjacent = adjacency(nodeCount, edges, (i) => i !== skip && cost(i) !== undefined);
  const distance = new Float64Array(nodeCount).fill(Infinity);
  const via = new Int32Array(nodeCount).fill(-1);
  const done = new Uint8Array(nodeCount);
  distance[from] = 0;
  for (;;) {
    let node = -1;
    for (let n = 0; n < nodeCount; n++) if (!done[n] && distance[n]! < Infinity && (node === -1 || distance[n]! < distance[node]!)) node = n;
    if (node === -1) return undefined;
    if (node === to) break;
    done[node] = 1;
    for (const i of adjacent[node]!) {
      const next = otherEnd(edges[i]!, node);
      const through = distance[node]! + cost(i)!;
      if (through < distance[next]!) {
        distance[next] = through;
        via[next] = i;
      }
    }
  }
  const path: number[] = [];
  for (let node = to; node !== from; node = otherEnd(edges[via[node]!]!, node)) path.push(via[node]!);
  return path;
}

/**
 * A basis of the ways hidden counts can change without changing any total:
 * one cycle per edge outside a spanning forest, each as edge indices with the
 * sign of each edge's change. Signs alternate along the cycle; where a cycle
 * passes through `free` (a node with no relation) it starts and ends there,
 * since nothing constrains that node. A self-loop is a cycle of one edge.
 */
export function cycleBasis(nodeCount: number, edges: readonly Edge[], include: (edge: number) => boolean, free: number): { edge: number; sign: number }[][] {
  const adjacent = adjacency(nodeCount, edges, include);
  const parentEdge = new Int32Array(nodeCount).fill(-1);
  const depth = new Int32Array(nodeCount).fill(-1);
  const inTree = new Set<number>();
  for (let root = 0; root < nodeCount; root++) {
    if (depth[root] !== -1) continue;
    depth[root] = 0;
    const queue = [root];
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      for (const i of adjacent[node]!) {
        const next = otherEnd(edges[i]!, node);
        if (depth[next] !== -1) continue;
        depth[next] = depth[node]! + 1;
        parentEdge[next] = i;
        inTree.add(i);
        queue.push(next);
      }
    }
  }
  const cycles: { edge: number; sign: number }[][] = [];
  edges.forEach((edge, i) => {
    if (!include(i) || inTree.has(i)) return;
    if (edge.u === edge.v) {
      cycles.push([{ edge: i, sign: 1 }]);
      return;
    }
    // Walk u → lowest common ancestor → v, then close with edge i.
    const up: number[] = [edge.u];
    const down: number[] = [edge.v];
    const upEdges: number[] = [];
    const downEdges: number[] = [];
    let a = edge.u;
    let b = edge.v;
    while (a !== b) {
      if (depth[a]! >= depth[b]!) {
        upEdges.push(parentEdge[a]!);
        a = otherEnd(edges[parentEdge[a]!]!, a);
        up.push(a);
      } else {
        downEdges.push(parentEdge[b]!);
        b = otherEnd(edges[parentEdge[b]!]!, b);
        down.push(b);
      }
    }
    const nodes = [...up, ...down.slice(0, -1).reverse()]; // u … lca … v
    const walk = [...upEdges, ...downEdges.reverse(), i]; // walk[k] joins nodes[k] and nodes[k+1 mod n]
    const start = nodes.indexOf(free);
    const rotated = start > 0 ? [...walk.slice(start), ...walk.slice(0, start)] : walk;
    cycles.push(rotated.map((e, k) => ({ edge: e, sign: k % 2 === 0 ? 1 : -1 })));
  });
  return cycles;
}
