import { addYears, ageOn, compactDate, monthBefore, monthsBetween, randomDate } from '../../../adapters/simulation/calendar';
import { enterpriseUscc, orgCodeCheckChar, organisationCode, residentId } from '../../../adapters/simulation/identifiers';
import { Random } from '../../../adapters/simulation/prng';
import { cityCode, policeStationOf, regionName, requireDistrict } from '../../../adapters/simulation/regions';
import { subjectRandom } from '../../../adapters/simulation/subject-random';
import { checkResidentId } from '../../../identity/resident-id';
import { checkUscc } from '../../../identity/uscc';

describe('Random (sfc32 seeded by cyrb128)', () => {
  test('the same seed gives the same sequence; another seed another', () => {
    const a = new Random('seed');
    const b = new Random('seed');
    const c = new Random('other');
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    expect(Array.from({ length: 20 }, () => b.uint32())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.uint32())).not.toEqual(seqA);
  });

  test('int stays in range and reaches both ends; next is in [0, 1)', () => {
    const rng = new Random('range');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = rng.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
      seen.add(n);
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(() => rng.int(2, 1)).toThrow(RangeError);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  test('weighted follows the weights roughly and never picks a zero weight', () => {
    const rng = new Random('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++) counts[rng.weighted([['a', 1], ['b', 3], ['c', 0]] as const)] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
  });

  test('subject facts are independent streams per department and fact', () => {
    expect(subjectRandom('tax', 'X', 'income').uint32()).toBe(subjectRandom('tax', 'X', 'income').uint32());
    expect(subjectRandom('tax', 'X', 'income').uint32()).not.toBe(subjectRandom('police', 'X', 'income').uint32());
    expect(subjectRandom('tax', 'X', 'income').uint32()).not.toBe(subjectRandom('tax', 'X', 'arrears').uint32());
  });
});

describe('calendar', () => {
  test('ages, years, months', () => {
    expect(ageOn('1949-12-31', '2025-06-30')).toBe(75);
    expect(ageOn('2000-06-30', '2025-06-30')).toBe(25);
    expect(ageOn('2000-07-01', '2025-06-30')).toBe(24);
    expect(addYears('2000-02-29', 1)).toBe('2001-02-28');
    expect(addYears('2000-02-29', 4)).toBe('2004-02-29');
    expect(monthsBetween('2020-01-15', '2020-03-14')).toBe(1);
    expect(monthsBetween('2020-01-15', '2020-03-15')).toBe(2);
    expect(monthBefore('2025-06-30')).toBe('2025-05');
    expect(monthBefore('2025-01-10')).toBe('2024-12');
    expect(compactDate('1949-12-31')).toBe('19491231');
    const rng = new Random('dates');
    for (let i = 0; i < 100; i++) {
      const day = randomDate(rng, '2020-02-27', '2020-03-02');
      expect(day >= '2020-02-27' && day <= '2020-03-02').toBe(true);
    }
  });
});

describe('identifiers', () => {
  test('residentId builds valid numbers with the sex in the sequence', () => {
    expect(residentId('110105', '1949-12-31', 2)).toBe('11010519491231002X');
    const id = residentId('350102', '1978-04-22', 27);
    expect(checkResidentId(id).valid).toBe(true);
  });

  test('organisation codes carry their GB 11714 check character', () => {
    // The demo USCC's organisation code M000100Y4 checks out under GB 11714.
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
    expect(enterpriseUscc('350100', 'M000100Y4')).toBe('91350100M000100Y43');
    const rng = new Random('org');
    for (let i = 0; i < 200; i++) {
      const code = organisationCode(rng, i % 2 === 0);
      expect(code).toHaveLength(9);
      expect(orgCodeCheckChar(code.slice(0, 8))).toBe(code[8]);
      expect(checkUscc(enterpriseUscc('440300', code)).valid).toBe(true);
    }
  });
});

describe('regions', () => {
  test('names, city codes and police stations read like the real thing', () => {
    const chaoyang = requireDistrict('110105');
    expect(regionName('110105')).toBe('北京市朝阳区');
    expect(regionName('350102')).toBe('福建省福州市鼓楼区');
    expect(regionName('350100')).toBe('福建省福州市');
    expect(regionName('999999')).toBeUndefined();
    expect(cityCode(chaoyang)).toBe('110000');
    expect(cityCode(requireDistrict('350102'))).toBe('350100');
    expect(policeStationOf(chaoyang, '建外街道')).toBe('北京市公安局朝阳分局建外派出所');
    expect(policeStationOf(requireDistrict('310115'), '张江镇')).toBe('上海市公安局浦东分局张江派出所');
  });
});
