/**
 * Resident identity numbers (公民身份号码), GB 11643-1999: six-digit address code, eight-digit date of
 * birth, three-digit sequence (odd for men, even for women), and an ISO 7064 MOD 11-2 check character.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** Province-level codes in use (GB/T 2260), plus 71/81/82 for Taiwan, Hong Kong and Macao. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61,
  62, 63, 64, 65, 71, 81, 82,
]);

export type ResidentIdProblem = 'format' | 'region' | 'birth-date' | 'check-digit';

export interface ResidentIdCheck {
  readonly valid: boolean;
  /** Canonical form: upper-case X. */
  readonly normalized: string;
  readonly problem?: ResidentIdProblem;
}

/** The MOD 11-2 check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(yyyymmdd: string, today: Date): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return date.getTime() <= today.getTime();
}

export function checkResidentId(raw: string, today: Date = new Date()): ResidentIdCheck {
  const normalized = raw.toUpperCase();
  if (!/^[0-9]{17}[0-9X]$/.test(normalized)) return { valid: false, normalized, problem: 'format' };
  if (!PROVINCES.has(Number(normalized.slice(0, 2)))) return { valid: false, normalized, problem: 'region' };
  if (!isRealDate(normalized.slice(6, 14), today)) return { valid: false, normalized, problem: 'birth-date' };
  if (residentIdCheckChar(normalized) !== normalized[17]) return { valid: false, normalized, problem: 'check-digit' };
  return { valid: true, normalized };
}

/** Birth date as an ISO date (yyyy-mm-dd), for ids that passed checkResidentId. */
export function birthDateOf(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** GB 11643: the 17th digit is odd for men and even for women. */
export function sexOf(idNumber: string): 'male' | 'female' {
  return Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
}
