/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015: registration authority, organisation
 * type, six-digit region code, nine-character organisation code, and a MOD 31 check character over an
 * alphabet of 31 symbols (digits and upper-case letters without I, O, Z, S, V).
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem = 'format' | 'check-character';

export interface UsccCheck {
  readonly valid: boolean;
  readonly normalized: string;
  readonly problem?: UsccProblem;
}

const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The MOD 31 check character for the first 17 characters. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkUscc(raw: string): UsccCheck {
  // Upper-casing is safe: the alphabet has no lower-case letters, and clerks type both.
  const normalized = raw.toUpperCase();
  if (!FORMAT.test(normalized)) return { valid: false, normalized, problem: 'format' };
  if (usccCheckChar(normalized) !== normalized[17]) return { valid: false, normalized, problem: 'check-character' };
  return { valid: true, normalized };
}
