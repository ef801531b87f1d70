/**
 * A signal that aborts after `ms`, or as soon as `outer` does, with a timer that `done()` clears once
 * the work has settled. AbortSignal.timeout would stay armed for the whole time after every call, then
 * build a DOMException and abort a signal nobody listens to any more (bench/README.md).
 */
export function timeLimit(ms: number, message: string, outer?: AbortSignal): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException(message, 'TimeoutError')), ms);
  timer.unref();
  const passOn = (): void => controller.abort(outer?.reason);
  if (outer?.aborted) passOn();
  else outer?.addEventListener('abort', passOn, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      outer?.removeEventListener('abort', passOn);
    },
  };
}
