import { createCircuitBreaker } from '../../adapters/kit/circuit-breaker';

describe('circuit breaker', () => {
  test('opens after the threshold, fails fast, lets one trial through after the cool-down', () => {
    let now = 0;
    const changes: string[] = [];
    const breaker = createCircuitBreaker({ clock: { now: () => now, monotonic: () => now }, threshold: 3, cooldownMs: 1000, onChange: (s) => changes.push(s) });
    for (let i = 0; i < 3; i++) {
      expect(breaker.allow()).toBe(true);
      breaker.failed();
    }
    expect(breaker.state()).toBe('open');
    expect(breaker.allow()).toBe(false);
    now = 1000;
    expect(breaker.allow()).toBe(true); // the trial
    expect(breaker.allow()).toBe(false); // only one at a time
    breaker.failed();
    expect(breaker.state()).toBe('open');
    now = 2000;
    expect(breaker.allow()).toBe(true);
    breaker.succeeded();
    expect(breaker.state()).toBe('closed');
    expect(changes).toEqual(['open', 'half-open', 'open', 'half-open', 'closed']);
  });
});
