/**
 * @module
 * Cell-key perturbation (after ABS TableBuilder and the ONS 2021 Census).
 *
 * Every stored response carries a random record key (`RECORD_KEY_RANGE`: a
 * random integer, nothing about the person). The weekly and daily counts keep,
 * beside each count, the sum of its responses' keys, so a cell's key adds up
 * exactly as its count does. The noise of a cell is a function of its count and
 * its key sum only: the same set of responses always gets the same noise,
 * whichever query, table or channel filter reaches it, so asking again never
 * gives a fresh look; a different set of responses (one more record, one less)
 * gets noise independent of it, because the added keys are unknown.
 *
 * The noise is a rounded normal draw (standard deviation `NOISE_SD`), read from
 * the key sum by the inverse normal distribution. Its support is wide (about
 * ±6 standard deviations), so no combination of answers bounds a count to one
 * value; the number of distinct sets of responses published is bounded by the
 * design (see ./noisy.ts), so averaging cannot shrink the noise much either.
 * Zero stays zero (there is no response to give a key); published values are
 * never negative.
 */

/** Record keys are integers in [0, RECORD_KEY_RANGE); sums stay exact in a double up to 4 million responses a cell. */
export const RECORD_KEY_RANGE = 2 ** 31;

/** The standard deviation of a cell's noise (see README, "Counts for analysts"). */
export const NOISE_SD = 2;

/** A count and the sum of its responses' record keys. */
export interface Cell {
  readonly count: number;
  readonly keys: number;
}

export const EMPTY: Cell = { count: 0, keys: 0 };

export const addCells = (a: Cell, b: Cell): Cell => ({ count: a.count + b.count, keys: a.keys + b.keys });

/** A fresh record key for a new response (crypto-random). */
export function recordKey(): number {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return value! % RECORD_KEY_RANGE;
}

/** The inverse of the standard normal distribution function (Acklam's rational approximation, |error| < 1.2e-9). */
export function inverseNormal(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
      ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -inverseNormal(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** The noise of a cell with this key sum: the same key sum, the same noise. */
export function noiseOf(keys: number): number {
  const u = ((((keys % RECORD_KEY_RANGE) + RECORD_KEY_RANGE) % RECORD_KEY_RANGE) + 0.5) / RECORD_KEY_RANGE;
  return Math.round(NOISE_SD * inverseNormal(u));
}

/** The largest noise any cell can get: what an attacker who knows the method may assume. */
export const NOISE_BOUND = Math.abs(noiseOf(0));

/** The published value of a cell: its count plus its noise, never below zero; zero stays zero. */
export function perturb(cell: Cell): number {
  if (cell.count <= 0) return 0;
  return Math.max(0, cell.count + noiseOf(cell.keys));
}
