import { BUSY_HOST_SHARE, machineTimes, parseProcStat, stolenShare, stolenText } from '../../bench/stolen-time';

/** The benchmark reports how much of the machine's time the hypervisor took during each phase. */
describe('stolen time', () => {
  const stat = (steal: number, idle: number) => `cpu  100 5 50 ${idle} 10 0 3 ${steal} 0 0\ncpu0 50 2 25 ${idle / 2} 5 0 1 ${steal / 2} 0 0\nintr 1 2 3\n`;

  test('reads the steal column of the aggregate cpu line, against every kind of time', () => {
    expect(parseProcStat(stat(40, 800))).toEqual({ steal: 40, total: 100 + 5 + 50 + 800 + 10 + 0 + 3 + 40 });
    expect(parseProcStat('intr 1 2 3\n')).toBeNull();
    expect(parseProcStat('cpu  1 2 x 4 5 6 7 8\n')).toBeNull();
    expect(parseProcStat('cpu  1 2 3\n')).toBeNull();
  });

  test('the share between two readings; null when there is nothing to compare', () => {
    expect(stolenShare(parseProcStat(stat(40, 800)), parseProcStat(stat(140, 1700)))).toBe(0.1);
    expect(stolenShare(null, parseProcStat(stat(1, 1)))).toBeNull();
    const same = parseProcStat(stat(40, 800));
    expect(stolenShare(same, same)).toBeNull();
  });

  test("a phase's line gives the share, and from 5 % on says the host was busy", () => {
    expect(stolenText(null)).toBe('');
    expect(stolenText(0)).toBe("; the hypervisor took 0 % of the machine's time");
    expect(stolenText(0.045)).toBe("; the hypervisor took 4.5 % of the machine's time");
    expect(stolenText(BUSY_HOST_SHARE)).toMatch(/^; the hypervisor took 5 % of the machine's time \(a busy host: .*run again/);
    expect(stolenText(0.104)).toMatch(/^; the hypervisor took 10.4 % of the machine's time \(a busy host/);
  });

  test('on Linux, the machine reading is a real one', () => {
    const reading = machineTimes();
    if (process.platform !== 'linux') {
      console.warn('stolen time: not Linux, no /proc/stat to read; the live reading is not checked here');
      return;
    }
    expect(reading).not.toBeNull();
    expect(reading!.total).toBeGreaterThan(reading!.steal);
  });
});
