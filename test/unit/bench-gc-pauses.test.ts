import { Histogram, Registry } from 'prom-client';
import { gcPausesBetween, parseGcPauses } from '../../bench/gc-pauses';
import { createMetrics } from '../../runtime/metrics';

/** The benchmark reports the server's GC pauses during the moderate load, from the server's own metrics. */
describe('GC pauses from the metrics', () => {
  // The histogram as prom-client's default metrics register it (same name, label and buckets).
  function gcRegistry(): { registry: Registry; pause(kind: string, ms: number): void } {
    const registry = new Registry();
    const histogram = new Histogram({
      name: 'tongban_nodejs_gc_duration_seconds',
      help: 'Garbage collection duration by kind',
      labelNames: ['kind'],
      buckets: [0.001, 0.01, 0.1, 1, 2, 5],
      registers: [registry],
    });
    return { registry, pause: (kind, ms) => histogram.observe({ kind }, ms / 1000) };
  }

  test('counts every kind, the time in all, the pauses over 10 ms and the scavenges alone', async () => {
    const { registry, pause } = gcRegistry();
    pause('minor', 8);
    pause('minor', 12.5);
    pause('major', 40);
    pause('incremental', 0.5);
    const totals = parseGcPauses(await registry.metrics())!;
    expect(totals.count).toBe(4);
    expect(totals.ms).toBeCloseTo(61, 6);
    expect(totals.over10ms).toBe(2);
    expect(totals.minorCount).toBe(2);
    expect(totals.minorMs).toBeCloseTo(20.5, 6);
  });

  test('the pauses between two readings, and nothing when either reading is missing', async () => {
    const { registry, pause } = gcRegistry();
    pause('minor', 3);
    const before = parseGcPauses(await registry.metrics());
    pause('minor', 11);
    pause('weakcb', 0.2);
    const between = gcPausesBetween(before, parseGcPauses(await registry.metrics()))!;
    expect(between).toMatchObject({ count: 2, over10ms: 1, minorCount: 1 });
    expect(between.ms).toBeCloseTo(11.2, 6);
    expect(between.minorMs).toBeCloseTo(11, 6);
    expect(gcPausesBetween(null, before)).toBeNull();
    expect(parseGcPauses('tongban_http_requests_total{method="GET"} 3\n')).toBeNull();
  });

  test('the server exports the histogram it is read from', async () => {
    // Tongban's own registry, as /metrics serves it: the default metrics with the tongban_ prefix.
    const metrics = createMetrics();
    expect(await metrics.registry.metrics()).toContain('# TYPE tongban_nodejs_gc_duration_seconds histogram');
    // Garbage until the young generation is collected; the observer reports on a later turn.
    let totals = parseGcPauses(await metrics.registry.metrics());
    for (let round = 0; round < 40 && (totals === null || totals.minorCount === 0); round++) {
      const junk: number[][] = [];
      for (let i = 0; i < 20_000; i++) junk.push(new Array<number>(64).fill(i));
      await new Promise((resolve) => setTimeout(resolve, 20));
      totals = parseGcPauses(await metrics.registry.metrics());
    }
    expect(totals!.minorCount).toBeGreaterThan(0);
    expect(totals!.minorMs).toBeGreaterThan(0);
  });
});
