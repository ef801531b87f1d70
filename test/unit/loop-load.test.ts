import { loopLoad } from '../../runtime/loop-load';

/** The event loop's recent load, as the embedded log's commit timing reads it (runtime/loop-load.ts). */
describe('loop load', () => {
  const spin = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };
  const idle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  // Whether the loop turns quiet within a few windows of waiting: on a loaded test machine a window can
  // hold a collection or the test runner's own work, so one window alone proves nothing.
  const quietWithin = async (load: { quiet(): boolean }, ms: number): Promise<boolean> => {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      if (load.quiet()) return true;
      await idle(20);
    }
    return load.quiet();
  };

  test('quiet while the loop mostly waits, busy once it ran flat out for a window, quiet again after', async () => {
    const load = loopLoad({ windowMs: 40, threshold: 0.75 });
    expect(await quietWithin(load, 2_000)).toBe(true);
    // Busy turns with the loop still turning between them: libuv counts the time in callbacks as active,
    // and time spent waiting for a core while spinning as well, so this holds on a loaded machine too.
    await idle(50); // a fresh window starts with the next reading
    load.quiet();
    for (let i = 0; i < 6; i++) {
      spin(15);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(load.quiet()).toBe(false);
    expect(await quietWithin(load, 2_000)).toBe(true);
  });

  test('one reading a window: a short burst inside it does not change the answer', async () => {
    const load = loopLoad({ windowMs: 1_000, threshold: 0.75 });
    await idle(20);
    expect(load.quiet()).toBe(true);
    spin(30);
    await new Promise((resolve) => setImmediate(resolve));
    expect(load.quiet()).toBe(true);
  });
});
