import { InFlightOffsets } from '../../eventlog/sqlite/sqlite-subscription';

/**
 * The committed position of an embedded subscription waits on the lowest offset still in flight. Offsets
 * start in ascending order and finish in any order; checked here against the plain minimum over the set
 * of running offsets, through several compactions of the queue.
 */
describe('offsets in flight', () => {
  test('the lowest still running is always the minimum of those started and not finished', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const tracked = new InFlightOffsets();
    const running: number[] = [];
    let next = 100;
    let checks = 0;
    for (let step = 0; step < 20_000; step++) {
      // Keep up to 600 in flight, with gaps between offsets (other topics' events), finishing at random.
      if (running.length < 600 && (running.length === 0 || random(3) > 0)) {
        next += 1 + random(4);
        tracked.add(next);
        running.push(next);
      } else {
        const [done] = running.splice(random(running.length), 1);
        tracked.finish(done!);
      }
      expect(tracked.lowest()).toBe(running.length === 0 ? undefined : Math.min(...running));
      checks += 1;
    }
    while (running.length > 0) {
      tracked.finish(running.shift()!);
      expect(tracked.lowest()).toBe(running[0]);
    }
    expect(checks).toBe(20_000);
    expect(tracked.lowest()).toBeUndefined();
  });

  test('finished out of order: nothing is reported done before everything below it is', () => {
    const tracked = new InFlightOffsets();
    for (const offset of [5, 6, 9, 12]) tracked.add(offset);
    tracked.finish(9);
    tracked.finish(6);
    expect(tracked.lowest()).toBe(5);
    tracked.finish(5);
    expect(tracked.lowest()).toBe(12);
    tracked.finish(12);
    expect(tracked.lowest()).toBeUndefined();
  });
});
