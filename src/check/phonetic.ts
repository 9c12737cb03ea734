/**
 * @module
 * Spelling a reference code over the phone: each letter with its word from the
 * NATO phonetic alphabet ("K as in Kilo"), understood in English and Spanish alike.
 * Digits are read as numbers; their words are in the locale catalogs.
 */

const NATO: Readonly<Record<string, string>> = {
  A: "Alfa",
  B: "Bravo",
  C: "Charlie",
  D: "Delta",
  E: "Echo",
  F: "Foxtrot",
  G: "Golf",
  H: "Hotel",
  I: "India",
  J: "Juliett",
  K: "Kilo",
  L: "Lima",
  M: "Mike",
  N: "November",
  O: "Oscar",
  P: "Papa",
  Q: "Quebec",
  R: "Romeo",
  S: "Sierra",
  T: "Tango",
  U: "Uniform",
  V: "Victor",
  W: "Whiskey",
  X: "X-ray",
  Y: "Yankee",
  Z: "Zulu",
};

export type SpelledCharacter =
  | { readonly kind: "letter"; readonly character: string; readonly word: string }
  | { readonly kind: "digit"; readonly character: string };

/** The characters of a code, each with how to say it. */
export function spellOut(code: string): SpelledCharacter[] {
  return [...code].map((character) => {
    const word = NATO[character];
    return word ? { kind: "letter", character, word } : { kind: "digit", character };
  });
}
