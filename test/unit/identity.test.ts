import fc from 'fast-check';
import { checkResidentId, residentIdCheckChar, birthDateOf, sexOf } from '../../identity/resident-id';
import { checkUscc, usccCheckChar } from '../../identity/uscc';
import { normalizeSubject, parseSubjectId } from '../../identity/subject';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('resident id numbers (GB 11643-1999)', () => {
  test.each([
    ['11010519491231002X', 'the GB 11643 annex example'],
    ['440524188001010014', 'the design’s valid-but-unknown subject'],
  ])('%s is valid (%s)', (id) => {
    expect(checkResidentId(id)).toEqual({ valid: true, normalized: id });
  });

  test('lower-case x is accepted and normalised', () => {
    expect(checkResidentId('11010519491231002x')).toEqual({ valid: true, normalized: '11010519491231002X' });
  });

  test.each([
    ['110105194912310021', 'check-digit'],
    ['11010519491331002X', 'birth-date'],
    ['11010519490229002X', 'birth-date'], // 1949 was not a leap year
    ['99010519491231002X', 'region'],
    ['1101051949123100', 'format'],
    ['11010519491231002Y', 'format'],
    ['11010530001231002X', 'birth-date'], // in the future
  ])('%s is refused: %s', (id, problem) => {
    expect(checkResidentId(id).problem).toBe(problem);
  });

  test('birth date and sex are read from the number', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
    expect(sexOf('11010519491231002X')).toBe('female');
    expect(sexOf('440524188001010014')).toBe('male');
  });

  test('property: every 17-digit body with a real date gets exactly one valid check character', () => {
    const body = fc
      .record({ y: fc.integer({ min: 1900, max: 2020 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), seq: fc.integer({ min: 0, max: 999 }) })
      .map(({ y, m, d, seq }) => `110105${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`);
    fc.assert(
      fc.property(body, (first17) => {
        const right = residentIdCheckChar(first17);
        expect(checkResidentId(first17 + right).valid).toBe(true);
        for (const wrong of '0123456789X'.replace(right, '')) expect(checkResidentId(first17 + wrong).valid).toBe(false);
      }),
    );
  });

  test('property: changing any one digit of a valid number is detected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const id = '11010519491231002X';
        const digit = (Number(id[position]) + delta) % 10;
        const changed = id.slice(0, position) + String(digit) + id.slice(position + 1);
        expect(checkResidentId(changed).valid).toBe(false);
      }),
    );
  });

  test('property: arbitrary strings never throw and are valid only in the 18-character form', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const result = checkResidentId(s);
        if (result.valid) expect(result.normalized).toMatch(/^[0-9]{17}[0-9X]$/);
      }),
    );
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  test('the demo enterprise code is valid', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({ valid: true, normalized: '91350100M000100Y43' });
    expect(checkUscc('91350100m000100y43').valid).toBe(true);
  });

  test.each([
    ['91350100M000100Y44', 'check-character'],
    ['91350100M000100Y4', 'format'],
    ['9135010OM000100Y43', 'format'], // letter O is not in the alphabet
    ['91350100I000100Y43', 'format'],
  ])('%s is refused: %s', (code, problem) => {
    expect(checkUscc(code).problem).toBe(problem);
  });

  test('property: a computed check character always validates, every other one never', () => {
    const char = fc.constantFrom(...USCC_ALPHABET.split(''));
    const body = fc
      .tuple(fc.array(char, { minLength: 2, maxLength: 2 }), fc.array(fc.constantFrom(...'0123456789'.split('')), { minLength: 6, maxLength: 6 }), fc.array(char, { minLength: 9, maxLength: 9 }))
      .map(([a, b, c]) => a.join('') + b.join('') + c.join(''));
    fc.assert(
      fc.property(body, (first17) => {
        const right = usccCheckChar(first17);
        expect(checkUscc(first17 + right).valid).toBe(true);
        for (const wrong of USCC_ALPHABET.replace(right, '')) expect(checkUscc(first17 + wrong).valid).toBe(false);
      }),
    );
  });
});

describe('subjects', () => {
  test('normalises and explains', () => {
    expect(normalizeSubject({ idNumber: '11010519491231002x' })).toEqual({ subject: { idNumber: '11010519491231002X' } });
    expect(normalizeSubject({ idNumber: '110105194912310021' })).toMatchObject({ pointer: '/subject/idNumber' });
    expect(normalizeSubject({ uscc: '91350100M000100Y44' })).toMatchObject({ pointer: '/subject/uscc' });
  });

  test('parses either kind of identifier', () => {
    expect(parseSubjectId('11010519491231002X')).toEqual({ idNumber: '11010519491231002X' });
    expect(parseSubjectId('91350100M000100Y43')).toEqual({ uscc: '91350100M000100Y43' });
    expect(parseSubjectId('nonsense')).toBeUndefined();
  });
});
