import type { Clock } from '../../runtime/clock';

/**
 * A circuit breaker per department: after `threshold` consecutive retriable failures the circuit
 * opens and requests fail fast for `cooldownMs`; then one trial request goes through (half-open), and
 * its outcome closes or reopens the circuit. A department that is down costs its callers nothing but
 * a `failed` record, instead of every case waiting for its deadline.
 */
export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  /** Whether a call may go ahead now; in half-open state only one trial at a time. */
  allow(): boolean;
  succeeded(): void;
  failed(): void;
  state(): CircuitState;
}

export function createCircuitBreaker(options: {
  clock: Clock;
  threshold?: number;
  cooldownMs?: number;
  onChange?: (state: CircuitState) => void;
}): CircuitBreaker {
  const threshold = options.threshold ?? 5;
  const cooldownMs = options.cooldownMs ?? 10_000;
  let failures = 0;
  let openedAt = 0;
  let current: CircuitState = 'closed';
  let trialInFlight = false;

  function set(next: CircuitState): void {
    if (next !== current) {
      current = next;
      options.onChange?.(next);
    }
  }

  return {
    allow() {
      if (current === 'closed') return true;
      if (current === 'open' && options.clock.now() - openedAt >= cooldownMs) set('half-open');
      if (current === 'half-open' && !trialInFlight) {
        trialInFlight = true;
        return true;
      }
      return false;
    },
    succeeded() {
      failures = 0;
      trialInFlight = false;
      set('closed');
    },
    failed() {
      trialInFlight = false;
      failures += 1;
      if (current === 'half-open' || failures >= threshold) {
        openedAt = options.clock.now();
        set('open');
      }
    },
    state: () => current,
  };
}
