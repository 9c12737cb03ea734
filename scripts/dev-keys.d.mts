// Types for the parts of dev-keys.mjs that TypeScript scripts use (scripts/bench-stats.ts).
export interface PrivateJwk extends JsonWebKey {
  readonly kid: string;
  readonly alg: "RS256";
}
export function ensureDevKeys(options?: {
  root?: string;
  log?: (message: string) => void;
}): Promise<{ privateJwk: PrivateJwk; audience: string }>;
export function signStaffToken(options: {
  privateJwk: PrivateJwk;
  role: string;
  audience: string;
  now?: number;
  seconds?: number;
}): Promise<string>;
export function newSigningSecret(): string;
