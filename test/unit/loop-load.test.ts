import { loopLoad } from '../../runtime/loop-load';

/** The event loop's recent load, as the embedded log's commit timing reads it (runtime/loop-load.ts). */
describe('loop load', () => {
  const spin = (ms: number): void => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };
  const idle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  test('quiet while the loop mostly waits, busy once it ran flat out for a window, quiet again after', async () => {
    const load = loopLoad({ windowMs: 40, threshold: 0.75 });
    await idle(60);
    expect(load.quiet()).toBe(true);
    // Busy turns with the loop still turning between them: libuv counts the time in callbacks as active.
    for (let i = 0; i < 6; i++) {
      spin(15);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(load.quiet()).toBe(false);
    await idle(100);
    expect(load.quiet()).toBe(true);
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
