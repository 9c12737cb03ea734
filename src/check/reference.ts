/**
 * @module
 * Reference codes: 8 random characters from an alphabet without lookalikes
 * (no 0/O, 1/I/L, and no U), so a code read over the phone is hard to get wrong.
 * 30^8 ≈ 6.6 × 10^11 codes; drawn from the platform's CSPRNG.
 */

export const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const REFERENCE_LENGTH = 8;

const PATTERN = new RegExp(`^[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** A new random reference code. */
export function newReference(): string {
  const code: string[] = [];
  // Rejection sampling: bytes of 240 and above would make the first 30 % 256 = 16
  // letters more likely than the rest, so they are drawn again.
  const limit = 256 - (256 % REFERENCE_ALPHABET.length);
  while (code.length < REFERENCE_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(REFERENCE_LENGTH * 2))) {
      if (byte < limit && code.length < REFERENCE_LENGTH) code.push(REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]!);
    }
  }
  return code.join("");
}

/**
 * The canonical form of what someone typed or read out ("kx7p-4m2q" → "KX7P4M2Q"),
 * or undefined when it cannot be a reference code.
 */
export function normalizeReference(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return PATTERN.test(code) ? code : undefined;
}

/** A code grouped for reading: "KX7P-4M2Q". */
export function formatReference(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
