import { mapInOrder } from '../../audit/ordered-concurrency';
import { percentile } from '../../audit/percentile';
import { renderCsv } from '../../audit/render/csv';
import { displayWidth, renderTable } from '../../audit/render/text-table';
import { parseInstant } from '../../audit/time-window';

describe('parseInstant (--since / --until)', () => {
  test('dates and times without an offset are UTC; offsets are honoured', () => {
    expect(parseInstant('2026-11-01')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(parseInstant('2026-11-01T08:30')).toBe(Date.parse('2026-11-01T08:30:00Z'));
    expect(parseInstant('2026-11-01T00:00+08:00')).toBe(Date.parse('2026-10-31T16:00:00Z'));
    expect(parseInstant('2026-11-01T00:00:00.250Z')).toBe(Date.parse('2026-11-01T00:00:00.250Z'));
  });

  test.each(['yesterday', '2026-13-01', '2026-02-30', '01/11/2026', '2026-11-01T25:00', '', '2026-11-01 08:00'])('rejects %j', (raw) => {
    expect(parseInstant(raw)).toBeUndefined();
  });
});

describe('percentile (nearest rank)', () => {
  test('is always an observed value', () => {
    const values = [100, 700, 900, 1100, 1300, 1500, 6200];
    expect([50, 95, 99].map((p) => percentile(values, p))).toEqual([1100, 6200, 6200]);
    expect(percentile([5], 50)).toBe(5);
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
  });
});

describe('output helpers', () => {
  test('CSV quotes, doubles quotes and defuses formulas, but leaves numbers alone', () => {
    expect(renderCsv(['a', 'b', 'c', 'd'], [['x,y', 'say "hi"', '@SUM(A1)', -5], [null, '+1', '低保', 0]])).toBe(
      'a,b,c,d\r\n"x,y","say ""hi""",\'@SUM(A1),-5\r\n,\'+1,低保,0\r\n',
    );
  });

  test('tables line up Chinese text by display width', () => {
    expect(displayWidth('低保 ok')).toBe(7);
    const text = renderTable([{ header: 'purpose' }, { header: 'n', align: 'right' }], [['低保复核', '1'], ['review', '22']]);
    expect(text.split('\n').slice(2, 4)).toEqual(['低保复核   1', 'review    22']);
  });
});

async function* from<T>(items: readonly T[], failAfter?: number): AsyncGenerator<T> {
  for (const [i, item] of items.entries()) {
    if (failAfter !== undefined && i === failAfter) throw new SyntaxError('bad row');
    yield item;
  }
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

describe('mapInOrder', () => {
  test('keeps input order whatever order the steps finish in, with a bounded number in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const step = async (n: number): Promise<number> => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (7 * n) % 5));
      inFlight -= 1;
      return n * 10;
    };
    expect(await collect(mapInOrder(from([1, 2, 3, 4, 5, 6, 7, 8]), 3, step))).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(most).toBeLessThanOrEqual(3);
  });

  test('yields what was read before the source failed, then throws its error', async () => {
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const x of mapInOrder(from([1, 2, 3, 4], 2), 8, async (n) => n)) seen.push(x);
      })(),
    ).rejects.toThrow('bad row');
    expect(seen).toEqual([1, 2]);
  });
});
