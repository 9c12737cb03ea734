/**
 * The attacker with every answer: each published count is a sum over "atoms",
 * the kinds of response that can exist (the questionnaire's branching rules out
 * the rest, and everyone knows those are zero). A hidden count is given away
 * when its sum is a combination of the shown counts' sums.
 */
import { DIMENSIONS, NOT_ASKED, type DimensionName } from "../../../src/stats/dimensions";
import { Span } from "./linear";

/** A kind of response: its values by dimension (several for a multiple-choice one). */
export type Atom = Record<string, readonly string[]>;

const subsets = (values: readonly string[]): string[][] =>
  values.reduce<string[][]>((acc, v) => [...acc, ...acc.map((s) => [...s, v])], [[]]).filter((s) => s.length > 0);

/**
 * Every kind of response over these dimensions that branching allows. A
 * multiple-choice dimension takes any non-empty set of the `choices` given for
 * it (the options a test's responses use: shown zeros rule out the rest anyway).
 */
export function atomsOf(dimensions: readonly DimensionName[], choices: Partial<Record<DimensionName, readonly string[]>> = {}): Atom[] {
  let atoms: Atom[] = [{}];
  for (const d of dimensions) {
    const { multiple, values } = DIMENSIONS[d];
    const options = multiple ? [...subsets(choices[d] ?? []), [NOT_ASKED]] : values.map((v) => [v]);
    atoms = atoms.flatMap((atom) => options.map((o) => ({ ...atom, [d]: o })));
  }
  return atoms.filter((atom) =>
    dimensions.every((d) => {
      const link = DIMENSIONS[d].link;
      const notAsked = atom[d]!.includes(NOT_ASKED);
      if (!link) return !notAsked || !DIMENSIONS[d].multiple;
      if (!(link.parent in atom)) return true;
      return notAsked === !link.askedWhen.includes(atom[link.parent]![0]!);
    }),
  );
}

export interface Published {
  /** Which atoms the count adds up. */
  readonly atoms: (atom: Atom, index: number) => boolean;
  readonly value: number;
  readonly hidden: boolean;
  readonly label: string;
}

/** The published counts whose atom-sum the shown ones pin down, though hidden. */
export function givenAway(atoms: readonly Atom[], counts: readonly Published[], secrets: readonly Published[] = []): string[] {
  const vector = (p: Published) => atoms.map((a, i) => (p.atoms(a, i) ? 1 : 0));
  // A shown zero tells the attacker that every atom in it is zero.
  const zero = new Set<number>();
  for (const p of counts) if (!p.hidden && p.value === 0) atoms.forEach((a, i) => p.atoms(a, i) && zero.add(i));
  const live = atoms.map((_, i) => !zero.has(i));
  const restrict = (v: number[]) => v.filter((_, i) => live[i]);
  const span = new Span(live.filter(Boolean).length);
  for (const p of counts) if (!p.hidden) span.add(restrict(vector(p)));
  return [...counts.filter((p) => p.hidden), ...secrets].filter((p) => span.contains(restrict(vector(p)))).map((p) => `${p.label} = ${p.value}`);
}
