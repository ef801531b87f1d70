/** Time is a collaborator: components take a Clock so tests and replays can control it. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** High-resolution monotonic milliseconds, for measuring durations. */
  monotonic(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
