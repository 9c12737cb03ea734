/**
 * Exact linear algebra for the attacker in the property tests: is a hidden
 * count's formula (a 0/1 vector over "atoms", the kinds of response) a
 * combination of the formulas of shown counts? Arithmetic modulo a large prime
 * keeps it exact and fast; a false "yes" is astronomically unlikely, and would
 * only make a test fail, never pass.
 */
const P = 67_108_859; // prime below 2^26, so products stay exact in doubles

const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

/** A growing set of row vectors in reduced form, to test whether a vector lies in their span. */
export class Span {
  private readonly rows: { pivot: number; row: number[] }[] = [];

  constructor(private readonly size: number) {}

  private reduce(vector: readonly number[]): number[] {
    const v = vector.map(mod);
    for (const { pivot, row } of this.rows) {
      const factor = v[pivot]!;
      if (factor === 0) continue;
      for (let i = 0; i < this.size; i++) if (row[i] !== 0) v[i] = mod(v[i]! - ((factor * row[i]!) % P));
    }
    return v;
  }

  add(vector: readonly number[]): void {
    const v = this.reduce(vector);
    const pivot = v.findIndex((x) => x !== 0);
    if (pivot < 0) return;
    const scale = inverse(v[pivot]!);
    const row = v.map((x) => (x * scale) % P);
    for (const other of this.rows) {
      const factor = other.row[pivot]!;
      if (factor === 0) continue;
      for (let i = 0; i < this.size; i++) if (row[i] !== 0) other.row[i] = mod(other.row[i]! - ((factor * row[i]!) % P));
    }
    this.rows.push({ pivot, row });
  }

  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((x) => x === 0);
  }
}
