import { Writable } from 'node:stream';
import { RequestLogger } from '../../gateway/http/request-logger';
import { createLogger } from '../../runtime/logger';

/** A request's logger: its bindings on every line, and no pino child made for a line not written. */
function capture(level: string) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const base = createLogger({ level, destination });
  return { base, lines, child: jest.spyOn(base, 'child') };
}

describe('request logger', () => {
  it('writes each line with the request id, and the consumer from when it is bound', () => {
    const { base, lines, child } = capture('info');
    const log = new RequestLogger(base, { reqId: 'r-1' });
    log.info({ step: 1 }, 'before');
    log.bind({ consumer: 'demo-hall' });
    log.warn({ step: 2 }, 'after');
    log.error({ step: 3 }, 'later');
    expect(lines.map(({ reqId, consumer, step, msg, level }) => ({ reqId, consumer, step, msg, level }))).toEqual([
      { reqId: 'r-1', consumer: undefined, step: 1, msg: 'before', level: 'info' },
      { reqId: 'r-1', consumer: 'demo-hall', step: 2, msg: 'after', level: 'warn' },
      { reqId: 'r-1', consumer: 'demo-hall', step: 3, msg: 'later', level: 'error' },
    ]);
    expect(child).toHaveBeenCalledTimes(2); // once per set of bindings, not per line
  });

  it('makes no child and writes nothing below the level', () => {
    const { base, lines, child } = capture('warn');
    const log = new RequestLogger(base, { reqId: 'r-2' });
    log.bind({ consumer: 'demo-hall' });
    log.info({ step: 1 }, 'quiet');
    expect(lines).toEqual([]);
    expect(child).not.toHaveBeenCalled();
    log.warn({ step: 2 }, 'heard');
    expect(lines).toMatchObject([{ reqId: 'r-2', consumer: 'demo-hall', msg: 'heard' }]);
  });
});
