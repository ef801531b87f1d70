import { newTraceparent } from '../../eventlog/event-producer';

/**
 * Trace contexts made for cases whose caller sent none. Their random bytes come from a pool refilled
 * 4 KiB at a time (170 trace contexts), so these runs cross several refills.
 */
test('trace contexts are W3C traceparents, sampled, and never repeat a trace id or a span id', () => {
  const made = Array.from({ length: 1000 }, () => newTraceparent());
  for (const traceparent of made) expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  const traceIds = made.map((t) => t.slice(3, 35));
  const spanIds = made.map((t) => t.slice(36, 52));
  expect(new Set(traceIds).size).toBe(made.length);
  expect(new Set(spanIds).size).toBe(made.length);
  // A pool handed out twice would repeat whole runs of ids; an all-zero id is invalid in W3C trace context.
  expect([...traceIds, ...spanIds].some((id) => /^0+$/.test(id))).toBe(false);
});
