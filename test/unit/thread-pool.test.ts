import { availableParallelism } from 'node:os';

/** runtime/thread-pool.ts sizes libuv's pool at cores − 1 unless the operator chose a size. */
describe('thread pool size', () => {
  const saved = process.env.UV_THREADPOOL_SIZE;
  afterEach(() => {
    if (saved === undefined) delete process.env.UV_THREADPOOL_SIZE;
    else process.env.UV_THREADPOOL_SIZE = saved;
  });
  const load = (): void => {
    jest.isolateModules(() => {
      require('../../runtime/thread-pool');
    });
  };

  it('defaults to one thread per core beside the event loop, at least one', () => {
    delete process.env.UV_THREADPOOL_SIZE;
    load();
    expect(process.env.UV_THREADPOOL_SIZE).toBe(String(Math.max(1, availableParallelism() - 1)));
  });

  it('leaves a size the operator set alone', () => {
    process.env.UV_THREADPOOL_SIZE = '7';
    load();
    expect(process.env.UV_THREADPOOL_SIZE).toBe('7');
  });
});
