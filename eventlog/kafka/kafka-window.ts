/**
 * Small concurrency helpers for the Kafka engine: a counting semaphore (a subscription's in-flight
 * window, shared by every partition it is handling), a backoff sleep that a close cuts short, and a
 * time bound for calls into kafkajs that could otherwise wait out its whole retry budget.
 */
export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    // Hand the slot straight to a waiter, so a burst of releases cannot be overtaken by a new acquire.
    if (next) next();
    else this.free += 1;
  }
}

/** The retry delay after the n-th failed attempt (from 0): 50 ms doubling, at most 5 s. */
export function retryDelayMs(attempt: number): number {
  return Math.min(5_000, 50 * 2 ** Math.min(attempt, 16));
}

/** Resolves after `ms`, or as soon as `interrupted` resolves, whichever comes first. */
export function sleep(ms: number, interrupted: Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void interrupted.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** A promise that can be resolved from outside, once. */
export interface Signal {
  readonly promise: Promise<void>;
  readonly fired: boolean;
  fire(): void;
}

export function createSignal(): Signal {
  let resolve: () => void = () => undefined;
  let fired = false;
  const promise = new Promise<void>((r) => (resolve = r));
  return {
    promise,
    get fired() {
      return fired;
    },
    fire() {
      fired = true;
      resolve();
    },
  };
}

/** Rejects with a clear error when `promise` has not settled within `ms`; clears its timer either way. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
