import { formatPosition, type LogPosition } from '../log-position';
import { formatCount } from './text-table';

/**
 * Progress of a long replay on stderr, so stdout stays clean for the result (and for --json). On a
 * terminal one line is redrawn in place; elsewhere (a CI log, with --progress) a line is printed now
 * and then, because carriage returns would pile up in a file.
 */
export interface ProgressLine {
  update(events: number, at: LogPosition): void;
  /** Clears the line before other output, so a break never lands in the middle of it. */
  clear(): void;
  done(): void;
}

export interface ProgressStream {
  write(text: string): boolean;
}

export function createProgressLine(stream: ProgressStream, options: { interactive: boolean; now?: () => number }): ProgressLine {
  const now = options.now ?? Date.now;
  const started = now();
  const every = options.interactive ? 200 : 5_000;
  let lastDrawn = 0;
  let shown = false;
  function clear(): void {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  }
  return {
    update(events, at) {
      const t = now();
      if (t - lastDrawn < every) return;
      lastDrawn = t;
      const rate = events / Math.max(0.001, (t - started) / 1000);
      const text = `verifying: ${formatCount(events)} events (${formatCount(Math.round(rate))}/s), at ${formatPosition(at)}`;
      if (options.interactive) {
        stream.write(`\r\x1b[K${text}`);
        shown = true;
      } else stream.write(`${text}\n`);
    },
    clear,
    done: clear,
  };
}
