/**
 * Building valid identifiers: resident id numbers (GB 11643-1999) and unified social credit codes
 * (GB 32100-2015, whose characters 9–17 are an organisation code with its own GB 11714 check character).
 */
import { residentIdCheckChar } from '../../identity/resident-id';
import { usccCheckChar } from '../../identity/uscc';
import { compactDate } from './calendar';
import type { Random } from './prng';

/** Region code + birth date + three-digit sequence (odd for men, even for women) + check character. */
export function residentId(regionCode: string, birthIso: string, sequence: number): string {
  const first17 = `${regionCode}${compactDate(birthIso)}${String(sequence).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 check character of an eight-character organisation code body (digits and A–Z valued 10–35). */
export function orgCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charCodeAt(i);
    const value = ch <= 57 ? ch - 48 : ch - 55;
    sum += value * ORG_CODE_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Characters allowed in a USCC (no I, O, Z, S, V), for organisation codes issued since 2015. */
const USCC_LETTERS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * An organisation code: enterprises registered before the 2015 reform kept their eight-digit legacy
 * code; newer ones got codes beginning with "MA" from the registration system.
 */
export function organisationCode(rng: Random, registeredBefore2015: boolean): string {
  let body = '';
  if (registeredBefore2015) body = rng.digits(8);
  else {
    body = 'MA';
    for (let i = 0; i < 6; i++) body += rng.pick(USCC_LETTERS.split(''));
  }
  return body + orgCodeCheckChar(body);
}

/** Registration authority 9 (market regulation), kind 1 (enterprise), region, organisation code, check. */
export function enterpriseUscc(regionCode: string, orgCode: string): string {
  const first17 = `91${regionCode}${orgCode}`;
  return first17 + usccCheckChar(first17);
}
