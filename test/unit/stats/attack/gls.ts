/**
 * The averaging attack at its strongest: generalised least squares over every
 * distinct noisy observation. Each observation is a sum of unknown atom counts
 * plus independent noise of known variance; the best linear unbiased estimate
 * of any sum of atoms has variance σ² gᵀ(AᵀA)⁻¹g. A tiny ridge keeps atoms no
 * observation separates (they get a huge variance, as they should).
 */
export class Gls {
  private readonly inverse: Float64Array;
  constructor(
    readonly atoms: number,
    rows: readonly (readonly number[])[],
    private readonly variance: number,
  ) {
    const n = atoms;
    const m = new Float64Array(n * n);
    for (const row of rows) for (const i of row) for (const j of row) m[i * n + j]! += 1;
    for (let i = 0; i < n; i++) m[i * n + i]! += 1e-9;
    this.inverse = invertSymmetric(m, n);
  }

  /** The variance of the best estimate of the sum of these atoms. */
  varianceOf(atoms: readonly number[]): number {
    const n = this.atoms;
    let sum = 0;
    for (const i of atoms) for (const j of atoms) sum += this.inverse[i * n + j]!;
    return this.variance * sum;
  }

  /** The estimate of every atom from the observed values (in the order of the rows). */
  estimate(rows: readonly (readonly number[])[], values: readonly number[]): Float64Array {
    const n = this.atoms;
    const rhs = new Float64Array(n);
    rows.forEach((row, r) => {
      for (const i of row) rhs[i]! += values[r]!;
    });
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += this.inverse[i * n + j]! * rhs[j]!;
      x[i] = s;
    }
    return x;
  }
}

/** Gauss-Jordan inversion of a symmetric positive definite matrix (row-major). */
function invertSymmetric(source: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(source);
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) inv[i * n + i] = 1;
  for (let col = 0; col < n; col++) {
    const pivot = a[col * n + col]!;
    for (let k = 0; k < n; k++) {
      a[col * n + k]! /= pivot;
      inv[col * n + k]! /= pivot;
    }
    for (let row = 0; row < n; row++) {
      if (row === col) continue;
      const f = a[row * n + col]!;
      if (f === 0) continue;
      for (let k = 0; k < n; k++) {
        a[row * n + k]! -= f * a[col * n + k]!;
        inv[row * n + k]! -= f * inv[col * n + k]!;
      }
    }
  }
  return inv;
}
